package io.github.whmcs4j.cli;

import io.github.whmcs4j.spec.LoadedSpecs;
import io.github.whmcs4j.spec.model.CommandSpec;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code commands}: every command of the spec with its category and whether it only reads and pages. */
@Command(name = "commands", mixinStandardHelpOptions = true,
        description = "Lists every WHMCS command: category, read-only, paginated, description.")
final class CommandsCommand implements Callable<Integer> {
    private final LoadedSpecs specs;
    private final PrintWriter out;

    CommandsCommand(LoadedSpecs specs, PrintWriter out) {
        this.specs = specs;
        this.out = out;
    }

    @Override
    public Integer call() {
        List<List<String>> rows = new ArrayList<>();
        specs.files().forEach(file -> file.commands().forEach(command -> rows.add(row(file.category(), command))));
        int name = rows.stream().mapToInt(row -> row.get(0).length()).max().orElse(0);
        int category = rows.stream().mapToInt(row -> row.get(1).length()).max().orElse(0);
        out.println(String.format("%-" + name + "s  %-" + category + "s  %-9s  %-9s  %s", "COMMAND", "CATEGORY",
                "READ-ONLY", "PAGINATED", "DESCRIPTION"));
        rows.forEach(row -> out.println(String.format("%-" + name + "s  %-" + category + "s  %-9s  %-9s  %s",
                row.toArray())));
        out.flush();
        return 0;
    }

    private static List<String> row(String category, CommandSpec command) {
        return List.of(command.name(), category, command.readOnly() ? "yes" : "no",
                command.paginatedItems() != null ? "yes" : "no", command.description());
    }
}
