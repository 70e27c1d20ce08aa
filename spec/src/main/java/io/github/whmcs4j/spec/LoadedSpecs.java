package io.github.whmcs4j.spec;

import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.spec.model.SpecFile;
import java.util.List;

/**
 * The outcome of loading spec files: what could be read, and every problem found.
 *
 * @param files the files read, in the order given
 * @param problems every problem, in file order; empty when the specs are sound
 */
public record LoadedSpecs(List<SpecFile> files, List<SpecProblem> problems) {
    public LoadedSpecs {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /** Whether the specs are free of problems, so code may be generated from them. */
    public boolean isSound() {
        return problems.isEmpty();
    }

    /** All commands of all files, in file order. */
    public List<CommandSpec> commands() {
        return files.stream().flatMap(file -> file.commands().stream()).toList();
    }
}
