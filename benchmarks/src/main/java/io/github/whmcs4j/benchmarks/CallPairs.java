package io.github.whmcs4j.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@link CallBenchmark}'s two sides measured in turns, for a machine shared with other work: in one
 * JVM, against one {@link CannedServer}, rounds of a block of bare calls and a block of SDK calls (which
 * goes first alternates), on 1 thread and then on 64. Each round gives a ratio of the SDK to the bare
 * client taken a second or so apart, so load that comes and goes weighs on both; the medians of those
 * ratios are printed. CPU time is the whole JVM's (the server runs in its own process).
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.github.whmcs4j.benchmarks.CallPairs [rounds] [block ms]}
 */
public final class CallPairs {
    private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    /** Calls that failed (a pooled connection the server had closed, say): left out of the counts, reported. */
    private static final LongAdder FAILED = new LongAdder();

    private CallPairs() {
    }

    /** One block's figures: wall-clock and CPU microseconds per call. */
    private record Block(double micros, double cpuMicros) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long blockMillis = args.length > 1 ? Long.parseLong(args[1]) : 1000;
        CallBenchmark calls = new CallBenchmark();
        calls.setUp();
        try {
            System.out.println(Machine.describe());
            System.out.println("load average (1, 5, 15 min) before: " + Machine.loadAverage());
            System.out.println();
            System.out.println("| threads | rounds | bare µs per call | sdk µs per call | bare CPU µs per call"
                    + " | sdk CPU µs per call | SDK time ÷ bare | SDK CPU ÷ bare |");
            System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            for (int threads : new int[] {1, 64}) {
                measure(calls, threads, rounds, blockMillis);
            }
            System.out.println();
            System.out.println("load average (1, 5, 15 min) after: " + Machine.loadAverage() + "; failed calls: "
                    + FAILED.sum());
        } finally {
            calls.tearDown();
        }
        System.exit(0); // the HttpClients' threads would keep the JVM alive a while
    }

    private static void measure(CallBenchmark calls, int threads, int rounds, long blockMillis) throws Exception {
        Callable<Object> bare = calls::bare;
        Callable<Object> sdk = calls::sdk;
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            run(bare, threads, blockMillis);
            run(sdk, threads, blockMillis);
        }
        double[] bareMicros = new double[rounds];
        double[] sdkMicros = new double[rounds];
        double[] bareCpu = new double[rounds];
        double[] sdkCpu = new double[rounds];
        double[] timeRatios = new double[rounds];
        double[] cpuRatios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            Block first = run(round % 2 == 0 ? bare : sdk, threads, blockMillis);
            Block second = run(round % 2 == 0 ? sdk : bare, threads, blockMillis);
            Block b = round % 2 == 0 ? first : second;
            Block s = round % 2 == 0 ? second : first;
            bareMicros[round] = b.micros();
            sdkMicros[round] = s.micros();
            bareCpu[round] = b.cpuMicros();
            sdkCpu[round] = s.cpuMicros();
            timeRatios[round] = s.micros() / b.micros();
            cpuRatios[round] = s.cpuMicros() / b.cpuMicros();
        }
        System.out.printf("| %d | %d | %.0f | %.0f | %.0f | %.0f | %.3f | %.3f |%n", threads, rounds, median(bareMicros),
                median(sdkMicros), median(bareCpu), median(sdkCpu), median(timeRatios), median(cpuRatios));
    }

    /** Calls from {@code threads} threads for {@code millis}; per call, threads × elapsed ÷ calls, and CPU ÷ calls. */
    private static Block run(Callable<Object> call, int threads, long millis) throws InterruptedException {
        LongAdder calls = new LongAdder();
        long cpuBefore = OS.getProcessCpuTime();
        long start = System.nanoTime();
        long end = start + millis * 1_000_000;
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread caller = new Thread(() -> {
                do {
                    try {
                        call.call();
                        calls.increment();
                    } catch (Exception e) {
                        FAILED.increment();
                    }
                } while (System.nanoTime() < end);
            });
            caller.start();
            callers.add(caller);
        }
        for (Thread caller : callers) {
            caller.join();
        }
        double elapsedMicros = (System.nanoTime() - start) / 1000.0;
        double cpuMicros = (OS.getProcessCpuTime() - cpuBefore) / 1000.0;
        long made = calls.sum();
        return new Block(threads * elapsedMicros / made, cpuMicros / made);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
