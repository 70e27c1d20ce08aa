package io.github.whmcs4j.tests.reference;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The facts of the official WHMCS API reference in {@code ../shared/whmcs-api/} (beside the project):
 * commands.json and the published example responses. Tests that need them are skipped, saying so,
 * where that folder is missing; set {@code -Dwhmcs4j.reference=/path/to/whmcs-api} to point elsewhere.
 */
public final class WhmcsReference {
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final Path directory;

    private WhmcsReference(Path directory) {
        this.directory = directory;
    }

    /** The reference, or the test is aborted (reported as skipped) with the places that were searched. */
    public static WhmcsReference require() {
        Optional<Path> found = locate();
        Assumptions.assumeTrue(found.isPresent(), () -> "SKIPPED: the WHMCS reference facts (shared/whmcs-api with"
                + " commands.json) were not found beside the project, looked in " + candidates()
                + "; set -Dwhmcs4j.reference to their folder to run this test");
        return new WhmcsReference(found.get());
    }

    private static Optional<Path> locate() {
        return candidates().stream().filter(dir -> Files.isRegularFile(dir.resolve("commands.json"))).findFirst();
    }

    private static List<Path> candidates() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty("whmcs4j.reference");
        if (configured != null) {
            candidates.add(Path.of(configured));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            candidates.add(dir.resolve("shared/whmcs-api"));
        }
        return candidates;
    }

    /** commands.json: one object per documented command. */
    public JsonNode commands() throws IOException {
        return JSON.readTree(directory.resolve("commands.json").toFile());
    }

    /** The published example response of a command, if there is one. */
    public Optional<Path> example(String command) {
        Path file = directory.resolve("examples").resolve(command + ".json");
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    public static ObjectMapper json() {
        return JSON;
    }
}
