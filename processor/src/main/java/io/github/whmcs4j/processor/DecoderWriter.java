package io.github.whmcs4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.whmcs4j.processor.model.CommandModel;
import io.github.whmcs4j.processor.model.FieldModel;
import io.github.whmcs4j.processor.model.Names;
import io.github.whmcs4j.processor.model.RecordModel;
import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.spec.model.FieldSpec;
import io.github.whmcs4j.spec.model.ScalarType;
import io.github.whmcs4j.spec.model.Shape;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the decoder of a command's response: one static method per record that reads it straight
 * from the {@code ResponseReader}'s token stream, with no reflection and no intermediate tree. Each
 * record's fields are listed once, in spec order, as a {@code FieldNames} constant: the reader
 * identifies a field by its position there, expecting the fields in that order, and the method
 * switches on the position.
 */
final class DecoderWriter {
    private DecoderWriter() {
    }

    static TypeSpec write(CommandModel plan) {
        CommandSpec command = plan.spec();
        ClassName decoderClass = plan.decoder();
        RecordModel root = plan.responseRecord();
        TypeName response = root.className();
        TypeSpec.Builder decoder = TypeSpec.classBuilder(decoderClass)
                .addModifiers(Modifier.FINAL)
                .addAnnotation(RuntimeTypes.GENERATED_BY)
                .addJavadoc("Reads the response of $L from JSON or XML tokens.\n", Javadocs.code(command.name()))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

        CodeBlock.Builder empty = CodeBlock.builder();
        for (FieldSpec field : root.shape().fields()) {
            empty.add("$L, ", emptyValue(field.shape()));
        }
        MethodSpec.Builder decode = MethodSpec.methodBuilder("decode")
                .addModifiers(Modifier.STATIC)
                .addJavadoc("Reads a whole response; an empty body object gives a response with every field absent.\n")
                .returns(response)
                .addParameter(RuntimeTypes.RESPONSE_READER, "in")
                .addException(IOException.class);
        FieldSpec onlyList = onlyList(root.shape().fields());
        if (onlyList != null) {
            CodeBlock.Builder arguments = CodeBlock.builder();
            for (FieldSpec field : root.shape().fields()) {
                arguments.add("$L, ", field == onlyList ? readBareResponse(field, plan, decoderClass)
                        : emptyValue(field.shape()));
            }
            decode.beginControlFlow("if (in.atList())")
                    .addComment("a bare array for the whole response: the items of its only list")
                    .addStatement("return new $T($L$T.of())", response, arguments.build(), Map.class)
                    .endControlFlow();
        }
        decoder.addMethod(decode
                .addStatement("$T response = $L(in)", response, root.readerMethod())
                .addStatement("return response != null ? response : new $T($L$T.of())", response, empty.build(), Map.class)
                .build());
        Map<RecordModel, String> fieldNames = new IdentityHashMap<>();
        Set<String> taken = new HashSet<>();
        collectLocals(root, taken); // a local of that name would hide the constant
        addFieldNames(decoder, root, fieldNames, taken);
        addReaders(decoder, root, plan, decoderClass, fieldNames, true);
        return decoder.build();
    }

    /** The response's one list field when it has no other list or map, else {@code null}. */
    private static FieldSpec onlyList(List<FieldSpec> fields) {
        List<FieldSpec> collections = fields.stream()
                .filter(field -> field.shape() instanceof Shape.ListShape || field.shape() instanceof Shape.MapShape)
                .toList();
        return collections.size() == 1 && collections.get(0).shape() instanceof Shape.ListShape ? collections.get(0)
                : null;
    }

    /** A {@code FieldNames} constant for each record, named after its reader method ({@code readWidget}: {@code WIDGET_FIELDS}). */
    private static void addFieldNames(TypeSpec.Builder decoder, RecordModel record, Map<RecordModel, String> names,
                                      Set<String> taken) {
        String base = Names.constant(record.readerMethod().replaceFirst("^read", "")) + "_FIELDS";
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
            name = base + i;
        }
        names.put(record, name);
        CodeBlock.Builder wireNames = CodeBlock.builder();
        List<FieldModel> fields = record.fields();
        for (int i = 0; i < fields.size(); i++) {
            wireNames.add(i == 0 ? "$S" : ",$W$S", fields.get(i).spec().name());
        }
        decoder.addField(com.palantir.javapoet.FieldSpec.builder(RuntimeTypes.FIELD_NAMES, name, Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                .addJavadoc("The fields of {@code $L} in the order WHMCS sends them; a field's position is its case below.\n",
                        record.className().simpleName())
                .initializer("$T.of($L)", RuntimeTypes.FIELD_NAMES, wireNames.build())
                .build());
        for (RecordModel nested : record.nested()) {
            addFieldNames(decoder, nested, names, taken);
        }
    }

