package io.github.whmcs4j.tests.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.whmcs4j.processor.GeneratedClaimProcessor;
import io.github.whmcs4j.processor.WhmcsSdkProcessor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor writes the whole SDK in javac's first round and nothing in the rounds its own output
 * starts, so generating costs one pass, however many rounds javac runs.
 */
class OneRoundTest {
    @Test
    void writesEveryFileInTheFirstRoundAndNothingLater() {
        FilesPerRound recorder = new FilesPerRound(new WhmcsSdkProcessor());
        Compilation compilation = javac()
                .withProcessors(recorder, new GeneratedClaimProcessor())
                .withOptions("-Xlint:all", "-Werror")
                .compile(JavaFileObjects.forSourceString(Compilations.PACKAGE + ".package-info", """
                        /** Generated for a test. */
                        @WhmcsSdk(standard = true, include = {"GetInvoice", "Affiliates"})
                        package com.example.sdk;

                        import io.github.whmcs4j.runtime.WhmcsSdk;
                        """));

        assertThat(compilation).succeededWithoutWarnings();
        List<Integer> files = recorder.filesPerRound;
        assertTrue(files.size() >= 2, "javac runs a round for the generated files: " + files);
        // GetInvoice and both Affiliates commands: 3 files each; 2 facades; the client
        assertEquals(3 * 3 + 2 + 1, files.get(0), "every file in the first round: " + files);
        assertEquals(List.of(), files.subList(1, files.size()).stream().filter(count -> count != 0).toList(),
                "nothing in later rounds: " + files);
    }

    /** Runs a processor and counts the source files it creates in each round. */
    private static final class FilesPerRound extends AbstractProcessor {
        private final AbstractProcessor processor;
        final List<Integer> filesPerRound = new ArrayList<>();
        private int created;

        FilesPerRound(AbstractProcessor processor) {
            this.processor = processor;
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return processor.getSupportedAnnotationTypes();
        }

        @Override
        public Set<String> getSupportedOptions() {
            return processor.getSupportedOptions();
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return processor.getSupportedSourceVersion();
        }

        @Override
        public synchronized void init(ProcessingEnvironment environment) {
            super.init(environment);
            processor.init(new CountingEnvironment(environment));
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            created = 0;
            boolean claimed = processor.process(annotations, round);
            filesPerRound.add(created);
            return claimed;
        }

        /** The compiler's environment, with a Filer that counts the source files created. */
        private final class CountingEnvironment implements ProcessingEnvironment {
            private final ProcessingEnvironment compiler;

            CountingEnvironment(ProcessingEnvironment compiler) {
                this.compiler = compiler;
            }

            @Override
            public Filer getFiler() {
                Filer filer = compiler.getFiler();
                return new Filer() {
                    @Override
                    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
                            throws IOException {
                        created++;
                        return filer.createSourceFile(name, originatingElements);
                    }

                    @Override
                    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements)
                            throws IOException {
                        return filer.createClassFile(name, originatingElements);
                    }

                    @Override
                    public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPackage,
                                                     CharSequence relativeName, Element... originatingElements)
                            throws IOException {
                        return filer.createResource(location, moduleAndPackage, relativeName, originatingElements);
                    }

                    @Override
                    public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPackage,
                                                  CharSequence relativeName) throws IOException {
                        return filer.getResource(location, moduleAndPackage, relativeName);
                    }
                };
            }

            @Override
            public Map<String, String> getOptions() {
                return compiler.getOptions();
            }

            @Override
            public Messager getMessager() {
                return compiler.getMessager();
            }

            @Override
            public Elements getElementUtils() {
                return compiler.getElementUtils();
            }

            @Override
            public Types getTypeUtils() {
                return compiler.getTypeUtils();
            }

            @Override
            public SourceVersion getSourceVersion() {
                return compiler.getSourceVersion();
            }

            @Override
            public Locale getLocale() {
                return compiler.getLocale();
            }
        }
    }
}
