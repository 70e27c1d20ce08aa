package io.github.whmcs4j.spec.model;

/**
 * A place in a spec file, for diagnostics.
 *
 * @param file the spec file as it was named (a resource path)
 * @param line 1-based line
 * @param column 1-based column
 */
public record SourceLocation(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
