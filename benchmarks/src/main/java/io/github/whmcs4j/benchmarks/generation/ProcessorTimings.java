package io.github.whmcs4j.benchmarks.generation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phases the processor reports with {@code -Awhmcs4j.timings=true}, read back from javac's
 * output: {@code Note: whmcs4j timings for p: load 12.3/10 ms, ..., total 99.1/90 ms; 500 files, 71600 lines}
 * (wall-clock/CPU).
 *
 * @param millis wall-clock milliseconds per phase, in the processor's order, {@code total} last
 * @param cpuMillis CPU milliseconds of the javac process (all threads) per phase (10 ms resolution; -1 where unknown)
 * @param files the files written
 * @param lines their lines
 */
record ProcessorTimings(Map<String, Double> millis, Map<String, Double> cpuMillis, int files, long lines) {
    private static final Pattern NOTE = Pattern.compile("whmcs4j timings for [^:]+: (.*); (\\d+) files, (\\d+) lines");
    private static final Pattern PHASE = Pattern.compile("([\\w-]+) ([\\d.]+)/(-?\\d+) ms");

    /** The NOTE in javac's output, or {@code null} when there is none. */
    static ProcessorTimings parse(String javacOutput) {
        Matcher note = NOTE.matcher(javacOutput);
        if (!note.find()) {
            return null;
        }
        Map<String, Double> millis = new LinkedHashMap<>();
        Map<String, Double> cpuMillis = new LinkedHashMap<>();
        Matcher phase = PHASE.matcher(note.group(1));
        while (phase.find()) {
            millis.put(phase.group(1), Double.parseDouble(phase.group(2)));
            cpuMillis.put(phase.group(1), Double.parseDouble(phase.group(3)));
        }
        return new ProcessorTimings(millis, cpuMillis, Integer.parseInt(note.group(2)), Long.parseLong(note.group(3)));
    }
}
