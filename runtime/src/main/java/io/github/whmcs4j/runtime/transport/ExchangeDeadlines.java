package io.github.whmcs4j.runtime.transport;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Ends blocking exchanges whose timeout passed while the body was still arriving (the JDK's own request
 * timeout covers only the wait for headers). One daemon thread serves every client; it sleeps until the
 * earliest deadline it knows of, so registering an exchange whose deadline is no earlier than that wakes
 * no one. A call that completes in time costs an insertion into a concurrent set and a removal, where a
 * {@code ScheduledExecutorService} would, on its usually empty queue, wake its thread for every call.
 */
final class ExchangeDeadlines {
    /** Deadlines further away than this (about 146 years) are taken as this, so that nanosecond sums never overflow. */
    private static final long LONGEST_NANOS = Long.MAX_VALUE >> 1;
    /**
     * How long the thread stays awake-able by time alone once nothing is pending: calls that follow one
     * another then find it with a wake-up time already set, and do not wake it each.
     */
    private static final long LINGER_NANOS = 1_000_000_000L;
    private static final ExchangeDeadlines SHARED = new ExchangeDeadlines();

    /** One registered exchange: its deadline and what ends it. */
    static final class Deadline {
        private final long at;
        private final Runnable onExpiry;

        private Deadline(long at, Runnable onExpiry) {
            this.at = at;
            this.onExpiry = onExpiry;
        }

        /** The exchange ended in time: it will not be ended. */
        void cancel() {
            SHARED.pending.remove(this);
        }
    }

    private final Set<Deadline> pending = ConcurrentHashMap.newKeySet();
    private final Thread thread;
    /* What the thread knows, for register() to decide whether to wake it: written before scanning is cleared. */
    private volatile boolean scanning;
    private volatile boolean idle = true;
    private volatile long wakeAt;

    private ExchangeDeadlines() {
        thread = new Thread(this::run, "whmcs4j-deadlines");
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs {@code onExpiry} (on the deadline thread) once {@code timeoutNanos} pass, unless cancelled first. */
    static Deadline register(long timeoutNanos, Runnable onExpiry) {
        return SHARED.add(new Deadline(System.nanoTime() + Math.min(Math.max(timeoutNanos, 0), LONGEST_NANOS), onExpiry));
    }

    private Deadline add(Deadline deadline) {
        pending.add(deadline);
        // The thread either sees the new deadline in a scan that has not begun yet, or wakes before it is due.
        if (scanning || idle || deadline.at - wakeAt < 0) {
            LockSupport.unpark(thread);
        }
        return deadline;
    }

    private void run() {
        boolean emptyBefore = false;
        while (true) {
            scanning = true;
            long now = System.nanoTime();
            long nearest = LONGEST_NANOS;
            boolean any = false;
            for (Deadline deadline : pending) {
                long left = deadline.at - now;
                if (left > 0) {
                    nearest = Math.min(nearest, left);
                    any = true;
                } else if (pending.remove(deadline)) {
                    expire(deadline);
                }
            }
            boolean sleep = !any && emptyBefore; // nothing pending for a whole linger: wait for a register()
            emptyBefore = !any;
            if (!any) {
                nearest = LINGER_NANOS;
            }
            wakeAt = now + nearest;
            idle = sleep;
            scanning = false;
            if (sleep) {
                LockSupport.park(this);
                emptyBefore = false; // woken by a register(): calls are being made again
            } else {
                LockSupport.parkNanos(this, nearest);
            }
        }
    }

    private static void expire(Deadline deadline) {
        try {
            deadline.onExpiry.run();
        } catch (RuntimeException ignored) {
            // the exchange's own failure reaches its caller; this thread must go on for the others
        }
    }
}
