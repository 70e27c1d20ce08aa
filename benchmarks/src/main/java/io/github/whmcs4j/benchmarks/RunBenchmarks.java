package io.github.whmcs4j.benchmarks;

import java.util.Collection;
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
 * ratios of the generated decoder to each baseline computed from this same run (see {@link Report}).
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
        if (!hasGcProfiler(commandLine)) {
            options.addProfiler(GCProfiler.class);
        }
        options.addProfiler(CpuTimeProfiler.class);
        String loadBefore = Machine.loadAverage();
        Collection<RunResult> results = new Runner(options.build()).run();
        System.out.println();
        System.out.println("# whmcs4j decoding: results and ratios of this run");
        System.out.println();
        System.out.println(Machine.describe());
        System.out.println("load average (1, 5, 15 min) before: " + loadBefore + "; after: " + Machine.loadAverage());
        System.out.println();
        System.out.print(new Report(results).markdown());
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
