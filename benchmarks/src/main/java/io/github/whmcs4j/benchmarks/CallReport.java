package io.github.whmcs4j.benchmarks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * {@link CallBenchmark}'s results as Markdown: calls per second, time per call (threads ÷ throughput,
 * so on 64 threads the time one call takes, waits included) and client CPU time per call, then the
 * SDK's cost beside the bare client's on the same number of threads.
 */
final class CallReport {
    /** One benchmark's scores: throughput (calls/s) with its 99.9% error, CPU ns per call, threads. */
    private record Row(double throughput, double error, double cpuNanos, int threads) {
        double microsPerCall() {
            return threads * 1e6 / throughput;
        }
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    CallReport(Collection<RunResult> results) {
        for (RunResult run : results) {
            String benchmark = run.getParams().getBenchmark();
            Result<?> cpu = run.getSecondaryResults().get(CpuTimeProfiler.LABEL);
            rows.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), new Row(run.getPrimaryResult().getScore(),
                    run.getPrimaryResult().getScoreError(), cpu == null ? Double.NaN : cpu.getScore(),
                    run.getParams().getThreads()));
        }
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| benchmark | threads | calls/s | ± (99.9%) | µs per call | client CPU µs per call |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        rows.forEach((name, row) -> out.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %.0f |%n",
                name, row.threads(), row.throughput(), row.error(), row.microsPerCall(), row.cpuNanos() / 1e3)));
        out.append("\n| threads | SDK time ÷ bare | SDK CPU ÷ bare | SDK calls/s ÷ bare |\n");
        out.append("| ---: | ---: | ---: | ---: |\n");
        compare(out, "bare", "sdk");
        compare(out, "bare64", "sdk64");
        return out.toString();
    }

    private void compare(StringBuilder out, String bareName, String sdkName) {
        Row bare = rows.get(bareName);
        Row sdk = rows.get(sdkName);
        if (bare != null && sdk != null) {
            out.append(String.format(Locale.ROOT, "| %d | %.3f | %.3f | %.3f |%n", sdk.threads(),
                    sdk.microsPerCall() / bare.microsPerCall(), sdk.cpuNanos() / bare.cpuNanos(),
                    sdk.throughput() / bare.throughput()));
        }
    }
}
