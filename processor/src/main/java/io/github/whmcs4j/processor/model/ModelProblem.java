package io.github.whmcs4j.processor.model;

import io.github.whmcs4j.spec.model.SourceLocation;

/**
 * Two names from the specs that would become one Java name where no escape makes sense (public
 * classes, facades): reported as a compile error naming both places.
 *
 * @param location where the second name is declared
 * @param message what collides with what, and how to fix it
 */
public record ModelProblem(SourceLocation location, String message) {
    @Override
    public String toString() {
        return (location == null ? "" : location + ": ") + message;
    }
}
