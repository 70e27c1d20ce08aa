package io.github.whmcs4j.tests.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.processor.GeneratedClaimProcessor;
import io.github.whmcs4j.processor.WhmcsSdkProcessor;
import io.github.whmcs4j.runtime.WhmcsSdk;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor as build tools run it: a plain {@code javac -processorpath} (found through
 * META-INF/services, as Maven's annotationProcessorPaths does too), regenerating after a spec edit,
 * and the descriptor Gradle reads for incremental builds.
 */
class BuildToolsTest {
    private static final String SPEC = """
            category: Tools
            description: Tools, for the build test.
            commands:
              GetTool:
                description: Reads a tool.
                readOnly: true
                params:
                  id: { type: long, required: true }
                response:
                  tool: { fields: { id: long, name: string } }
            """;

    /** Runs javac the way a plain command line would, with the test class path as processor path. */
    private static String javac(Path dir) throws IOException {
        String classPath = System.getProperty("java.class.path");
        return javac(dir, "-cp", classPath + File.pathSeparator + dir.resolve("resources"));
    }

    /** The same, the specs found where {@code specPaths} (class or source path options) say. */
    private static String javac(Path dir, String... specPaths) throws IOException {
        String classPath = System.getProperty("java.class.path");
        Path source = dir.resolve("src/com/example/tools/package-info.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "@io.github.whmcs4j.runtime.WhmcsSdk(specs = \"specs/tools.yaml\")\n"
                + "package com.example.tools;\n");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            List<String> options = new java.util.ArrayList<>(List.of(specPaths));
            options.addAll(List.of("-processorpath", classPath,
                    "-s", Files.createDirectories(dir.resolve("generated")).toString(),
                    "-d", Files.createDirectories(dir.resolve("classes")).toString(),
                    "-Xlint:all", "-Werror"));
            boolean ok = javac.getTask(output, files, null, options, null, files.getJavaFileObjects(source)).call();
            assertTrue(ok, output.toString());
        }
        return output.toString();
    }

    private static void writeSpec(Path dir, String text) throws IOException {
        Path spec = dir.resolve("resources/specs/tools.yaml");
        Files.createDirectories(spec.getParent());
        Files.writeString(spec, text);
    }

    @Test
    void plainJavacWithAProcessorPathGeneratesAndCompiles(@TempDir Path dir) throws IOException {
        writeSpec(dir, SPEC);
        assertEquals("", javac(dir), "no warnings");
        assertTrue(Files.exists(dir.resolve("generated/com/example/tools/tools/GetToolRequest.java")));
        assertTrue(Files.exists(dir.resolve("classes/com/example/tools/tools/GetToolResponse$Tool.class")));
        assertTrue(Files.exists(dir.resolve("classes/com/example/tools/WhmcsClient.class")));
    }

    @Test
    void editingTheSpecAndCompilingAgainRegeneratesIt(@TempDir Path dir) throws IOException {
        writeSpec(dir, SPEC);
        javac(dir);
        Path response = dir.resolve("generated/com/example/tools/tools/GetToolResponse.java");
        String before = Files.readString(response);
        writeSpec(dir, SPEC.replace("name: string", "name: string, weight: decimal"));
        javac(dir);
        String after = Files.readString(response);
        assertTrue(!before.contains("weight") && after.contains("BigDecimal weight"), after);
    }

    @Test
    void gradleIsToldTheProcessorIsAggregating() throws IOException {
        ClassLoader loader = WhmcsSdkProcessor.class.getClassLoader();
        try (InputStream gradle = loader.getResourceAsStream("META-INF/gradle/incremental.annotation.processors");
             InputStream services = loader.getResourceAsStream("META-INF/services/javax.annotation.processing.Processor")) {
            // Aggregating: one SDK from all specs a package names, not from one source file. The claim of
            // @Generated writes nothing, so it isolates.
            assertEquals(List.of("io.github.whmcs4j.processor.WhmcsSdkProcessor,aggregating",
                            "io.github.whmcs4j.processor.GeneratedClaimProcessor,isolating"),
                    new String(gradle.readAllBytes(), StandardCharsets.UTF_8).strip().lines().toList());
            String registered = new String(services.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(registered.contains(WhmcsSdkProcessor.class.getName())
                    && registered.contains(GeneratedClaimProcessor.class.getName()), registered);
        }
    }

    @Test
    void theAnnotationIsKeptInTheClassFileAsGradleNeedsOfAnAggregatingProcessor() {
        // Gradle finds the annotated packages of an incremental build in their class files.
        assertEquals(java.lang.annotation.RetentionPolicy.CLASS,
                WhmcsSdk.class.getAnnotation(java.lang.annotation.Retention.class).value());
    }

    @Test
    void specsOnTheSourcePathAreFoundAsTheGradleSetUpPutsThem(@TempDir Path dir) throws IOException {
        writeSpec(dir, SPEC);
        String classPath = System.getProperty("java.class.path");
        assertEquals("", javac(dir, "-cp", classPath, "-sourcepath", dir.resolve("resources").toString()), "no warnings");
        assertTrue(Files.exists(dir.resolve("classes/com/example/tools/tools/GetToolRequest.class")));
    }
}
