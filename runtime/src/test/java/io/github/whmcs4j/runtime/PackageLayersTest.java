package io.github.whmcs4j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime's packages, read from the imports of its sources: users' API ({@code runtime},
 * {@code error}, {@code transport}, {@code codec}) above the generated-code SPI ({@code spi}) and the
 * internals ({@code internal}), with no package cycle, and the module exporting no internals.
 */
class PackageLayersTest {
    private static final String RUNTIME = "io.github.whmcs4j.runtime";
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?(io\\.github\\.whmcs4j\\.runtime(?:\\.[a-z]\\w*)*)\\.[A-Z]", Pattern.MULTILINE);

    /** What each package may use besides itself; the public root package may use every other. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            RUNTIME + ".internal", Set.of(RUNTIME + ".spi", RUNTIME + ".codec", RUNTIME + ".error", RUNTIME + ".transport"),
            RUNTIME + ".spi", Set.of(RUNTIME + ".codec", RUNTIME + ".error", RUNTIME + ".transport"),
            RUNTIME + ".codec", Set.of(),
            RUNTIME + ".transport", Set.of(),
            RUNTIME + ".error", Set.of());

    @Test
    void eachPackageUsesOnlyTheLayersBelowIt() {
        Map<String, Set<String>> uses = dependencies();
        assertEquals(new TreeSet<>(Set.of(RUNTIME, RUNTIME + ".codec", RUNTIME + ".error", RUNTIME + ".internal",
                RUNTIME + ".spi", RUNTIME + ".transport")), uses.keySet(), "the runtime's packages");
        for (Map.Entry<String, Set<String>> entry : ALLOWED.entrySet()) {
            Set<String> beyond = new TreeSet<>(uses.get(entry.getKey()));
            beyond.removeAll(entry.getValue());
            assertTrue(beyond.isEmpty(), entry.getKey() + " uses " + beyond);
        }
    }

    @Test
    void noPackageCycle() {
        Map<String, Set<String>> uses = dependencies();
        for (String start : uses.keySet()) {
            List<String> cycle = cycleFrom(start, start, uses, new ArrayList<>(List.of(start)), new TreeSet<>());
            assertTrue(cycle.isEmpty(), "package cycle: " + String.join(" -> ", cycle));
        }
    }

    @Test
    void theModuleExportsNoInternalsAndOpensNothing() throws IOException {
        String module = Files.readString(SOURCES.resolve("module-info.java"));
        assertFalse(module.contains("exports " + RUNTIME + ".internal"), module);
        assertFalse(Pattern.compile("^\\s*opens\\s", Pattern.MULTILINE).matcher(module).find(), module);
        assertFalse(module.contains("open module"), module);
    }

    private static List<String> cycleFrom(String start, String at, Map<String, Set<String>> uses, List<String> path,
                                          Set<String> seen) {
        for (String next : uses.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return cycle;
            }
            if (seen.add(next)) {
                path.add(next);
                List<String> cycle = cycleFrom(start, next, uses, path, seen);
                if (!cycle.isEmpty()) {
                    return cycle;
                }
                path.remove(path.size() - 1);
            }
        }
        return List.of();
    }

    /** For each runtime package, the other runtime packages its sources import. */
    private static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java") && !file.endsWith("module-info.java"))
                    .forEach(file -> {
                        String source = read(file);
                        Matcher declared = PACKAGE.matcher(source);
                        assertTrue(declared.find(), file + " declares no package");
                        Set<String> used = uses.computeIfAbsent(declared.group(1), name -> new TreeSet<>());
                        Matcher imported = IMPORT.matcher(source);
                        while (imported.find()) {
                            if (!imported.group(1).equals(declared.group(1))) {
                                used.add(imported.group(1));
                            }
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uses;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
