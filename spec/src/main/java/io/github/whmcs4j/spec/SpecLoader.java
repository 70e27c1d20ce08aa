package io.github.whmcs4j.spec;

import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.spec.model.SpecFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads and validates spec files. All problems of all files are reported in one pass, each with
 * file, line and column; nothing stops at the first.
 */
public final class SpecLoader {
    private SpecLoader() {
    }

    public static LoadedSpecs load(List<SpecSource> sources) {
        List<SpecProblem> problems = new ArrayList<>();
        List<SpecFile> files = new ArrayList<>();
        for (SpecSource source : sources) {
            Node root = new TreeReader(source.name(), problems).read(source.content());
            if (root != null) {
                files.add(new SpecReader(source.name(), problems).read(root));
            }
        }
        checkUniqueCommands(files, problems);
        return new LoadedSpecs(files, problems);
    }

    private static void checkUniqueCommands(List<SpecFile> files, List<SpecProblem> problems) {
        Map<String, CommandSpec> seen = new HashMap<>();
        for (SpecFile file : files) {
            for (CommandSpec command : file.commands()) {
                CommandSpec first = seen.putIfAbsent(command.name().toLowerCase(java.util.Locale.ROOT), command);
                if (first != null) {
                    problems.add(SpecProblem.at(command.location(), Diagnostic.DUPLICATE_COMMAND, command.name(),
                            first.location()));
                }
            }
        }
    }
}
