package io.github.whmcs4j.tests.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.processor.WhmcsSdkProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A spec with one good command and one bad: the real javac reports the error and writes no source at all. */
class NothingHalfGeneratedTest {
    @Test
    void aBadSpecGeneratesNothing(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("src/com/example/sdk/package-info.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                @io.github.whmcs4j.runtime.WhmcsSdk(specs = {"specs/invalid/valid-widget.yaml",
                        "specs/invalid/unknown-type.yaml"})
                package com.example.sdk;
                """);
        Path generated = Files.createDirectories(dir.resolve("generated"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter output = new StringWriter();
        JavaCompiler.CompilationTask task = javac.getTask(output, null, null,
                List.of("-proc:only", "-s", generated.toString(), "-d", classes.toString(),
                        "-cp", System.getProperty("java.class.path")),
                null, javac.getStandardFileManager(null, null, null).getJavaFileObjects(source));
        task.setProcessors(List.of(new WhmcsSdkProcessor()));

        assertFalse(task.call(), "the compilation must fail");
        assertTrue(output.toString().contains("specs/invalid/unknown-type.yaml:6:11: unknown type \"lng\""), output.toString());
        try (Stream<Path> files = Files.walk(generated)) {
            assertEquals(List.of(), files.filter(Files::isRegularFile).toList());
        }
    }
}
