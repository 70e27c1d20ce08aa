package io.github.whmcs4j.spec;

import io.github.whmcs4j.spec.model.SourceLocation;

/**
 * A problem found in a spec, with where it is.
 *
 * @param location the file, line and column
 * @param diagnostic what kind of problem
 * @param message the full sentence
 */
public record SpecProblem(SourceLocation location, Diagnostic diagnostic, String message) {
    static SpecProblem at(SourceLocation location, Diagnostic diagnostic, Object... arguments) {
        return new SpecProblem(location, diagnostic, diagnostic.format(arguments));
    }

    /** {@code file:line:column: message [code]}, the form compilers print. */
    @Override
    public String toString() {
        return location + ": " + message + " [" + diagnostic.code() + "]";
    }
}
