package io.github.whmcs4j.cli.drift;

import io.github.whmcs4j.cli.ConnectionOptions;
import io.github.whmcs4j.cli.UsageException;
import io.github.whmcs4j.cli.WhmcsCli;
import io.github.whmcs4j.runtime.ApiClient;
import io.github.whmcs4j.spec.LoadedSpecs;
import io.github.whmcs4j.spec.model.CommandSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code drift}: calls the read-only commands of an installation and reports where its answers and
 * the spec part ways. Exit status 0 when the spec covers everything seen, 3 when it does not.
 */
@Command(name = "drift", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Calls every read-only command (never one that changes data), then those that need an id with "
                + "the ids found, and reports fields the spec lacks, values that do not fit their type, list shapes "
                + "and empty forms seen, and the WHMCS version.",
                "Exit status: 0 the spec covers everything seen, 3 drift found, 1 or 2 as for call."})
public final class DriftCommand implements Callable<Integer> {
    private final PrintWriter out;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--spec", paramLabel = "FILE", description = "A spec file merged into the bundled spec, key by "
            + "key (a --patch file applies as it is). Repeat for more.")
    List<Path> specs = new ArrayList<>();

    @Option(names = "--include", paramLabel = "COMMANDS", split = ",",
            description = "Only these commands or categories (comma-separated).")
    List<String> include = new ArrayList<>();

    @Option(names = "--sample", paramLabel = "N", defaultValue = "5", description = "Records per command (default 5).")
    int sample;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the Markdown report here instead of stdout.")
    Path report;

    @Option(names = "--patch", paramLabel = "FILE", description = "Write a YAML fragment in the spec format that adds "
            + "what was found.")
    Path patch;

    @Option(names = "--show-personal-data", description = "Show samples of names, email and postal addresses, phone "
            + "numbers (masked by default). Secrets stay masked.")
    boolean showPersonalData;

    public DriftCommand(PrintWriter out) {
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        if (sample < 1) {
            throw new UsageException("--sample must be at least 1");
        }
        LoadedSpecs loaded = SpecYaml.load(specs);
        List<CommandSpec> commands = selected(loaded.commands());
        ApiClient client = connection.client();
        Crawl crawl = new Crawl(client, commands, sample).run();
        List<Findings> findings = crawl.findings();
        String markdown = DriftReport.markdown(client.endpoint().getHost(), crawl.version(), findings,
                showPersonalData ? null : new PersonalData(false));
        if (report != null) {
            Files.writeString(report, markdown);
        } else {
            out.print(markdown);
        }
        boolean drifted = findings.stream().anyMatch(Findings::drifted);
        if (patch != null) {
            Map<String, CommandSpec> byName = new LinkedHashMap<>();
            commands.forEach(command -> byName.put(command.name(), command));
            Files.writeString(patch, DriftPatch.yaml(crawl.version(), findings, byName));
        }
        long count = findings.stream().filter(Findings::drifted).count();
        out.println(drifted ? "drift found in " + count + (count == 1 ? " command" : " commands")
                : "the spec covers everything seen");
        out.flush();
        return drifted ? WhmcsCli.DRIFT_FOUND : WhmcsCli.OK;
    }

    private List<CommandSpec> selected(List<CommandSpec> all) {
        if (include.isEmpty()) {
            return all;
        }
        Set<String> wanted = include.stream().map(name -> name.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<CommandSpec> selected = all.stream().filter(command -> wanted.contains(command.name().toLowerCase(Locale.ROOT))
                || wanted.contains(command.category().toLowerCase(Locale.ROOT))).toList();
        if (selected.isEmpty()) {
            throw new UsageException("--include names no command or category of the spec: " + String.join(",", include));
        }
        return selected;
    }
}
