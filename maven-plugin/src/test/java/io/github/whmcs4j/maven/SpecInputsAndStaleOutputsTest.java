package io.github.whmcs4j.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the goal sees as a change of the specs, and what it removes for one (the invoker projects run it whole). */
class SpecInputsAndStaleOutputsTest {
    private static final List<String> DEFAULT_INCLUDES = List.of("**/*.yaml", "**/*.yml", "**/*.json");

    @TempDir
    Path project;

    private Path write(String relative, String text) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private SpecInputs scan() throws IOException {
        return SpecInputs.scan(List.of(project.resolve("src/main/resources")), DEFAULT_INCLUDES, "1.0");
    }

    @Test
    void editsAdditionsAndRemovalsAreChangesAndTheRecordSurvivesABuild() throws IOException {
        write("src/main/resources/top.yaml", "category: Top");
        write("src/main/resources/com/example/a.yaml", "category: A");
        write("src/main/resources/com/example/b.yml", "category: B");
        write("src/main/resources/com/example/notes.txt", "not a spec");
        SpecInputs first = scan();
        assertEquals(Set.of("top.yaml", "com/example/a.yaml", "com/example/b.yml"), first.digests().keySet());

        Path state = project.resolve("target/whmcs4j/spec-inputs.txt");
        first.write(state);
        assertEquals(first, SpecInputs.read(state).orElseThrow());
        assertEquals(Set.of(), scan().changedSince(first), "nothing changed");

        write("src/main/resources/com/example/a.yaml", "category: A2");
        Files.delete(project.resolve("src/main/resources/com/example/b.yml"));
        write("src/main/resources/com/example/c.json", "{}");
        write("src/main/resources/com/example/notes.txt", "still not a spec");
        assertEquals(Set.of("com/example/a.yaml", "com/example/b.yml", "com/example/c.json"), scan().changedSince(first));
    }

    @Test
    void aChangedPackageLosesItsGeneratedSourcesAndClassesAndNothingElse() throws IOException {
        write("src/main/java/com/example/shop/package-info.java", "@WhmcsSdk(specs = \"shop.yaml\")\npackage com.example.shop;");
        write("src/main/java/com/example/other/package-info.java", "package com.example.other;");
        assertEquals(Set.of("com/example/shop"), AnnotatedPackages.in(List.of(project.resolve("src/main/java"))));

        Path generated = write("target/generated-sources/annotations/com/example/shop/shop/DeleteWidgetRequest.java", "");
        Path classes = project.resolve("target/classes");
        Path request = write("target/classes/com/example/shop/shop/DeleteWidgetRequest.class", "");
        Path builder = write("target/classes/com/example/shop/shop/DeleteWidgetRequest$Builder.class", "");
        Path packageInfo = write("target/classes/com/example/shop/package-info.class", "");
        Path ownCode = write("target/classes/com/example/shop/WidgetNames.class", "");
        Path removedSpec = write("target/classes/com/example/shop/old.yaml", "");

        StaleOutputs stale = new StaleOutputs(project.resolve("target/generated-sources/annotations"), classes);
        stale.forgetPackage("com/example/shop");
        stale.forgetResource("com/example/shop/old.yaml");

        for (Path gone : List.of(generated, request, builder, packageInfo, removedSpec)) {
            assertFalse(Files.exists(gone), gone + " survived");
        }
        assertTrue(Files.exists(ownCode), "the project's own classes stay (the compiler decides on them)");
        assertEquals(5, stale.deleted());
    }
}
