package io.github.whmcs4j.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the numbers were measured on, printed with them: processors, JVM, CPU model, and the load
 * average, which on a shared machine says whether other work competed with the run.
 */
public final class Machine {
    private Machine() {
    }

    public static String describe() {
        return "processors: " + Runtime.getRuntime().availableProcessors()
                + "; JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + "; CPU: " + cpuModel();
    }

    /** The 1, 5 and 15 minute load averages, or "unknown" off Linux. */
    public static String loadAverage() {
        List<String> lines = read("/proc/loadavg");
        if (lines.isEmpty()) {
            return "unknown";
        }
        String[] fields = lines.get(0).split(" ");
        return fields.length < 3 ? "unknown" : fields[0] + " " + fields[1] + " " + fields[2];
    }

    private static String cpuModel() {
        for (String line : read("/proc/cpuinfo")) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return System.getProperty("os.arch");
    }

    private static List<String> read(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException | SecurityException e) {
            return List.of(); // not Linux, or not readable: the description does without it
        }
    }
}
