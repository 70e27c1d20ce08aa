package io.github.whmcs4j.spec;

/**
 * The text of one spec file.
 *
 * @param name how the file is named in diagnostics (its resource path); {@code .json} selects JSON, anything else YAML
 * @param content the file's text
 */
public record SpecSource(String name, String content) {
}
