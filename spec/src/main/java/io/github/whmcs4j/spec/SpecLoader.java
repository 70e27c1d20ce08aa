package io.github.whmcs4j.spec;

import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.spec.model.SpecFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads and validates spec files. All problems of all files are reported in one pass, each with
 * file, line and column; nothing stops at the first.
 */
public final class SpecLoader {
    private static final Comparator<SpecProblem> IN_FILE_ORDER = Comparator
            .comparingInt((SpecProblem problem) -> problem.location().line())
            .thenComparingInt(problem -> problem.location().column());

    private SpecLoader() {
    }

    public static LoadedSpecs load(List<SpecSource> sources) {
        List<SpecProblem> problems = new ArrayList<>();
        List<SpecFile> files = new ArrayList<>();
        for (SpecSource source : sources) {
            List<SpecProblem> fileProblems = new ArrayList<>();
            Node root = new TreeReader(source.name(), fileProblems).read(source.content());
            if (root != null) {
                files.add(new SpecReader(source.name(), fileProblems).read(root));
            }
            fileProblems.sort(IN_FILE_ORDER);
            problems.addAll(fileProblems);
        }
        return new LoadedSpecs(merge(files, problems), problems);
    }

    /**
     * Merges the files: a command defined twice identically (a user's spec repeating a bundled
     * command, say) is kept once; defined twice differently, it is a problem naming both places.
     * WHMCS compares action names without regard to case, and so does this check.
     */
    private static List<SpecFile> merge(List<SpecFile> files, List<SpecProblem> problems) {
        Map<String, CommandSpec> seen = new HashMap<>();
        List<SpecFile> merged = new ArrayList<>();
        for (SpecFile file : files) {
            List<CommandSpec> kept = new ArrayList<>();
            for (CommandSpec command : file.commands()) {
                CommandSpec first = seen.putIfAbsent(command.name().toLowerCase(java.util.Locale.ROOT), command);
                if (first == null) {
                    kept.add(command);
                } else if (!first.sameDefinitionAs(command)) {
                    problems.add(SpecProblem.at(command.location(), Diagnostic.DUPLICATE_COMMAND, command.name(),
                            first.location()));
                }
            }
            merged.add(new SpecFile(file.source(), file.category(), file.description(), kept));
        }
        return merged;
    }
}
