package io.github.whmcs4j.spec.model;

import java.util.List;

/** The shape of a response value: a scalar, an object, a list or a map keyed by data. */
public sealed interface Shape {
    /** The same shape with every field's location dropped, for comparing definitions. */
    static Shape withoutLocations(Shape shape) {
        if (shape instanceof ObjectShape object) {
            return new ObjectShape(object.fields().stream().map(field -> new FieldSpec(field.name(), field.javaName(),
                    withoutLocations(field.shape()), field.description(), field.sensitive(), field.plainText(),
                    field.unverified(), field.enumValues(), field.words(), null))
                    .toList(), object.recordName());
        } else if (shape instanceof ListShape list) {
            return new ListShape(list.itemKey(), withoutLocations(list.item()));
        } else if (shape instanceof MapShape map) {
            return new MapShape(withoutLocations(map.value()));
        }
        return shape;
    }

    /** A single value of a scalar type. */
    record Scalar(ScalarType type) implements Shape {
    }

    /**
     * An object with known fields; becomes a nested record.
     *
     * @param recordName the Java name of the record, or {@code null} to derive it from the field
     */
    record ObjectShape(List<FieldSpec> fields, String recordName) implements Shape {
        public ObjectShape {
            fields = List.copyOf(fields);
        }
    }

    /**
     * A list. WHMCS usually wraps lists: {@code {"clients":{"client":[…]}}}, item key {@code client};
     * newer commands send bare arrays ({@code itemKey == null}).
     */
    record ListShape(String itemKey, Shape item) implements Shape {
        public boolean wrapped() {
            return itemKey != null;
        }
    }

    /** An object keyed by data (TLDs, years, currency codes) whose values all have one shape. */
    record MapShape(Shape value) implements Shape {
    }
}
