package io.github.whmcs4j.benchmarks.generation;

import io.github.whmcs4j.benchmarks.Machine;
import io.github.whmcs4j.benchmarks.Statistics;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What generating an SDK costs a build: plain {@code javac} processes, each a cold JVM as in a real
 * build, on the same class path and JVM settings.
 *
 * <ol>
 * <li>The bundled spec ({@code @WhmcsSdk(standard = true)}), in interleaved rounds: generating and
 * compiling; compiling the same generated sources with {@code -proc:none}; generating only
 * ({@code -proc:only}). Medians, the ratio of the first to the second, and the processor's phases
 * from its {@code -Awhmcs4j.timings=true} NOTE.</li>
 * <li>Synthetic specs of 500 to 5,000 commands ({@link SyntheticSpec}), generated only, in
 * interleaved rounds: each phase's median, and per command, to show how each grows.</li>
 * </ol>
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.github.whmcs4j.benchmarks.generation.GenerationBenchmark
 * [--runs 3] [--sizes 500,1000,2000,5000] [--work DIR] [--skip-standard] [--skip-sizes] [--baseline DIR]}; this jar
 * is both the class path and the processor path of every run. {@code --baseline} names the classes of another build
 * of the processor (a directory or jar), measured in the same interleaved rounds as "baseline processor", placed
 * before this jar on its processor path. Prints Markdown.
 */
public final class GenerationBenchmark {
    private static final String RUNTIME_ANNOTATION = "io.github.whmcs4j.runtime.WhmcsSdk";
    private static final long SEED = 20261202L;
    private static final String BASELINE = "baseline processor, ";

    private final Path work;
    private final int runs;
    private final String classPath = System.getProperty("java.class.path");
    /** Classes of another build of the processor, put before this jar on the processor path; or null. */
    private final String baseline;

