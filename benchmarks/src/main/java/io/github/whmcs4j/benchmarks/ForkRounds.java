package io.github.whmcs4j.benchmarks;

import static io.github.whmcs4j.benchmarks.Statistics.max;
import static io.github.whmcs4j.benchmarks.Statistics.median;
import static io.github.whmcs4j.benchmarks.Statistics.min;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Benchmarks compared as single JMH forks taken in turns: each round runs one fork of every benchmark
 * named (a fresh JVM each, with the warm-up and measurement the benchmark declares), starting one
 * further along the list each round; the first benchmark named is compared with each of the others,
 * round by round.
 *
 * <p>Why: on these two-core machines one fork of the same benchmark can settle at a rate a third
 * higher or lower than the next (where the JIT and the scheduler happen to put things), so one fork a
 * side decides a ratio by chance, and JMH's {@code -f N} runs every fork of one benchmark before the
 * next, so whatever drifts over those minutes lands on one side. Here drift lands on every side a fork
 * apart, and the medians over the rounds are what is reported: each benchmark's median fork, and the
 * median of the rounds' ratios with their range.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.whmcs4j.benchmarks.ForkRounds [--rounds 6] \
 *     [-wi N] [-i N] [-p name=value ...] Subject.method Baseline.method ...
 * </pre>
 *
 * Methods are named as {@code CallBenchmark.sdk}; {@code -p} fixes a parameter (every parameter a
 * benchmark has must be fixed to one value, so that each fork measures one thing); {@code -wi} and
 * {@code -i}, as in JMH, set the warm-up and measurement iterations (each benchmark's own otherwise).
 */
public final class ForkRounds {
    /** How many times a fork that failed is tried in all before the run stops. */
    private static final int ATTEMPTS = 3;

    private ForkRounds() {
    }

    /** One fork's figures: operations per second and the JVM's CPU nanoseconds per operation. */
    private record Fork(double opsPerSecond, double cpuNanos) {
    }

    /**
     * What to run: how many rounds, the fixed parameters, the benchmarks (the subject first), and the
     * warm-up and measurement iterations when not the benchmark's own (0).
     */
    private record Plan(int rounds, Map<String, String> params, List<String> benchmarks, int warmups,
                        int measurements) {
        static Plan of(String[] args) {
            int rounds = 6;
            int warmups = 0;
            int measurements = 0;
            Map<String, String> params = new LinkedHashMap<>();
            List<String> benchmarks = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                    case "-wi" -> warmups = Integer.parseInt(args[++i]);
                    case "-i" -> measurements = Integer.parseInt(args[++i]);
                    case "-p" -> {
                        String[] param = args[++i].split("=", 2);
                        params.put(param[0], param[1]);
                    }
                    default -> benchmarks.add(args[i]);
                }
            }
            if (benchmarks.size() < 2 || rounds < 1) {
                throw new IllegalArgumentException("usage: ForkRounds [--rounds N] [-wi N] [-i N]"
                        + " [-p name=value ...] Subject.method Baseline.method ...");
            }
            return new Plan(rounds, params, benchmarks, warmups, measurements);
        }
    }

    public static void main(String[] args) throws RunnerException, IOException {
        Plan plan = Plan.of(args);
        List<String> benchmarks = plan.benchmarks();
        Path logs = Files.createTempDirectory("fork-rounds-");
        System.out.println(Machine.describe());
        System.out.println("load average (1, 5, 15 min) before: " + Machine.loadAverage());
        System.out.println("each fork's JMH output: " + logs);
        System.out.println(plan.params().isEmpty() ? "" : "parameters: " + plan.params());
        System.out.println();
        StringBuilder header = new StringBuilder("| round | first |");
        StringBuilder rule = new StringBuilder("| ---: | --- |");
        for (String benchmark : benchmarks) {
            header.append(' ').append(benchmark).append(" ops/s | CPU µs/op |");
            rule.append(" ---: | ---: |");
        }
        System.out.println(header);
        System.out.println(rule);
        int count = benchmarks.size();
        Fork[][] forks = new Fork[plan.rounds()][count];
        for (int round = 0; round < plan.rounds(); round++) {
            for (int turn = 0; turn < count; turn++) {
                int which = (round + turn) % count;
                forks[round][which] = fork(benchmarks.get(which), plan, logs, round + 1);
            }
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %d | %s |", round + 1,
                    benchmarks.get(round % count)));
            for (Fork fork : forks[round]) {
                row.append(String.format(Locale.ROOT, " %.1f | %.1f |", fork.opsPerSecond(), fork.cpuNanos() / 1e3));
            }
            System.out.println(row);
        }
        System.out.println();
        printMedians(benchmarks, forks);
        System.out.println();
        printRatios(benchmarks, forks);
        System.out.println();
        System.out.println("load average (1, 5, 15 min) after: " + Machine.loadAverage());
    }

    /** Each benchmark's median fork. */
    private static void printMedians(List<String> benchmarks, Fork[][] forks) {
        System.out.println("| benchmark | forks | ops/s (median fork) | CPU µs/op (median fork) |");
        System.out.println("| --- | ---: | ---: | ---: |");
        for (int b = 0; b < benchmarks.size(); b++) {
            int column = b;
            System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f |%n", benchmarks.get(b), forks.length,
                    median(Arrays.stream(forks).mapToDouble(round -> round[column].opsPerSecond()).toArray()),
                    median(Arrays.stream(forks).mapToDouble(round -> round[column].cpuNanos()).toArray()) / 1e3);
        }
    }

    /**
     * The subject against each other benchmark, round by round. Both ratios read the same way: above
     * 1, the subject is the faster.
     */
    private static void printRatios(List<String> benchmarks, Fork[][] forks) {
        System.out.println("| " + benchmarks.get(0) + " vs | its ops/s ÷ theirs (median of rounds) | range"
                + " | their CPU/op ÷ its (median of rounds) | range |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        for (int b = 1; b < benchmarks.size(); b++) {
            double[] throughput = new double[forks.length];
            double[] cpu = new double[forks.length];
            for (int round = 0; round < forks.length; round++) {
                throughput[round] = forks[round][0].opsPerSecond() / forks[round][b].opsPerSecond();
                cpu[round] = forks[round][b].cpuNanos() / forks[round][0].cpuNanos();
            }
            System.out.printf(Locale.ROOT, "| %s | %.3f× | %.3f–%.3f | %.3f× | %.3f–%.3f |%n", benchmarks.get(b),
                    median(throughput), min(throughput), max(throughput), median(cpu), min(cpu), max(cpu));
        }
    }

    /**
     * One JMH fork of one benchmark method, with the warm-up and measurement it declares. JMH's own
     * output goes to a file in {@code logs}; a fork that fails (a call that failed on a busy machine
     * ends its benchmark) is named with its log and run again, up to {@link #ATTEMPTS} times in all.
     */
    private static Fork fork(String method, Plan plan, Path logs, int round) throws RunnerException {
        for (int attempt = 1; ; attempt++) {
            Path log = logs.resolve("round-" + round + "-" + method + "-" + attempt + ".log");
            ChainedOptionsBuilder options = new OptionsBuilder()
                    .include(Pattern.quote(ForkRounds.class.getPackageName() + "." + method) + "$")
                    .forks(1)
                    .addProfiler(CpuTimeProfiler.class)
                    .output(log.toString());
            plan.params().forEach(options::param);
            if (plan.warmups() > 0) {
                options.warmupIterations(plan.warmups());
            }
            if (plan.measurements() > 0) {
                options.measurementIterations(plan.measurements());
            }
            try {
                RunResult run = new Runner(options.build()).runSingle();
                Result<?> cpu = run.getSecondaryResults().get(CpuTimeProfiler.LABEL);
                return new Fork(run.getPrimaryResult().getScore(), cpu.getScore());
            } catch (RunnerException failed) {
                System.out.println("(" + method + " failed in round " + round + "; JMH's output: " + log + ")");
                if (attempt == ATTEMPTS) {
                    throw failed;
                }
            }
        }
    }
}
