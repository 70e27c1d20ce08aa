package io.github.whmcs4j.benchmarks;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.ProfilerConfig;

/**
 * The benchmark jar's entry point: JMH with its usual command line, plus the GC profiler (the
 * allocation goal needs it) and the {@link CpuTimeProfiler}, and, once every benchmark has run, the
 * ratios of the generated decoder to each baseline ({@link Report}) and of the SDK's whole call to a
 * bare {@code HttpClient} ({@link CallReport}), computed from this same run. Without benchmarks named,
 * it runs all but {@link DecodeAlternation}, which needs another build to compare with.
 */
public final class RunBenchmarks {
    private RunBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions commandLine = new CommandLineOptions(args);
        if (commandLine.shouldHelp() || commandLine.shouldList() || commandLine.shouldListWithParams()
                || commandLine.shouldListProfilers() || commandLine.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args); // nothing runs: plain JMH answers
            return;
        }
        ChainedOptionsBuilder options = new OptionsBuilder().parent(commandLine);
        if (commandLine.getIncludes().isEmpty()) {
            options.exclude(DecodeAlternation.class.getName()); // it needs a baseline build: see Alternation
        }
        if (!hasGcProfiler(commandLine)) {
            options.addProfiler(GCProfiler.class);
        }
        options.addProfiler(CpuTimeProfiler.class);
        String loadBefore = Machine.loadAverage();
        Collection<RunResult> results = new Runner(options.build()).run();
        System.out.println();
        System.out.println("# whmcs4j benchmarks: results and ratios of this run");
        System.out.println();
        System.out.println(Machine.describe());
        System.out.println("load average (1, 5, 15 min) before: " + loadBefore + "; after: " + Machine.loadAverage());
        List<RunResult> decoding = of(results, DecodeBenchmark.class);
        if (!decoding.isEmpty()) {
            System.out.println();
            System.out.println("## Decoding");
            System.out.println();
            System.out.print(new Report(decoding).markdown());
        }
        CallReport calls = new CallReport(of(results, CallBenchmark.class));
        if (!calls.isEmpty()) {
            System.out.println();
            System.out.println("## Whole calls over loopback");
            System.out.println();
            System.out.print(calls.markdown());
        }
    }

    private static List<RunResult> of(Collection<RunResult> results, Class<?> benchmark) {
        return results.stream().filter(run -> run.getParams().getBenchmark().startsWith(benchmark.getName() + "."))
                .collect(Collectors.toList());
    }

    private static boolean hasGcProfiler(CommandLineOptions commandLine) {
        for (ProfilerConfig profiler : commandLine.getProfilers()) {
            if (profiler.getKlass().equals("gc") || profiler.getKlass().equals(GCProfiler.class.getName())) {
                return true;
            }
        }
        return false;
    }
}
