package io.github.whmcs4j.tests.generator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.processor.GeneratedClaimProcessor;
import io.github.whmcs4j.processor.WhmcsSdkProcessor;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles SDKs from spec texts with the JDK's own javac, as a strict build would ({@code -Xlint:all
 * -Werror}): one package per spec, each with its own {@code @WhmcsSdk}, all in one javac run.
 */
final class PlainJavac {
    private PlainJavac() {
    }

    /**
     * Generates and compiles an SDK in each package of {@code specs} (package → spec text) under
     * {@code dir}, failing with javac's output on any error or warning.
     *
     * @return a class loader over the compiled SDKs, on top of the test's class path
     */
    static URLClassLoader compile(Path dir, Map<String, String> specs) {
        try {
            Path resources = Files.createDirectories(dir.resolve("resources"));
            List<Path> sources = new ArrayList<>();
            for (Map.Entry<String, String> spec : specs.entrySet()) {
                String folder = spec.getKey().replace('.', '/');
                Path specFile = resources.resolve(folder + "/spec.yaml");
                Files.createDirectories(specFile.getParent());
                Files.writeString(specFile, spec.getValue());
                Path source = dir.resolve("src/" + folder + "/package-info.java");
                Files.createDirectories(source.getParent());
                Files.writeString(source, "/** Generated for a test. */\n@io.github.whmcs4j.runtime.WhmcsSdk(specs = \""
                        + folder + "/spec.yaml\")\npackage " + spec.getKey() + ";\n");
                sources.add(source);
            }
            Path classes = Files.createDirectories(dir.resolve("classes"));
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            StringWriter output = new StringWriter();
            try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
                List<String> options = List.of("-cp", System.getProperty("java.class.path") + File.pathSeparator + resources,
                        "-s", Files.createDirectories(dir.resolve("generated")).toString(), "-d", classes.toString(),
                        "-Xlint:all", "-Werror", "-implicit:class");
                Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
                JavaCompiler.CompilationTask task = javac.getTask(output, files, null, options, null, units);
                task.setProcessors(List.of(new WhmcsSdkProcessor(), new GeneratedClaimProcessor()));
                assertTrue(task.call(), () -> output + "\nspecs:\n" + String.join("\n---\n", specs.values()));
            }
            assertTrue(output.toString().isEmpty(), output::toString);
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, PlainJavac.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
