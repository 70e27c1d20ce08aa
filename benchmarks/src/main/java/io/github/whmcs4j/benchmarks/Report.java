package io.github.whmcs4j.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The results of one run as Markdown: a table of throughput, CPU time and allocation per
 * operation, then the generated decoder's ratios to each baseline beside the performance goals.
 *
 * <p>A throughput ratio is generated ÷ baseline ops/s; its range combines JMH's 99.9% confidence
 * intervals of both scores, worst case against best case. The CPU ratio is the same comparison
 * made with CPU time per operation (baseline ÷ generated, so above 1 still means faster), which
 * waiting for a core on a busy machine does not distort. An allocation ratio is generated ÷
 * baseline bytes per operation.
 */
final class Report {
    private static final String ALLOCATION = "gc.alloc.rate.norm";
    private static final List<String> DECODERS = List.of("generated", "databind", "untypedMap", "tokenScan");

    /** A measured score with JMH's error (half the width of its 99.9% confidence interval). */
    record Score(double value, double error) {
        static Score of(Result<?> result) {
            if (result == null) {
                return null;
            }
            return new Score(result.getScore(), Double.isNaN(result.getScoreError()) ? 0 : result.getScoreError());
        }
    }

    /** One benchmark: throughput (ops/s), CPU time (ns/op) and allocation (B/op); the last two when profiled. */
    record Row(String command, String format, String decoder, Score throughput, Score cpu, Score allocation) {
    }

    /** A goal on generated ÷ baseline: at least (throughput) or at most (allocation) {@code bound}; NaN: no goal. */
    private record Goal(String format, String baseline, boolean allocation, double bound) {
        boolean met(double ratio) {
            return allocation ? ratio <= bound : ratio >= bound;
        }

        String describe() {
            return Double.isNaN(bound) ? "—" : (allocation ? "≤ " : "≥ ") + times(bound) + "×";
        }
    }

    private static final List<Goal> GOALS = List.of(
            new Goal("json", "databind", false, 1.5),
            new Goal("json", "untypedMap", false, 1.0),
            new Goal("json", "tokenScan", false, 0.5),
            new Goal("json", "databind", true, 0.4),
            new Goal("xml", "databind", false, 1.1),
            new Goal("xml", "databind", true, Double.NaN),
            new Goal("xml", "untypedMap", false, Double.NaN),
            new Goal("xml", "tokenScan", false, Double.NaN));

    private final Map<String, Row> rows = new LinkedHashMap<>();

    Report(Collection<RunResult> results) {
        List<Row> all = new ArrayList<>();
        for (RunResult run : results) {
            String benchmark = run.getParams().getBenchmark();
            all.add(new Row(run.getParams().getParam("command"), run.getParams().getParam("format"),
                    benchmark.substring(benchmark.lastIndexOf('.') + 1), Score.of(run.getPrimaryResult()),
                    Score.of(run.getSecondaryResults().get(CpuTimeProfiler.LABEL)),
                    Score.of(run.getSecondaryResults().get(ALLOCATION))));
        }
        all.sort(Comparator.comparing(Row::command).thenComparing(Row::format)
                .thenComparing(row -> DECODERS.indexOf(row.decoder())));
        for (Row row : all) {
            rows.put(key(row.command(), row.format(), row.decoder()), row);
        }
    }

    private static String key(String command, String format, String decoder) {
        return command + "/" + format + "/" + decoder;
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| command | format | decoder | ops/s | ± (99.9%) | CPU ms/op | alloc B/op |\n");
        out.append("| --- | --- | --- | ---: | ---: | ---: | ---: |\n");
        for (Row row : rows.values()) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %.1f | %.1f | %s | %s |%n", row.command(),
                    row.format(), row.decoder(), row.throughput().value(), row.throughput().error(),
                    row.cpu() == null ? "n/a" : String.format(Locale.ROOT, "%.2f", row.cpu().value() / 1e6),
                    row.allocation() == null ? "n/a" : String.format(Locale.ROOT, "%,.0f", row.allocation().value())));
        }
        out.append("\n| command | format | generated vs | metric | ratio | range (99.9%) | CPU ratio | goal | met |\n");
        out.append("| --- | --- | --- | --- | ---: | ---: | ---: | ---: | --- |\n");
        for (String command : commands()) {
            for (Goal goal : GOALS) {
                Row generated = rows.get(key(command, goal.format(), "generated"));
                Row baseline = rows.get(key(command, goal.format(), goal.baseline()));
                if (generated != null && baseline != null && (!goal.allocation() || generated.allocation() != null)) {
                    out.append(ratioLine(command, goal, generated, baseline));
                }
            }
        }
        return out.toString();
    }

    private static String ratioLine(String command, Goal goal, Row generated, Row baseline) {
        Score a = goal.allocation() ? generated.allocation() : generated.throughput();
        Score b = goal.allocation() ? baseline.allocation() : baseline.throughput();
        double ratio = a.value() / b.value();
        double low = Math.max(0, a.value() - a.error()) / (b.value() + b.error());
        double high = b.value() > b.error()
                ? (a.value() + a.error()) / (b.value() - b.error())
                : Double.POSITIVE_INFINITY;
        String cpuRatio = goal.allocation() || generated.cpu() == null || baseline.cpu() == null ? "—"
                : times(baseline.cpu().value() / generated.cpu().value()) + "×";
        String met = Double.isNaN(goal.bound()) ? "—" : goal.met(ratio) ? "yes" : "**no**";
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s× | %s–%s | %s | %s | %s |%n", command,
                goal.format(), goal.baseline(), goal.allocation() ? "alloc B/op" : "ops/s", times(ratio), times(low),
                times(high), cpuRatio, goal.describe(), met);
    }

    private List<String> commands() {
        List<String> commands = new ArrayList<>();
        for (Row row : rows.values()) {
            if (!commands.contains(row.command())) {
                commands.add(row.command());
            }
        }
        return commands;
    }

    private static String times(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
