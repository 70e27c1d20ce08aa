package io.github.whmcs4j.processor.model;

import io.github.whmcs4j.spec.model.FieldSpec;

/**
 * A response field.
 *
 * @param spec the field as the spec gives it
 * @param component its record component
 * @param local the decoder's local that collects it
 */
public record FieldModel(FieldSpec spec, String component, String local) {
}
