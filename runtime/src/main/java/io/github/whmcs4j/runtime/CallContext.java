package io.github.whmcs4j.runtime;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One call as a whole, from {@link Interceptor#onCallStart} to {@link Interceptor#onCallEnd}, retries
 * and all: what is being called, and a place where interceptors keep their own state for the call (a
 * timer sample, a tracing span, a Micrometer {@code Observation}) under keys of their own.
 *
 * <p>A synchronous call starts and ends on the caller's thread; an asynchronous one starts on the
 * caller's thread and ends on the thread that completes it. The state is safe to read and write from
 * either.
 */
public final class CallContext {
    /**
     * A typed key for state an interceptor keeps in a call's context; each key is its own, compared by
     * identity, so two interceptors never see each other's state.
     *
     * @param <T> the type of the value kept under it
     */
    public static final class Key<T> {
        private final String name;

        private Key(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** A new key; {@code name} is only for {@link #toString()}. */
        public static <T> Key<T> named(String name) {
            return new Key<>(name);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final String action;
    private final boolean readOnly;
    private final long startNanos = System.nanoTime();
    private volatile int attempts;
    private Map<Key<?>, Object> state;

    CallContext(String action, boolean readOnly) {
        this.action = action;
        this.readOnly = readOnly;
    }

    /** The WHMCS action. */
    public String action() {
        return action;
    }

    /** Whether the command only reads (and so may be retried). */
    public boolean readOnly() {
        return readOnly;
    }

    /** The HTTP attempts made so far: 0 before the first is sent. */
    public int attempts() {
        return attempts;
    }

    /** {@link System#nanoTime()} when the call started. */
    public long startNanos() {
        return startNanos;
    }

    /** Keeps {@code value} under {@code key} for this call (replacing what was there). */
    public synchronized <T> void put(Key<T> key, T value) {
        if (state == null) {
            state = new HashMap<>(4);
        }
        state.put(Objects.requireNonNull(key, "key"), value);
    }

    /** What was kept under {@code key}, or {@code null}. */
    @SuppressWarnings("unchecked") // put() only stores a T under a Key<T>
    public synchronized <T> T get(Key<T> key) {
        return state == null ? null : (T) state.get(key);
    }

    void attempted(int attempt) {
        attempts = attempt;
    }

    @Override
    public String toString() {
        return "CallContext[" + action + ", attempts " + attempts + "]";
    }
}
