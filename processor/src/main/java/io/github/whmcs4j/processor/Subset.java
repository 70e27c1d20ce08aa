package io.github.whmcs4j.processor;

import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.spec.model.SpecFile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The part of the specs {@code @WhmcsSdk(include = ...)} asks for: whole categories and single commands. */
final class Subset {
    private Subset() {
    }

    /** The files with only the included commands (all of them when {@code include} is empty). */
    static List<SpecFile> select(List<SpecFile> files, List<String> include) {
        if (include.isEmpty()) {
            return files;
        }
        Set<String> wanted = lowerCase(include);
        List<SpecFile> selected = new ArrayList<>();
        for (SpecFile file : files) {
            boolean wholeCategory = wanted.contains(file.category().toLowerCase(Locale.ROOT));
            List<CommandSpec> commands = file.commands().stream()
                    .filter(command -> wholeCategory || wanted.contains(command.name().toLowerCase(Locale.ROOT)))
                    .toList();
            if (!commands.isEmpty()) {
                selected.add(new SpecFile(file.source(), file.category(), file.description(), commands));
            }
        }
        return selected;
    }

    /** The names in {@code include} that are neither a category nor a command (compared without case). */
    static Set<String> unknownNames(List<SpecFile> files, List<String> include) {
        Set<String> known = new java.util.HashSet<>();
        for (SpecFile file : files) {
            known.add(file.category().toLowerCase(Locale.ROOT));
            file.commands().forEach(command -> known.add(command.name().toLowerCase(Locale.ROOT)));
        }
        Set<String> unknown = new LinkedHashSet<>();
        include.stream().filter(name -> !known.contains(name.toLowerCase(Locale.ROOT))).forEach(unknown::add);
        return unknown;
    }

    static Set<String> categories(List<SpecFile> files) {
        Set<String> categories = new TreeSet<>();
        files.forEach(file -> categories.add(file.category()));
        return categories;
    }

    private static Set<String> lowerCase(List<String> names) {
        Set<String> lower = new java.util.HashSet<>();
        names.forEach(name -> lower.add(name.toLowerCase(Locale.ROOT)));
        return lower;
    }
}