    private static void collectLocals(RecordModel record, Set<String> locals) {
        for (FieldModel field : record.fields()) {
            locals.add(field.local());
        }
        for (RecordModel nested : record.nested()) {
            collectLocals(nested, locals);
        }
    }

    private static void addReaders(TypeSpec.Builder decoder, RecordModel record, CommandModel plan,
                                   ClassName decoderClass, Map<RecordModel, String> fieldNames, boolean root) {
        decoder.addMethod(reader(record, plan, decoderClass, fieldNames.get(record), root));
        for (RecordModel nested : record.nested()) {
            addReaders(decoder, nested, plan, decoderClass, fieldNames, false);
        }
    }

    /**
     * The reader of a record. Nested records are read as the value of a field, {@code fieldName}, under
     * which a value that is not an object is kept.
     */
    private static MethodSpec reader(RecordModel record, CommandModel plan, ClassName decoderClass,
                                     String fieldNames, boolean root) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(record.readerMethod())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(record.className())
                .addParameter(RuntimeTypes.RESPONSE_READER, "in")
                .addException(IOException.class);
        if (root) {
            method.beginControlFlow("if (!in.beginObject($L))", fieldNames);
        } else {
            method.addParameter(String.class, "fieldName")
                    .beginControlFlow("if (!in.beginObject(fieldName, $L))", fieldNames);
        }
        method.addStatement("return null").endControlFlow();
        List<FieldModel> fields = record.fields();
        for (FieldModel field : fields) {
            method.addStatement("$T $L = null", localType(field.spec().shape(), plan), field.local());
        }
        method.beginControlFlow("for (int field = in.nextField($L); field != $T.END_OF_OBJECT; field = in.nextField($L))",
                        fieldNames, RuntimeTypes.RESPONSE_READER, fieldNames)
                .beginControlFlow("switch (field)");
        for (int i = 0; i < fields.size(); i++) {
            FieldModel field = fields.get(i);
            method.addStatement("case $L -> $L = $L", i, field.local(), read(field, plan, decoderClass));
        }
        method.addStatement("default -> in.keepUnknown()")
                .endControlFlow()
                .endControlFlow()
                .addStatement("$T unknown = in.endObject()", ResponseWriter.UNKNOWN_FIELDS_TYPE);
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (FieldModel field : fields) {
            arguments.add("$L, ", finish(field));
        }
        method.addStatement("return new $T($Lunknown)", record.className(), arguments.build());
        return method.build();
    }

    /** The local that collects a field: lists and maps accumulate, so repeated XML elements add up. */
    private static TypeName localType(Shape shape, CommandModel plan) {
        if (shape instanceof Shape.ListShape list) {
            return ParameterizedTypeName.get(ClassName.get(ArrayList.class), ResponseTypes.typeOf(plan, list.item()));
        } else if (shape instanceof Shape.MapShape map) {
            return ParameterizedTypeName.get(ClassName.get(LinkedHashMap.class), ClassName.get(String.class),
                    ResponseTypes.typeOf(plan, map.value()));
        }
        return ResponseTypes.typeOf(plan, shape);
    }

    /** The statement's right-hand side that reads a field's value into its local. */
    private static CodeBlock read(FieldModel model, CommandModel plan, ClassName decoderClass) {
        FieldSpec field = model.spec();
        String local = model.local();
        Shape shape = field.shape();
        if (shape instanceof Shape.ListShape list) {
            return CodeBlock.of("in.readList($L, $S, $S, $L)", local, field.name(), list.itemKey(),
                    itemReader(list.item(), field.sensitive(), plan, decoderClass, 1));
        } else if (shape instanceof Shape.MapShape map) {
            return CodeBlock.of("in.readMap($L, $S, $L)", local, field.name(),
                    itemReader(map.value(), field.sensitive(), plan, decoderClass, 1));
        }
        if (shape instanceof Shape.Scalar scalar && scalar.type() == ScalarType.ANY) {
            return CodeBlock.of("in.readRaw($L)", local); // repeated XML elements join into a list
        }
        if (field.sensitive()) { // never kept raw nor shown when it does not fit
            return CodeBlock.of("in.readSecret($S, $L, $L)", field.name(), local,
                    itemReader(shape, false, plan, decoderClass, 1));
        }
        if (shape instanceof Shape.ObjectShape object) {
            return CodeBlock.of("$L(in, $S)", plan.recordOf(object).readerMethod(), field.name());
        }
        // A field sent twice (a repeated XML element) keeps its first value; firstOf keeps them all raw.
        return CodeBlock.of("in.firstOf($S, $L, $L)", field.name(), local, readScalar(field, (Shape.Scalar) shape));
    }

    private static CodeBlock readScalar(FieldSpec field, Shape.Scalar scalar) {
        String method = field.plainText() && scalar.type() == ScalarType.STRING ? "readPlainText"
                : scalarReader(scalar.type());
        return CodeBlock.of("in.$L($S)", method, field.name());
    }

    /** The {@code ResponseReader} method that reads a scalar of the type, given the field's name. */
    private static String scalarReader(ScalarType type) {
        return switch (type) {
            case STRING -> "readString";
            case INT -> "readInt";
            case LONG -> "readLong";
            case DECIMAL -> "readDecimal";
            case BOOL -> "readBool";
            case DATE -> "readDate";
            case DATETIME -> "readDateTime";
            case ANY -> throw new IllegalArgumentException("raw values are read by readRaw");
        };
    }

    /** Reads a bare array, the whole response, as the items of the list field. */
    private static CodeBlock readBareResponse(FieldSpec field, CommandModel plan, ClassName decoderClass) {
        Shape.ListShape list = (Shape.ListShape) field.shape();
        return CodeBlock.of("$T.listOf(in.readList(null, $S, $S, $L))", RuntimeTypes.RESPONSE_READER, field.name(),
                list.itemKey(), itemReader(list.item(), field.sensitive(), plan, decoderClass, 1));
    }

    /**
     * An {@code ItemReader} for list items or map values, at lambda nesting {@code depth}: a method
     * reference where one fits, else a lambda of the reader and the list's field name.
     */
    private static CodeBlock itemReader(Shape shape, boolean sensitive, CommandModel plan, ClassName decoderClass,
                                        int depth) {
        String item = depth <= 1 ? "item" : "item" + depth; // nested lambdas may not reuse a name
        String list = depth <= 1 ? "listField" : "listField" + depth;
        if (sensitive) {
            return CodeBlock.of("($L, $L) -> $L.readSecret($L, null, $L)", item, list, item, list,
                    itemReader(shape, false, plan, decoderClass, depth + 1));
        }
        if (shape instanceof Shape.ObjectShape object) {
            return CodeBlock.of("$T::$L", decoderClass, plan.recordOf(object).readerMethod());
        } else if (shape instanceof Shape.ListShape inner) {
            return CodeBlock.of("($L, $L) -> $T.listOf($L.readList(null, $L, $S, $L))", item, list,
                    RuntimeTypes.RESPONSE_READER, item, list, inner.itemKey(),
                    itemReader(inner.item(), false, plan, decoderClass, depth + 1));
        } else if (shape instanceof Shape.MapShape map) {
            return CodeBlock.of("($L, $L) -> $T.mapOf($L.readMap(null, $L, $L))", item, list,
                    RuntimeTypes.RESPONSE_READER, item, list, itemReader(map.value(), false, plan, decoderClass, depth + 1));
        }
        ScalarType type = ((Shape.Scalar) shape).type();
        if (type == ScalarType.ANY) {
            return CodeBlock.of("($L, $L) -> $L.readRaw()", item, list, item);
        }
        return CodeBlock.of("$T::$L", RuntimeTypes.RESPONSE_READER, scalarReader(type));
    }

    /** The constructor argument for a field: accumulated lists and maps become unmodifiable. */
    private static CodeBlock finish(FieldModel field) {
        if (field.spec().shape() instanceof Shape.ListShape) {
            return CodeBlock.of("$T.listOf($L)", RuntimeTypes.RESPONSE_READER, field.local());
        } else if (field.spec().shape() instanceof Shape.MapShape) {
            return CodeBlock.of("$T.mapOf($L)", RuntimeTypes.RESPONSE_READER, field.local());
        }
        return CodeBlock.of("$L", field.local());
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
