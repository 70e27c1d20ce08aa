package io.github.whmcs4j.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Finds the packages whose {@code package-info.java} carries {@code @WhmcsSdk}: the ones generated from specs. */
final class AnnotatedPackages {
    private AnnotatedPackages() {
    }

    /** Each such package as a relative folder, such as {@code com/example/licensing}. */
    static SortedSet<String> in(List<Path> sourceRoots) throws IOException {
        SortedSet<String> folders = new TreeSet<>();
        for (Path root : sourceRoots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : (Iterable<Path>) files.filter(AnnotatedPackages::isPackageInfo)::iterator) {
                    if (Files.readString(file, StandardCharsets.UTF_8).contains("WhmcsSdk")) {
                        Path folder = root.relativize(file.getParent());
                        folders.add(folder.toString().replace(folder.getFileSystem().getSeparator(), "/"));
                    }
                }
            }
        }
        return folders;
    }

    private static boolean isPackageInfo(Path file) {
        return file.getFileName().toString().equals("package-info.java") && Files.isRegularFile(file);
    }
}