    private GenerationBenchmark(Path work, int runs, String baseline) {
        this.work = work;
        this.runs = runs;
        this.baseline = baseline;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path work = options.containsKey("work") ? Path.of(options.get("work"))
                : Files.createTempDirectory("whmcs4j-generation");
        int runs = Integer.parseInt(options.getOrDefault("runs", "3"));
        List<Integer> sizes = Arrays.stream(options.getOrDefault("sizes", "500,1000,2000,5000").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        GenerationBenchmark benchmark = new GenerationBenchmark(work, runs, options.get("baseline"));

        System.out.println(Machine.describe());
        System.out.println("javac: " + JavacRun.JAVAC + "; runs per measurement: " + runs + "; work: " + work);
        String loadBefore = Machine.loadAverage();
        if (!options.containsKey("skip-standard")) {
            benchmark.standard();
        }
        if (!options.containsKey("skip-sizes")) {
            benchmark.sizes(sizes);
        }
        System.out.println();
        System.out.println("load average (1, 5, 15 min) before: " + loadBefore + "; after: " + Machine.loadAverage());
    }

    // ---- the bundled spec ---------------------------------------------------------------------

    private void standard() throws IOException, InterruptedException {
        Path project = work.resolve("standard");
        Path packageInfo = packageInfo(project.resolve("src"), "bench.standard", "standard = true");
        Path generated = project.resolve("generated");

        // once, not counted: the generated sources the -proc:none runs compile
        JavacRun first = javac(project, "prime", generating(packageInfo, project, classPath));
        copyTree(project.resolve("out/s"), generated);
        Path sourceList = project.resolve("sources.txt");
        List<String> files = new ArrayList<>(javaFiles(generated));
        files.add(0, packageInfo.toString());
        Files.write(sourceList, files, StandardCharsets.UTF_8);

        Map<String, List<JavacRun>> results = new LinkedHashMap<>();
        List<String> kinds = new ArrayList<>(List.of("generate + compile", "compile only (-proc:none)",
                "generate only (-proc:only)"));
        if (baseline != null) {
            kinds.addAll(List.of(BASELINE + "generate + compile", BASELINE + "generate only (-proc:only)"));
        }
        kinds.forEach(kind -> results.put(kind, new ArrayList<>()));
        for (int run = 0; run < runs; run++) {
            // rotate the order, so that no kind always runs first after a pause or last before one
            for (int k = 0; k < kinds.size(); k++) {
                String kind = kinds.get((run + k) % kinds.size());
                String processorPath = kind.startsWith(BASELINE) ? baseline + File.pathSeparator + classPath : classPath;
                List<String> arguments = switch (kind.replace(BASELINE, "")) {
                    case "generate + compile" -> generating(packageInfo, project, processorPath);
                    case "compile only (-proc:none)" -> compilingOnly(sourceList, project);
                    default -> generatingOnly(packageInfo, project, null, processorPath);
                };
                results.get(kind).add(javac(project, kind, arguments));
            }
        }

        System.out.println();
        System.out.println("### The bundled spec: " + first.timings().files() + " files, "
                + String.format("%,d", first.timings().lines()) + " lines");
        System.out.println();
        System.out.println("| javac run | wall ms (median) | runs | CPU ms (median) | runs |");
        System.out.println("| --- | ---: | --- | ---: | --- |");
        results.forEach((kind, list) -> System.out.printf("| %s | %.0f | %s | %.0f | %s |%n", kind,
                median(list, JavacRun::wallMillis), joined(list, JavacRun::wallMillis),
                median(list, JavacRun::cpuMillis), joined(list, JavacRun::cpuMillis)));
        List<JavacRun> both = results.get("generate + compile");
        List<JavacRun> compileOnly = results.get("compile only (-proc:none)");
        System.out.println();
        System.out.printf("generate + compile ÷ compile only: **%.2f×** wall-clock, **%.2f×** CPU time (goal ≤ 1.15×)%n",
                median(both, JavacRun::wallMillis) / median(compileOnly, JavacRun::wallMillis),
                median(both, JavacRun::cpuMillis) / median(compileOnly, JavacRun::cpuMillis));
        if (baseline != null) {
            List<JavacRun> before = results.get(BASELINE + "generate + compile");
            System.out.printf("%nbaseline processor, generate + compile ÷ compile only: %.2f× wall-clock, %.2f× CPU time%n",
                    median(before, JavacRun::wallMillis) / median(compileOnly, JavacRun::wallMillis),
                    median(before, JavacRun::cpuMillis) / median(compileOnly, JavacRun::cpuMillis));
        }
        System.out.println();
        System.out.println("The processor's phases (its NOTE), median ms, wall-clock / CPU time of the whole javac process during the phase:");
        System.out.println();
        phaseTable(List.of("generate + compile", "generate only (-proc:only)"),
                List.of(results.get("generate + compile"), results.get("generate only (-proc:only)")));
    }

    // ---- synthetic specs ----------------------------------------------------------------------

    private void sizes(List<Integer> sizes) throws IOException, InterruptedException {
        Map<Integer, Path> packageInfos = new LinkedHashMap<>();
        for (int size : sizes) {
            Path project = work.resolve("synthetic-" + size);
            Path specs = project.resolve("specs");
            List<String> paths = SyntheticSpec.write(specs, "synthetic", size, SEED);
            String specList = paths.stream().map(path -> "\"" + path + "\"").collect(Collectors.joining(", "));
            packageInfos.put(size, packageInfo(project.resolve("src"), "bench.synthetic",
                    "specs = {" + specList + "}, clientName = \"SyntheticClient\""));
        }
        Map<Integer, List<JavacRun>> results = new LinkedHashMap<>();
        Map<Integer, List<JavacRun>> baselineResults = new LinkedHashMap<>();
        sizes.forEach(size -> results.put(size, new ArrayList<>()));
        sizes.forEach(size -> baselineResults.put(size, new ArrayList<>()));
        for (int run = 0; run < runs; run++) {
            for (int k = 0; k < sizes.size(); k++) {
                int size = sizes.get((run + k) % sizes.size());
                Path project = work.resolve("synthetic-" + size);
                List<String> arguments = generatingOnly(packageInfos.get(size), project, project.resolve("specs"), classPath);
                results.get(size).add(javac(project, size + " commands", arguments));
                if (baseline != null) {
                    baselineResults.get(size).add(javac(project, BASELINE + size + " commands", generatingOnly(
                            packageInfos.get(size), project, project.resolve("specs"), baseline + File.pathSeparator + classPath)));
                }
            }
        }
        System.out.println();
        System.out.println("### Synthetic specs, generate only (-proc:only), median ms");
        System.out.println();
        phaseTable(sizes.stream().map(size -> String.format("%,d commands", size)).toList(),
                new ArrayList<>(results.values()));
        System.out.println();
        System.out.println("Per command, µs (median ÷ commands):");
        System.out.println();
        List<List<JavacRun>> perSize = new ArrayList<>(results.values());
        List<String> phases = phases(perSize);
        System.out.println("| spec | " + String.join(" | ", phases) + " | javac wall | javac CPU |");
        System.out.println("| --- |" + " ---: |".repeat(phases.size() + 2));
        for (int i = 0; i < sizes.size(); i++) {
            int size = sizes.get(i);
            List<JavacRun> list = perSize.get(i);
            StringBuilder row = new StringBuilder(String.format("| %,d commands |", size));
            for (String phase : phases) {
                row.append(String.format(" %.0f / %.0f |", 1000 * median(list, run -> run.timings().millis().get(phase)) / size,
                        1000 * median(list, run -> run.timings().cpuMillis().get(phase)) / size));
            }
            row.append(String.format(" %.0f | %.0f |", 1000 * median(list, JavacRun::wallMillis) / size,
                    1000 * median(list, JavacRun::cpuMillis) / size));
            System.out.println(row);
        }
        if (baseline != null) {
            System.out.println();
            System.out.println("Baseline processor against this one, generate only (-proc:only), median ms:");
            System.out.println();
            System.out.println("| spec | baseline wall | wall | baseline CPU | CPU |");
            System.out.println("| --- | ---: | ---: | ---: | ---: |");
            for (int size : sizes) {
                List<JavacRun> before = baselineResults.get(size);
                List<JavacRun> after = results.get(size);
                System.out.printf("| %,d commands | %.0f | %.0f | %.0f | %.0f |%n", size, median(before, JavacRun::wallMillis),
                        median(after, JavacRun::wallMillis), median(before, JavacRun::cpuMillis),
                        median(after, JavacRun::cpuMillis));
            }
        }
    }

    // ---- javac ----------------------------------------------------------------------------------

    private List<String> common(Path project) {
        return List.of("-encoding", "UTF-8", "--release", "17", "-cp", classPath,
                "-d", project.resolve("out/d").toString());
    }

    private List<String> generating(Path packageInfo, Path project, String processorPath) {
        List<String> arguments = new ArrayList<>(common(project));
        arguments.addAll(List.of("-processorpath", processorPath, "-Awhmcs4j.timings=true",
                "-s", project.resolve("out/s").toString(), packageInfo.toString()));
        return arguments;
    }

    private List<String> generatingOnly(Path packageInfo, Path project, Path specs, String processorPath) {
        List<String> arguments = new ArrayList<>(generating(packageInfo, project, processorPath));
        arguments.add(0, "-proc:only");
        if (specs != null) {
            arguments.addAll(0, List.of("-sourcepath", specs.toString()));
        }
        return arguments;
    }

    private List<String> compilingOnly(Path sourceList, Path project) {
        List<String> arguments = new ArrayList<>(common(project));
        arguments.addAll(List.of("-proc:none", "@" + sourceList));
        return arguments;
    }

    /** One javac run in an emptied output directory. */
    private JavacRun javac(Path project, String what, List<String> arguments) throws IOException, InterruptedException {
        Path out = project.resolve("out");
        deleteTree(out);
        Files.createDirectories(out.resolve("d"));
        Files.createDirectories(out.resolve("s"));
        JavacRun run = JavacRun.run(arguments, project.resolve("javac.log"));
        System.err.printf("%s: %.0f ms wall, %.0f ms CPU%s%n", what, run.wallMillis(), run.cpuMillis(),
                run.timings() == null ? "" : "; processor " + run.timings().millis());
        return run;
    }

    // ---- reporting ----------------------------------------------------------------------------

    private static void phaseTable(List<String> labels, List<List<JavacRun>> results) {
        List<String> phases = phases(results);
        System.out.println("| run | " + String.join(" | ", phases) + " | javac wall | javac CPU |");
        System.out.println("| --- |" + " ---: |".repeat(phases.size() + 2));
        for (int i = 0; i < labels.size(); i++) {
            List<JavacRun> list = results.get(i);
            StringBuilder row = new StringBuilder("| " + labels.get(i) + " |");
            for (String phase : phases) {
                row.append(String.format(" %.0f / %.0f |", median(list, run -> run.timings().millis().get(phase)),
                        median(list, run -> run.timings().cpuMillis().get(phase))));
            }
            row.append(String.format(" %.0f | %.0f |", median(list, JavacRun::wallMillis),
                    median(list, JavacRun::cpuMillis)));
            System.out.println(row);
        }
    }

    private static List<String> phases(List<List<JavacRun>> results) {
        return new ArrayList<>(results.get(0).get(0).timings().millis().keySet());
    }

    private static double median(List<JavacRun> runs, java.util.function.ToDoubleFunction<JavacRun> value) {
        return Statistics.median(runs.stream().mapToDouble(value).toArray());
    }

    private static String joined(List<JavacRun> runs, java.util.function.ToDoubleFunction<JavacRun> value) {
        return runs.stream().mapToDouble(value).mapToObj(v -> String.format("%.0f", v)).collect(Collectors.joining(", "));
    }

    // ---- files ----------------------------------------------------------------------------------

    private static Path packageInfo(Path sources, String packageName, String attributes) throws IOException {
        Path file = sources.resolve(packageName.replace('.', '/')).resolve("package-info.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "@" + RUNTIME_ANNOTATION + "(" + attributes + ")\npackage " + packageName + ";\n",
                StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> javaFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".java")).map(Path::toString).sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        deleteTree(to);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].replaceFirst("^--", "");
            boolean flag = name.startsWith("skip-");
            options.put(name, flag ? "true" : args[++i]);
        }
        return options;
    }
}
