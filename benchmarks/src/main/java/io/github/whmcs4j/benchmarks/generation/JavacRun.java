package io.github.whmcs4j.benchmarks.generation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code javac} process, as a build runs it: a cold JVM every time. Measures its wall-clock time
 * and, on Linux, the CPU time it used (all its threads, JIT and GC included), read from this
 * process's children's totals before and after.
 *
 * @param wallMillis wall-clock time from start to exit
 * @param cpuMillis CPU time of the process, or -1 where it cannot be read
 * @param timings the processor's NOTE, when it printed one
 */
record JavacRun(double wallMillis, double cpuMillis, ProcessorTimings timings) {
    /** {@code $JAVA_HOME/bin/javac} of the JDK running this harness. */
    static final Path JAVAC = Path.of(System.getProperty("java.home"), "bin", "javac");
    /** Linux reports CPU times in clock ticks; 100 per second on every common kernel configuration. */
    private static final double MILLIS_PER_TICK = 10.0;

    /** Runs {@code javac} with these arguments; fails with javac's output when it does not succeed. */
    static JavacRun run(List<String> arguments, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(JAVAC.toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        long cpuBefore = childrenCpuTicks();
        long start = System.nanoTime();
        Process javac = builder.start();
        int exit = javac.waitFor();
        double wall = (System.nanoTime() - start) / 1e6;
        long cpuAfter = childrenCpuTicks();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (exit != 0) {
            throw new IllegalStateException("javac failed (exit " + exit + "): " + String.join(" ", command) + "\n" + output);
        }
        double cpu = cpuBefore < 0 || cpuAfter < 0 ? -1 : (cpuAfter - cpuBefore) * MILLIS_PER_TICK;
        return new JavacRun(wall, cpu, ProcessorTimings.parse(output));
    }

    /** cutime + cstime of /proc/self/stat: CPU time of the children waited for, or -1 off Linux. */
    private static long childrenCpuTicks() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // fields after the command name, which is in parentheses and may hold spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[13]) + Long.parseLong(fields[14]); // fields 16 and 17 of stat(5)
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
