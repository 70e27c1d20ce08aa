package io.github.whmcs4j.processor.model;

import com.palantir.javapoet.ClassName;
import io.github.whmcs4j.spec.model.FieldSpec;
import java.util.List;

/**
 * A response field.
 *
 * @param spec the field as the spec gives it
 * @param component its record component
 * @param local the decoder's local that collects it
 * @param enumType its enum, nested in its record, for a field with documented values; else {@code null}
 * @param enumValues the constants of its enum besides {@code UNKNOWN}, empty when it has none
 * @param enumAccessor the record method that returns the component as its enum, else {@code null}
 */
public record FieldModel(FieldSpec spec, String component, String local, ClassName enumType,
                         List<EnumValueModel> enumValues, String enumAccessor) {
    /** The constant of a response enum for a value it does not know. */
    public static final String UNKNOWN = "UNKNOWN";

    public FieldModel {
        enumValues = List.copyOf(enumValues);
    }
}
