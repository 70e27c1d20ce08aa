package io.github.whmcs4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.spec.model.FieldSpec;
import io.github.whmcs4j.spec.model.ScalarType;
import io.github.whmcs4j.spec.model.Shape;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the decoder of a command's response: one static method per record that reads it straight
 * from the {@code ResponseReader}'s token stream, with no reflection and no intermediate tree.
 */
final class DecoderWriter {
    private static final Set<String> LOCALS_IN_USE = Set.of("in", "field", "unknown");

    private DecoderWriter() {
    }

    static TypeSpec write(CommandSpec command, ResponsePlan plan, ClassName decoderClass) {
        TypeName response = plan.root().className();
        TypeSpec.Builder decoder = TypeSpec.classBuilder(decoderClass)
                .addModifiers(Modifier.FINAL)
                .addAnnotation(RuntimeTypes.GENERATED_BY)
                .addJavadoc("Reads the response of {@code $L} from JSON or XML tokens.\n", command.name())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

        CodeBlock.Builder empty = CodeBlock.builder();
        for (FieldSpec field : plan.root().shape().fields()) {
            empty.add("$L, ", emptyValue(field.shape()));
        }
        decoder.addMethod(MethodSpec.methodBuilder("decode")
                .addModifiers(Modifier.STATIC)
                .addJavadoc("Reads a whole response; an empty body object gives a response with every field absent.\n")
                .returns(response)
                .addParameter(RuntimeTypes.RESPONSE_READER, "in")
                .addException(IOException.class)
                .addStatement("$T response = $L(in)", response, plan.root().readerMethod())
                .addStatement("return response != null ? response : new $T($L$T.of())", response, empty.build(), Map.class)
                .build());
        addReaders(decoder, plan.root(), plan, decoderClass);
        return decoder.build();
    }

    private static void addReaders(TypeSpec.Builder decoder, ResponsePlan.RecordType record, ResponsePlan plan,
                                   ClassName decoderClass) {
        decoder.addMethod(reader(record, plan, decoderClass));
        for (ResponsePlan.RecordType nested : record.nested()) {
            addReaders(decoder, nested, plan, decoderClass);
        }
    }

