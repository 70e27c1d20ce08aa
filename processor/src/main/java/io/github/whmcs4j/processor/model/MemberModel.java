package io.github.whmcs4j.processor.model;

import io.github.whmcs4j.spec.model.ParamSpec;

/**
 * A member of a numbered group's element.
 *
 * @param spec the member as the spec gives it
 * @param component its record component, and the adder's argument
 */
public record MemberModel(ParamSpec spec, String component) {
}
