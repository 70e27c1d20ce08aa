package io.github.whmcs4j.benchmarks;

import static io.github.whmcs4j.benchmarks.Statistics.max;
import static io.github.whmcs4j.benchmarks.Statistics.median;
import static io.github.whmcs4j.benchmarks.Statistics.min;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link DecodeAlternation} and reports, fork by fork, the baseline's decoding time ÷ this
 * build's (above 1, this build is the faster), with the median and range over the forks.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.whmcs4j.benchmarks.Alternation \
 *     --baseline OTHER/benchmarks/target/benchmarks.jar [-f 4] [-wi N] [-i N] [-p command=GetClients] [-p format=json]
 * </pre>
 */
public final class Alternation {
    private Alternation() {
    }

    public static void main(String[] args) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(Pattern.quote(DecodeAlternation.class.getName() + ".alternate") + "$");
        String baseline = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--baseline" -> baseline = args[++i];
                case "-f" -> options.forks(Integer.parseInt(args[++i]));
                case "-wi" -> options.warmupIterations(Integer.parseInt(args[++i]));
                case "-i" -> options.measurementIterations(Integer.parseInt(args[++i]));
                case "-p" -> {
                    String[] param = args[++i].split("=", 2);
                    options.param(param[0], param[1]);
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; usage: Alternation"
                        + " --baseline JAR [-f N] [-wi N] [-i N] [-p name=value ...]");
            }
        }
        if (baseline == null) {
            throw new IllegalArgumentException("--baseline JAR: the benchmarks jar of the build to compare with");
        }
        options.param("baseline", baseline);
        String loadBefore = Machine.loadAverage();
        Collection<RunResult> results = new Runner(options.build()).run();
        System.out.println();
        System.out.println(Machine.describe());
        System.out.println("load average (1, 5, 15 min) before: " + loadBefore + "; after: " + Machine.loadAverage());
        System.out.println("baseline: " + baseline);
        System.out.println();
        System.out.println("| command | format | baseline time ÷ this build's, per fork | median | range |");
        System.out.println("| --- | --- | --- | ---: | ---: |");
        for (RunResult run : results) {
            double[] values = run.getBenchmarkResults().stream().mapToDouble(Alternation::baselineOverSubject).toArray();
            String forks = Arrays.stream(values).mapToObj(ratio -> String.format(Locale.ROOT, "%.3f", ratio))
                    .collect(Collectors.joining(", "));
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %.3f× | %.3f–%.3f |%n", run.getParams().getParam("command"),
                    run.getParams().getParam("format"), forks, median(values), min(values), max(values));
        }
    }

    /** One fork's baseline decoding time ÷ this build's. */
    private static double baselineOverSubject(BenchmarkResult fork) {
        return fork.getSecondaryResults().get("baselineNanos").getScore()
                / fork.getSecondaryResults().get("subjectNanos").getScore();
    }
}
