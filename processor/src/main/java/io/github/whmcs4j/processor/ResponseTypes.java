package io.github.whmcs4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.whmcs4j.processor.model.CommandModel;
import io.github.whmcs4j.spec.model.ScalarType;
import io.github.whmcs4j.spec.model.Shape;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** The Java types of values: boxed scalars, the command's records, {@code List<T>}, {@code Map<String, T>}. */
final class ResponseTypes {
    private ResponseTypes() {
    }

    /** The Java type of a value of this shape in the command's response. */
    static TypeName typeOf(CommandModel command, Shape shape) {
        if (shape instanceof Shape.Scalar scalar) {
            return scalarType(scalar.type());
        } else if (shape instanceof Shape.ObjectShape object) {
            return command.recordOf(object).className();
        } else if (shape instanceof Shape.ListShape list) {
            return ParameterizedTypeName.get(ClassName.get(List.class), typeOf(command, list.item()));
        }
        return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                typeOf(command, ((Shape.MapShape) shape).value()));
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
}
