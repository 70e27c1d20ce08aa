package io.github.whmcs4j.cli.drift;

import io.github.whmcs4j.spec.model.ScalarType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one command's answers showed, gathered over all its calls and keyed by path (list indices
 * written {@code []}, so that the same field in every row is one finding).
 */
final class Findings {
    /**
     * A field the spec does not describe.
     *
     * @param path where it was, such as {@code clients.client[].phonenumberformatted}
     * @param specPath the keys under the command's {@code response} where the spec would describe it
     * @param sample the first value seen
     * @param inferred its shape as a spec fragment: a type name, or a mapping for objects and lists
     */
    record Unknown(String path, List<String> specPath, Object sample, Object inferred) {
    }

    /**
     * A value that does not fit the spec's type.
     *
     * @param path where it was
     * @param specPath the keys of its field under {@code response}
     * @param type the spec's type
     * @param sample the value as sent
     * @param proposed the type that fits every value seen
     */
    record Mismatch(String path, List<String> specPath, ScalarType type, String sample, ScalarType proposed) {
    }

    final String command;
    final Map<String, Unknown> unknown = new LinkedHashMap<>();
    final Map<String, Mismatch> mismatches = new LinkedHashMap<>();
    final Map<String, Set<String>> listForms = new LinkedHashMap<>();
    final Map<String, Set<String>> emptyForms = new LinkedHashMap<>();
    final List<String> failures = new ArrayList<>();
    int calls;

    Findings(String command) {
        this.command = command;
    }

    boolean drifted() {
        return !unknown.isEmpty() || !mismatches.isEmpty();
    }

    void unknown(String path, List<String> specPath, Object sample, Object inferred) {
        unknown.merge(path, new Unknown(path, specPath, sample, inferred), (first, next) -> new Unknown(path,
                specPath, first.sample(), Inference.widen(first.inferred(), next.inferred())));
    }

    void mismatch(String path, List<String> specPath, ScalarType type, String sample, ScalarType proposed) {
        mismatches.merge(path, new Mismatch(path, specPath, type, sample, proposed), (first, next) -> new Mismatch(path,
                specPath, type, first.sample(), Inference.widen(first.proposed(), next.proposed())));
    }

    void listForm(String path, String form) {
        listForms.computeIfAbsent(path, key -> new LinkedHashSet<>()).add(form);
    }

    void emptyForm(String path, String form) {
        emptyForms.computeIfAbsent(path, key -> new LinkedHashSet<>()).add(form);
    }
}
