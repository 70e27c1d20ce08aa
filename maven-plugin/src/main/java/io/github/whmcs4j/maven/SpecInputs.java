package io.github.whmcs4j.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The spec files of a build as the SDK depends on them: each resource path (what {@code @WhmcsSdk}
 * names) with the SHA-256 of its content, plus the whmcs4j version, whose processor bundles the
 * standard spec. Kept between builds as a small text file, one {@code sha256 path} line each.
 */
record SpecInputs(String version, SortedMap<String, String> digests) {
    private static final String VERSION_LINE = "whmcs4j ";

    SpecInputs {
        digests = new TreeMap<>(digests);
    }

    /** The files under {@code roots} that match one of the {@code includes} globs (such as {@code **}{@code /*.yaml}). */
    static SpecInputs scan(List<Path> roots, List<String> includes, String version) throws IOException {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String include : includes) {
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + include));
            if (include.startsWith("**/")) { // a glob's **/ needs a folder; a spec may lie at the root
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + include.substring(3)));
            }
        }
        SortedMap<String, String> digests = new TreeMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    Path relative = root.relativize(file);
                    if (matchers.stream().anyMatch(matcher -> matcher.matches(relative))) {
                        // The first root wins, as on the class path.
                        digests.putIfAbsent(resourcePath(relative), sha256(file));
                    }
                }
            }
        }
        return new SpecInputs(version, digests);
    }

    /** What an earlier build recorded in {@code state}, if anything. */
    static Optional<SpecInputs> read(Path state) throws IOException {
        if (!Files.isRegularFile(state)) {
            return Optional.empty();
        }
        String version = "";
        SortedMap<String, String> digests = new TreeMap<>();
        for (String line : Files.readAllLines(state, StandardCharsets.UTF_8)) {
            if (line.startsWith(VERSION_LINE)) {
                version = line.substring(VERSION_LINE.length());
            } else if (line.indexOf(' ') > 0) {
                digests.put(line.substring(line.indexOf(' ') + 1), line.substring(0, line.indexOf(' ')));
            }
        }
        return Optional.of(new SpecInputs(version, digests));
    }

    void write(Path state) throws IOException {
        StringBuilder text = new StringBuilder(VERSION_LINE).append(version).append('\n');
        digests.forEach((path, digest) -> text.append(digest).append(' ').append(path).append('\n'));
        Files.createDirectories(state.getParent());
        Files.writeString(state, text, StandardCharsets.UTF_8);
    }

    /** The paths added, removed or edited since {@code earlier}. */
    SortedSet<String> changedSince(SpecInputs earlier) {
        SortedSet<String> changed = new TreeSet<>(earlier.digests.keySet());
        changed.addAll(digests.keySet());
        changed.removeIf(path -> digests.containsKey(path) && digests.get(path).equals(earlier.digests.get(path)));
        return changed;
    }

    private static String resourcePath(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int read; (read = in.read(buffer)) != -1; ) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
