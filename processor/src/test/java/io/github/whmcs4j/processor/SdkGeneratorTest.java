package io.github.whmcs4j.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.github.whmcs4j.processor.model.CommandModel;
import io.github.whmcs4j.processor.model.FacadeModel;
import io.github.whmcs4j.processor.model.ModelBuilder;
import io.github.whmcs4j.processor.model.SdkModel;
import io.github.whmcs4j.spec.LoadedSpecs;
import io.github.whmcs4j.spec.SpecLoader;
import io.github.whmcs4j.spec.SpecSource;
import io.github.whmcs4j.spec.StandardSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SdkGeneratorTest {
    private static SdkModel model(List<SpecSource> sources) {
        LoadedSpecs specs = SpecLoader.load(sources);
        ModelBuilder.Result model = WhmcsSdkProcessor.model(specs.files(), "com.example", "WhmcsClient");
        assertEquals(List.of(), model.problems());
        return model.model();
    }

    private static List<String> render(List<SpecSource> sources) {
        List<String> texts = new ArrayList<>();
        try {
            SdkGenerator.generate(model(sources), source -> texts.add(source.text()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    private static List<SpecSource> bundled() {
        List<SpecSource> sources = new ArrayList<>();
        for (String resource : StandardSpec.RESOURCES) {
            try (InputStream in = SdkGeneratorTest.class.getClassLoader().getResourceAsStream(resource)) {
                sources.add(new SpecSource(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    @Test
    void theSameSpecsGiveByteIdenticalFilesInAnyOrder() {
        List<SpecSource> sources = bundled();
        List<SpecSource> reversed = new ArrayList<>(sources);
        java.util.Collections.reverse(reversed);
        assertEquals(render(sources), render(reversed));
    }

    @Test
    void everyFileReachesTheSinkOnTheCallingThreadInTheModelsOrder() throws IOException {
        SdkModel model = model(bundled());
        List<String> expected = new ArrayList<>();
        for (FacadeModel facade : model.facades()) {
            for (CommandModel command : facade.commands()) {
                expected.add(command.request().canonicalName());
                expected.add(command.response().canonicalName());
                expected.add(command.decoder().canonicalName());
            }
            expected.add(facade.className().canonicalName());
        }
        expected.add(model.client().canonicalName());

        List<String> names = new ArrayList<>();
        Set<Thread> threads = new HashSet<>();
        SdkGenerator.generate(model, source -> {
            names.add(source.typeName());
            threads.add(Thread.currentThread());
            String simpleName = source.typeName().substring(source.typeName().lastIndexOf('.') + 1);
            assertTrue(Pattern.compile("(?:class|record) " + simpleName + "\\b").matcher(source.text()).find(),
                    source.typeName());
        });
        assertEquals(expected, names);
        assertEquals(Set.of(Thread.currentThread()), threads);
    }

    @Test
    void aSinkThatFailsStopsTheFilesAfterItAndItsExceptionIsThrown() {
        List<String> names = new ArrayList<>();
        IOException failure = new IOException("disk full");
        IOException thrown = assertThrows(IOException.class, () -> SdkGenerator.generate(model(bundled()), source -> {
            names.add(source.typeName());
            if (names.size() == 3) {
                throw failure;
            }
        }));
        assertSame(failure, thrown);
        assertEquals(3, names.size());
    }

    @Test
    void filesThatFinishOutOfOrderStillReachTheSinkInOrder() throws IOException {
        List<String> expected = new ArrayList<>();
        List<Supplier<JavaFile>> files = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String name = "Type" + i;
            expected.add("com.example." + name);
            long pause = (i * 7919L) % 3; // some files take longer than the ones after them
            files.add(() -> {
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return JavaFile.builder("com.example", TypeSpec.classBuilder(name).build()).build();
            });
        }
        List<String> names = new ArrayList<>();
        SdkGenerator.generate(files, source -> names.add(source.typeName()));
        assertEquals(expected, names);
    }

    @Test
    void aFileThatCannotBeBuiltStopsGenerationAndItsExceptionIsThrown() {
        IllegalStateException failure = new IllegalStateException("no such shape");
        List<Supplier<JavaFile>> files = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String name = "Type" + i;
            files.add(() -> {
                if (name.equals("Type20")) {
                    throw failure;
                }
                return JavaFile.builder("com.example", TypeSpec.classBuilder(name).build()).build();
            });
        }
        List<String> names = new ArrayList<>();
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> SdkGenerator.generate(files, source -> names.add(source.typeName())));
        assertSame(failure, thrown);
        assertEquals(20, names.size());
    }

    @Test
    void noGeneratedTypeNameHasAnUnderscoreOrHyphen() {
        Set<String> offending = new TreeSet<>();
        for (String file : render(bundled())) {
            java.util.regex.Matcher types = Pattern
                    .compile("(?:class|record|enum|interface) (\\w+)").matcher(file);
            while (types.find()) {
                if (types.group(1).contains("_")) {
                    offending.add(types.group(1));
                }
            }
        }
        assertEquals(Set.of(), offending);
    }
}
