package io.github.whmcs4j.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The results of one run as Markdown: a table of throughput and allocation per operation, then
 * the generated decoder's ratios to each baseline beside the goals of issue 4. A ratio's range
 * comes from JMH's 99.9% confidence intervals of both scores (worst and best case combined).
 */
final class Report {
    private static final String ALLOCATION = "gc.alloc.rate.norm";
    private static final List<String> DECODERS = List.of("generated", "databind", "untypedMap", "tokenScan");

    /** A measured score with JMH's error (half the width of its 99.9% confidence interval). */
    record Score(double value, double error) {
        static Score of(Result<?> result) {
            return new Score(result.getScore(), Double.isNaN(result.getScoreError()) ? 0 : result.getScoreError());
        }
    }

    /** One benchmark: throughput (ops/s) and allocation (bytes/op, when the GC profiler ran). */
    record Row(String command, String format, String decoder, Score throughput, Score allocation) {
    }

    /** A goal: generated ÷ baseline of a metric, at least or at most a bound. */
    private record Goal(String format, String baseline, boolean allocation, boolean atLeast, double bound) {
        String describe() {
            return (atLeast ? "≥ " : "≤ ") + times(bound) + "×";
        }
    }

    private static final List<Goal> GOALS = List.of(
            new Goal("json", "databind", false, true, 1.5),
            new Goal("json", "untypedMap", false, true, 1.0),
            new Goal("json", "tokenScan", false, true, 0.5),
            new Goal("json", "databind", true, false, 0.4),
            new Goal("xml", "databind", false, true, 1.1),
            new Goal("xml", "databind", true, false, Double.NaN),
            new Goal("xml", "untypedMap", false, true, Double.NaN),
            new Goal("xml", "tokenScan", false, true, Double.NaN));

    private final Map<String, Row> rows = new LinkedHashMap<>();

    Report(Collection<RunResult> results) {
        List<Row> all = new ArrayList<>();
        for (RunResult run : results) {
            String benchmark = run.getParams().getBenchmark();
            Result<?> allocation = run.getSecondaryResults().get(ALLOCATION);
            all.add(new Row(run.getParams().getParam("command"), run.getParams().getParam("format"),
                    benchmark.substring(benchmark.lastIndexOf('.') + 1), Score.of(run.getPrimaryResult()),
                    allocation == null ? null : Score.of(allocation)));
        }
        all.sort((a, b) -> key(a).compareTo(key(b)));
        for (Row row : all) {
            rows.put(row.command() + "/" + row.format() + "/" + row.decoder(), row);
        }
    }

    private static String key(Row row) {
        return row.command() + "/" + row.format() + "/" + DECODERS.indexOf(row.decoder());
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| command | format | decoder | ops/s | ± (99.9%) | alloc B/op |\n");
        out.append("| --- | --- | --- | ---: | ---: | ---: |\n");
        for (Row row : rows.values()) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %.2f | %.2f | %s |%n", row.command(),
                    row.format(), row.decoder(), row.throughput().value(), row.throughput().error(),
                    row.allocation() == null ? "n/a" : String.format(Locale.ROOT, "%,.0f", row.allocation().value())));
        }
        out.append("\n| command | format | generated ÷ | metric | ratio | range (99.9%) | goal | met |\n");
        out.append("| --- | --- | --- | --- | ---: | ---: | ---: | --- |\n");
        for (String command : commands()) {
            for (Goal goal : GOALS) {
                Row generated = rows.get(command + "/" + goal.format() + "/generated");
                Row baseline = rows.get(command + "/" + goal.format() + "/" + goal.baseline());
                if (generated == null || baseline == null || (goal.allocation() && generated.allocation() == null)) {
                    continue;
                }
                Score a = goal.allocation() ? generated.allocation() : generated.throughput();
                Score b = goal.allocation() ? baseline.allocation() : baseline.throughput();
                double ratio = a.value() / b.value();
                double low = (a.value() - a.error()) / (b.value() + b.error());
                double high = b.value() > b.error() ? (a.value() + a.error()) / (b.value() - b.error()) : Double.NaN;
                boolean hasGoal = !Double.isNaN(goal.bound());
                boolean met = goal.atLeast() ? ratio >= goal.bound() : ratio <= goal.bound();
                out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s× | %s–%s | %s | %s |%n", command,
                        goal.format(), goal.baseline(), goal.allocation() ? "alloc B/op" : "ops/s", times(ratio),
                        times(low), times(high), hasGoal ? goal.describe() : "—",
                        hasGoal ? (met ? "yes" : "**no**") : "—"));
            }
        }
        return out.toString();
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
