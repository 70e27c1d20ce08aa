package io.github.whmcs4j.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When the client sends a call again. Only commands the spec marks read-only are ever retried, on
 * connection failures, timeouts, and HTTP 429, 502, 503 and 504 (honouring {@code Retry-After}); a
 * command that changes data is never sent twice.
 *
 * @param maxAttempts attempts in all, the first included (1 means no retry)
 * @param initialBackoff the wait before the first retry; it doubles each time, up to {@code maxBackoff}
 * @param maxBackoff the longest wait between two attempts
 * @param deadline the longest time from the first attempt to the last response; no retry starts past it
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration deadline) {
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(deadline, "deadline");
    }

    /** 3 attempts, waits from 200 ms up to 5 s with full jitter, within 60 s. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(60));
    }

    /** Never retry. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    /**
     * The wait before attempt {@code attempt + 1}: a random time up to the exponential backoff ("full
     * jitter", so that many clients retrying together spread out), or {@code retryAfter} when the
     * server asked for longer.
     */
    Duration backoff(int attempt, Duration retryAfter) {
        int doublings = Math.min(attempt - 1, 20);
        long initial = millis(initialBackoff);
        long exponential = initial > Long.MAX_VALUE >> doublings ? Long.MAX_VALUE : initial << doublings;
        long cap = Math.min(millis(maxBackoff), exponential);
        long jittered = cap <= 0 ? 0 : ThreadLocalRandom.current().nextLong(cap) + ThreadLocalRandom.current().nextInt(2);
        long wait = retryAfter == null ? jittered : Math.max(jittered, millis(retryAfter));
        return Duration.ofMillis(wait);
    }

    /** The duration in milliseconds, saturating instead of overflowing for absurdly long ones. */
    private static long millis(Duration duration) {
        try {
            return Math.max(0, duration.toMillis());
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }
}
