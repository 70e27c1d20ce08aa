package io.github.whmcs4j.maven;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Removes what a build made from specs that changed, so that the compiler makes it again and nothing of
 * a removed command survives: the generated sources of a package with their classes, the package's
 * {@code package-info.class} (without it, maven-compiler-plugin sees the package as changed and
 * compiles the module again), and the copies of changed or removed spec files in the class output.
 */
final class StaleOutputs {
    private final Path generatedSources;
    private final Path classes;
    private int deleted;

    StaleOutputs(Path generatedSources, Path classes) {
        this.generatedSources = generatedSources;
        this.classes = classes;
    }

    /** Forgets everything generated into {@code packageFolder} (such as {@code com/example/licensing}) and below. */
    void forgetPackage(String packageFolder) throws IOException {
        Path sources = generatedSources.resolve(packageFolder);
        if (Files.isDirectory(sources)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(sources)) {
                files = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
            }
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.endsWith(".java")) {
                    forgetClasses(classes.resolve(generatedSources.relativize(file.getParent())),
                            name.substring(0, name.length() - ".java".length()));
                }
                delete(file);
            }
        }
        delete(classes.resolve(packageFolder).resolve("package-info.class"));
    }

    /** Deletes the class output's copy of a spec, so that the build copies it afresh or, when removed, not at all. */
    void forgetResource(String resourcePath) throws IOException {
        delete(classes.resolve(resourcePath));
    }

    /** How many files (not folders) were deleted. */
    int deleted() {
        return deleted;
    }

    private void forgetClasses(Path folder, String topLevelName) throws IOException {
        delete(folder.resolve(topLevelName + ".class"));
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> nested = Files.newDirectoryStream(folder, topLevelName + "$*.class")) {
                for (Path file : nested) {
                    delete(file);
                }
            }
        }
    }

    private void delete(Path file) throws IOException {
        boolean folder = Files.isDirectory(file);
        if (Files.deleteIfExists(file) && !folder) {
            deleted++;
        }
    }
}
