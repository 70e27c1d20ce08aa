package io.github.whmcs4j.processor;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long each phase of generating one SDK took, in wall-clock time and in CPU time of the whole
 * compiler process (every thread: the rendering threads, and the JIT compiler and garbage collector
 * working for them), reported as a compiler NOTE when the option {@value #OPTION} is {@code true}.
 * Off by default, when it costs nothing but a branch per phase.
 */
final class GenerationTimings {
    /** The annotation processor option that turns the report on: {@code -Awhmcs4j.timings=true}. */
    static final String OPTION = "whmcs4j.timings";

    private static final GenerationTimings OFF = new GenerationTimings(false);

    private final boolean on;
    private final Map<String, long[]> phases = new LinkedHashMap<>();
    private int files;
    private long lines;
    private long wallStart;
    private long cpuStart;

    private GenerationTimings(boolean on) {
        this.on = on;
        if (on) {
            wallStart = System.nanoTime();
            cpuStart = cpuNanos();
        }
    }

    static GenerationTimings start(Map<String, String> options) {
        return Boolean.parseBoolean(options.get(OPTION)) ? new GenerationTimings(true) : OFF;
    }

    boolean isOn() {
        return on;
    }

    /** Ends the phase running since the last call (or the start) and names it. */
    void phase(String name) {
        if (on) {
            long wall = System.nanoTime();
            long cpu = cpuNanos();
            long[] spent = phases.computeIfAbsent(name, key -> new long[2]);
            spent[0] += wall - wallStart;
            spent[1] += cpu < 0 || cpuStart < 0 ? 0 : cpu - cpuStart;
            wallStart = wall;
            cpuStart = cpu;
        }
    }

    /** Counts one file written, and its lines, for the report. */
    void file(String text) {
        if (on) {
            files++;
            lines += text.chars().filter(c -> c == '\n').count();
        }
    }

    /**
     * One line: {@code whmcs4j timings for <package>: load 12.3/10 ms, ..., total 99.1/90 ms; 500 files,
     * 71600 lines}, each phase as wall-clock/CPU milliseconds (CPU -1 where it cannot be read).
     */
    String report(String packageName) {
        StringBuilder line = new StringBuilder("whmcs4j timings for ").append(packageName).append(':');
        boolean cpuKnown = cpuNanos() >= 0;
        long wallTotal = 0;
        long cpuTotal = 0;
        for (Map.Entry<String, long[]> phase : phases.entrySet()) {
            long[] spent = phase.getValue();
            line.append(' ').append(phase.getKey()).append(' ').append(millis(spent[0], spent[1], cpuKnown)).append(',');
            wallTotal += spent[0];
            cpuTotal += spent[1];
        }
        return line.append(" total ").append(millis(wallTotal, cpuTotal, cpuKnown)).append("; ")
                .append(files).append(" files, ").append(lines).append(" lines").toString();
    }

    private static String millis(long wall, long cpu, boolean cpuKnown) {
        return Math.round(wall / 1e5) / 10.0 + "/" + (cpuKnown ? Math.round(cpu / 1e6) : -1) + " ms";
    }

    /** The CPU time of this process so far, or -1 where the platform does not tell. */
    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }
}
