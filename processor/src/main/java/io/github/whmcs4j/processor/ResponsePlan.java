package io.github.whmcs4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.whmcs4j.spec.model.FieldSpec;
import io.github.whmcs4j.spec.model.ScalarType;
import io.github.whmcs4j.spec.model.Shape;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names every record of one command's response (the response itself and a nested record for each
 * object, list item or map value with fields) and maps shapes to Java types. The response writer
 * and the decoder writer share one plan, so they always agree.
 */
final class ResponsePlan {
    /** One generated record: its shape, class, the decoder method that reads it, and its nested records. */
    record RecordType(Shape.ObjectShape shape, ClassName className, String readerMethod, List<RecordType> nested) {
    }

    private final Map<Shape.ObjectShape, RecordType> records = new IdentityHashMap<>();
    private final Set<String> readerMethods = new HashSet<>();
    private final RecordType root;

    ResponsePlan(Shape.ObjectShape response, ClassName responseClass) {
        this.root = plan(response, responseClass, "readResponse", new HashSet<>(Set.of(responseClass.simpleName())));
    }

    RecordType root() {
        return root;
    }

    RecordType recordOf(Shape.ObjectShape shape) {
        return records.get(shape);
    }

    /** The Java type of a value of this shape: boxed scalars, records, {@code List<T>}, {@code Map<String, T>}. */
    TypeName typeOf(Shape shape) {
        if (shape instanceof Shape.Scalar scalar) {
            return scalarType(scalar.type());
        } else if (shape instanceof Shape.ObjectShape object) {
            return records.get(object).className();
        } else if (shape instanceof Shape.ListShape list) {
            return ParameterizedTypeName.get(ClassName.get(List.class), typeOf(list.item()));
        }
        return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                typeOf(((Shape.MapShape) shape).value()));
    }

    static TypeName scalarType(ScalarType type) {
        return switch (type) {
            case STRING -> ClassName.get(String.class);
            case INT -> ClassName.get(Integer.class);
            case LONG -> ClassName.get(Long.class);
            case DECIMAL -> ClassName.get(BigDecimal.class);
            case BOOL -> ClassName.get(Boolean.class);
            case DATE -> ClassName.get(LocalDate.class);
            case DATETIME -> ClassName.get(LocalDateTime.class);
            case ANY -> ClassName.OBJECT;
        };
    }

    /** The record component name of a field. */
    static String componentName(FieldSpec field) {
        return JavaNames.member(field.javaName() != null ? field.javaName() : field.name());
    }

    private RecordType plan(Shape.ObjectShape shape, ClassName className, String readerMethod, Set<String> enclosing) {
        List<RecordType> nested = new ArrayList<>();
        Set<String> taken = new HashSet<>(enclosing);
        taken.add("Builder");
        for (FieldSpec field : shape.fields()) {
            collect(field.shape(), defaultName(field), className, enclosing, taken, nested);
        }
        RecordType record = new RecordType(shape, className, readerMethod, nested);
        records.put(shape, record);
        return record;
    }

    /** Finds the object shapes inside a field's shape and plans a nested record for each. */
    private void collect(Shape shape, String hint, ClassName owner, Set<String> enclosing, Set<String> taken,
                         List<RecordType> nested) {
        if (shape instanceof Shape.ObjectShape object) {
            String simpleName = unique(object.recordName() != null ? object.recordName() : hint, taken);
            taken.add(simpleName);
            ClassName className = owner.nestedClass(simpleName);
            Set<String> inner = new HashSet<>(enclosing);
            inner.add(simpleName);
            nested.add(plan(object, className, uniqueReader(readerName(className)), inner));
        } else if (shape instanceof Shape.ListShape list) {
            collect(list.item(), list.wrapped() ? JavaNames.type(list.itemKey()) : JavaNames.type(JavaNames.singular(hint)),
                    owner, enclosing, taken, nested);
        } else if (shape instanceof Shape.MapShape map) {
            collect(map.value(), hint, owner, enclosing, taken, nested);
        }
    }

    private static String defaultName(FieldSpec field) {
        return JavaNames.type(field.javaName() != null ? field.javaName() : field.name());
    }

    private static String unique(String name, Set<String> taken) {
        if (!taken.contains(name)) {
            return name;
        }
        String candidate = name + "Item";
        for (int i = 2; taken.contains(candidate); i++) {
            candidate = name + i;
        }
        return candidate;
    }

    /** {@code readClient} for {@code GetClientsResponse.Client}, {@code readClientUser} for {@code ...Client.User}. */
    private static String readerName(ClassName className) {
        List<String> names = className.simpleNames();
        return "read" + String.join("", names.subList(1, names.size()));
    }

    private String uniqueReader(String name) {
        String candidate = name;
        for (int i = 2; !readerMethods.add(candidate); i++) {
            candidate = name + i;
        }
        return candidate;
    }
}
