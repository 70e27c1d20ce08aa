package io.github.whmcs4j.processor.model;

import com.palantir.javapoet.ClassName;
import io.github.whmcs4j.spec.model.Shape;
import java.util.List;

/**
 * A response record: the response itself, or a nested one for an object in it.
 *
 * @param shape the object it holds
 * @param className its class
 * @param readerMethod the decoder method that reads it
 * @param fields its fields in spec order
 * @param nested the records nested in it
 */
public record RecordModel(Shape.ObjectShape shape, ClassName className, String readerMethod, List<FieldModel> fields,
                          List<RecordModel> nested) {
    public RecordModel {
        fields = List.copyOf(fields);
        nested = List.copyOf(nested);
    }

    /** The field sent as {@code wireName}, or {@code null}. */
    public FieldModel field(String wireName) {
        return fields.stream().filter(field -> field.spec().name().equals(wireName)).findFirst().orElse(null);
    }
}