    private static MethodSpec reader(ResponsePlan.RecordType record, ResponsePlan plan, ClassName decoderClass) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(record.readerMethod())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(record.className())
                .addParameter(RuntimeTypes.RESPONSE_READER, "in")
                .addException(IOException.class)
                .beginControlFlow("if (!in.beginObject())")
                .addStatement("return null")
                .endControlFlow();
        List<FieldSpec> fields = record.shape().fields();
        for (FieldSpec field : fields) {
            method.addStatement("$T $L = null", localType(field.shape(), plan), local(field));
        }
        method.beginControlFlow("for (String field = in.nextField(); field != null; field = in.nextField())")
                .beginControlFlow("switch (field)");
        for (FieldSpec field : fields) {
            method.addStatement("case $S -> $L = $L", field.name(), local(field), read(field, plan, decoderClass));
        }
        method.addStatement("default -> in.keepUnknown(field)")
                .endControlFlow()
                .endControlFlow()
                .addStatement("$T unknown = in.endObject()", ResponseWriter.UNKNOWN_FIELDS_TYPE);
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (FieldSpec field : fields) {
            arguments.add("$L, ", finish(field));
        }
        method.addStatement("return new $T($Lunknown)", record.className(), arguments.build());
        return method.build();
    }

    /** The local that collects a field: lists and maps accumulate, so repeated XML elements add up. */
    private static TypeName localType(Shape shape, ResponsePlan plan) {
        if (shape instanceof Shape.ListShape list) {
            return ParameterizedTypeName.get(ClassName.get(ArrayList.class), plan.typeOf(list.item()));
        } else if (shape instanceof Shape.MapShape map) {
            return ParameterizedTypeName.get(ClassName.get(LinkedHashMap.class), ClassName.get(String.class),
                    plan.typeOf(map.value()));
        }
        return plan.typeOf(shape);
    }

    private static String local(FieldSpec field) {
        String name = ResponsePlan.componentName(field);
        return LOCALS_IN_USE.contains(name) ? name + "Value" : name;
    }

    private static CodeBlock read(FieldSpec field, ResponsePlan plan, ClassName decoderClass) {
        Shape shape = field.shape();
        if (shape instanceof Shape.ListShape list) {
            return CodeBlock.of("in.readList($L, $S, $L)", local(field), list.itemKey(),
                    valueReader(list.item(), field.name(), plan, decoderClass, 1));
        } else if (shape instanceof Shape.MapShape map) {
            return CodeBlock.of("in.readMap($L, $L)", local(field), valueReader(map.value(), field.name(), plan, decoderClass, 1));
        }
        if (shape instanceof Shape.Scalar scalar && scalar.type() == ScalarType.ANY) {
            return CodeBlock.of("in.readRaw($L)", local(field)); // repeated XML elements join into a list
        }
        if (field.plainText()) {
            return CodeBlock.of("in.readPlainText()");
        }
        return readValue(shape, field.name(), plan, "in", 0);
    }

    /** An expression that reads one value of the shape from {@code reader}, at lambda nesting {@code depth}. */
    private static CodeBlock readValue(Shape shape, String name, ResponsePlan plan, String reader, int depth) {
        if (shape instanceof Shape.ObjectShape object) {
            return CodeBlock.of("$L($L)", plan.recordOf(object).readerMethod(), reader);
        } else if (shape instanceof Shape.ListShape list) {
            return CodeBlock.of("$T.listOf($L.readList(null, $S, $L))", RuntimeTypes.RESPONSE_READER, reader,
                    list.itemKey(), valueReader(list.item(), name, plan, null, depth + 1));
        } else if (shape instanceof Shape.MapShape map) {
            return CodeBlock.of("$T.mapOf($L.readMap(null, $L))", RuntimeTypes.RESPONSE_READER, reader,
                    valueReader(map.value(), name, plan, null, depth + 1));
        }
        ScalarType type = ((Shape.Scalar) shape).type();
        return switch (type) {
            case STRING -> CodeBlock.of("$L.readString()", reader);
            case INT -> CodeBlock.of("$L.readInt()", reader);
            case LONG -> CodeBlock.of("$L.readLong()", reader);
            case DECIMAL -> CodeBlock.of("$L.readDecimal()", reader);
            case BOOL -> CodeBlock.of("$L.readBool()", reader);
            case DATE -> CodeBlock.of("$L.readDate($S)", reader, name);
            case DATETIME -> CodeBlock.of("$L.readDateTime($S)", reader, name);
            case ANY -> CodeBlock.of("$L.readRaw()", reader);
        };
    }

    /** A {@code ValueReader} for list items or map values: a method reference where one fits, else a lambda. */
    private static CodeBlock valueReader(Shape shape, String name, ResponsePlan plan, ClassName decoderClass, int depth) {
        if (shape instanceof Shape.ObjectShape object && decoderClass != null) {
            return CodeBlock.of("$T::$L", decoderClass, plan.recordOf(object).readerMethod());
        }
        if (shape instanceof Shape.Scalar scalar && scalar.type() != ScalarType.DATE && scalar.type() != ScalarType.DATETIME) {
            String method = readValue(shape, name, plan, "x", depth).toString();
            return CodeBlock.of("$T::$L", RuntimeTypes.RESPONSE_READER, method.substring(2, method.indexOf('(')));
        }
        String item = depth <= 1 ? "item" : "item" + depth; // nested lambdas may not reuse a name
        return CodeBlock.of("$L -> $L", item, readValue(shape, name, plan, item, depth));
    }

    /** The constructor argument for a field: accumulated lists and maps become unmodifiable. */
    private static CodeBlock finish(FieldSpec field) {
        if (field.shape() instanceof Shape.ListShape) {
            return CodeBlock.of("$T.listOf($L)", RuntimeTypes.RESPONSE_READER, local(field));
        } else if (field.shape() instanceof Shape.MapShape) {
            return CodeBlock.of("$T.mapOf($L)", RuntimeTypes.RESPONSE_READER, local(field));
        }
        return CodeBlock.of("$L", local(field));
    }

    private static CodeBlock emptyValue(Shape shape) {
        if (shape instanceof Shape.ListShape) {
            return CodeBlock.of("$T.of()", List.class);
        } else if (shape instanceof Shape.MapShape) {
            return CodeBlock.of("$T.of()", Map.class);
        }
        return CodeBlock.of("null");
    }
}
