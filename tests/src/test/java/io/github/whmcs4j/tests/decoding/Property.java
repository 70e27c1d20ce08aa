package io.github.whmcs4j.tests.decoding;

import java.security.SecureRandom;
import java.util.Random;

/**
 * A small property-based test harness: runs a property for a number of tries, each with its own
 * seed derived from one base seed, and on failure reports the seed that reproduces it.
 *
 * <p>The base seed is random for every run, so each build explores new cases; pass
 * {@code -Dwhmcs4j.seed=<seed>} to rerun a reported failure (its first try uses that exact seed),
 * and {@code -Dwhmcs4j.tries=<factor>} to run more (or fewer) tries than the default.
 *
 * <p>Failing cases are made smaller by regeneration: the same seed is tried again with smaller
 * {@link CleanResponses.Size sizes}, and the smallest size that still fails is reported.
 *
 * <p>We do not use jqwik: its releases from 1.10 carry an "Anti-AI Usage Clause" that strongly
 * discourages its use by AI coding agents, and this code was written by one.
 */
final class Property {
    /** One try of a property: throws (an {@link AssertionError} or anything else) when it fails. */
    @FunctionalInterface
    interface Try {
        void run(Random random, CleanResponses.Size size) throws Exception;
    }

    private Property() {
    }

    static void forAll(String name, int tries, Try property) {
        long base = Long.getLong("whmcs4j.seed", new SecureRandom().nextLong());
        double factor = Double.parseDouble(System.getProperty("whmcs4j.tries", "1"));
        int count = Math.max(1, (int) Math.round(tries * factor));
        for (int i = 0; i < count; i++) {
            long seed = base + i * 0x9E3779B97F4A7C15L;
            Throwable failure = attempt(property, seed, CleanResponses.Size.DEFAULT);
            if (failure != null) {
                throw report(name, property, seed, i, failure);
            }
        }
    }

    private static Throwable attempt(Try property, long seed, CleanResponses.Size size) {
        try {
            property.run(new Random(seed), size);
            return null;
        } catch (Exception | AssertionError | StackOverflowError | OutOfMemoryError e) {
            return e;
        }
    }

    private static AssertionError report(String name, Try property, long seed, int index, Throwable failure) {
        CleanResponses.Size size = CleanResponses.Size.DEFAULT;
        Throwable smallest = failure;
        CleanResponses.Size smallestSize = size;
        for (int step = 0; step < 6; step++) {
            size = size.smaller();
            Throwable again = attempt(property, seed, size);
            if (again != null) {
                smallest = again;
                smallestSize = size;
            }
        }
        AssertionError error = new AssertionError(name + " failed on try " + index + "; rerun with -Dwhmcs4j.seed=" + seed
                + "\nsmallest failing case, at " + smallestSize + ":\n" + smallest, smallest);
        if (smallest != failure) {
            error.addSuppressed(failure);
        }
        return error;
    }
}
