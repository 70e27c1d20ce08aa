package io.github.whmcs4j.tests.generator;

import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hundreds of random legal specs of hostile names, each generated, compiled by javac with
 * {@code -Xlint:all -Werror} and called over HTTP against the stand-in. Reproducible: a failure names
 * its spec, and {@code -Dwhmcs4j.fuzz.seed=<seed>} replays the run; {@code -Dwhmcs4j.fuzz.specs=<n>}
 * runs more (or fewer) specs.
 */
class GeneratorFuzzTest {
    private static final long SEED = Long.getLong("whmcs4j.fuzz.seed", 20_261_202L);
    private static final int SPECS = Integer.getInteger("whmcs4j.fuzz.specs", 150);
    /** Specs compiled by one javac run, each in a package of its own. */
    private static final int BATCH = 50;

    @Test
    void everyRandomSpecCompilesWithoutWarningsAndRoundTrips(@TempDir Path dir) throws Exception {
        HostileSpecs specs = new HostileSpecs(SEED);
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            for (int first = 0; first < SPECS; first += BATCH) {
                Map<String, String> batch = new LinkedHashMap<>();
                for (int i = first; i < Math.min(SPECS, first + BATCH); i++) {
                    batch.put("fuzz.s" + i, specs.next());
                }
                try (URLClassLoader loader = PlainJavac.compile(dir.resolve("batch" + first), batch)) {
                    RoundTrip roundTrip = new RoundTrip(loader, standIn);
                    for (Map.Entry<String, String> spec : batch.entrySet()) {
                        try {
                            roundTrip.checkEveryCommand(spec.getKey(), spec.getValue());
                        } catch (AssertionError | ReflectiveOperationException e) {
                            throw new AssertionError("seed " + SEED + ", " + spec.getKey() + ":\n" + spec.getValue(), e);
                        }
                    }
                }
            }
        }
    }
}
