package io.github.whmcs4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.whmcs4j.processor.model.CommandModel;
import io.github.whmcs4j.processor.model.FieldModel;
import io.github.whmcs4j.processor.model.RecordModel;
import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.spec.model.FieldSpec;
import io.github.whmcs4j.spec.model.Shape;
import java.util.Map;
import javax.lang.model.element.Modifier;

/** Writes a command's response record, with a nested record for each object in it. */
final class ResponseWriter {
    static final String UNKNOWN_FIELDS = "unknownFields";
    static final TypeName UNKNOWN_FIELDS_TYPE =
            ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ClassName.OBJECT);

    private ResponseWriter() {
    }

    static TypeSpec write(CommandModel model) {
        CommandSpec command = model.spec();
        String doc = "The response of " + Javadocs.code(command.name()) + ": " + Javadocs.sentence(command.description())
                + "\n\n<p>Lists are never {@code null} (empty when WHMCS sent none); other values are {@code null} when"
                + " WHMCS left them out or empty. The envelope ({@code result}, {@code message}) is not part of"
                + " the record: an error response throws instead.\n";
        TypeSpec.Builder record = record(model.responseRecord(), model, doc, true);
        if (command.paginatedItems() != null) {
            addListPage(record, model);
        }
        return record.build();
    }

    /** A paginated command's response as the runtime's {@code ListPage} of its items. */
    private static void addListPage(TypeSpec.Builder record, CommandModel model) {
        FieldModel items = model.responseRecord().field(model.spec().paginatedItems());
        TypeName itemType = ResponseTypes.typeOf(model, ((Shape.ListShape) items.spec().shape()).item());
        record.addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.LIST_PAGE, itemType))
                .addMethod(MethodSpec.methodBuilder("pageItems")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("The items of this page: {@link #$L()}.\n", items.component())
                        .returns(ResponseTypes.typeOf(model, items.spec().shape()))
                        .addStatement("return $L", items.component())
                        .build());
    }

    private static TypeSpec.Builder record(RecordModel type, CommandModel model, String doc, boolean topLevel) {
        TypeSpec.Builder record = TypeSpec.recordBuilder(type.className())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L", doc);
        if (topLevel) {
            record.addAnnotation(RuntimeTypes.GENERATED_BY);
        }
        MethodSpec.Builder components = MethodSpec.constructorBuilder();
        StringBuilder params = new StringBuilder("\n");
        for (FieldModel field : type.fields()) {
            components.addParameter(ParameterSpec.builder(ResponseTypes.typeOf(model, field.spec().shape()),
                    field.component()).build());
            params.append("@param ").append(field.component()).append(' ').append(describe(field)).append('\n');
        }
        components.addParameter(UNKNOWN_FIELDS_TYPE, UNKNOWN_FIELDS);
        params.append("@param ").append(UNKNOWN_FIELDS)
                .append(" fields WHMCS sent that the spec does not describe, and the raw text of values that could"
                        + " not be typed (such as a date in an unknown format), as strings, booleans, lists and maps\n");
        record.addJavadoc("$L", params.toString());
        record.recordConstructor(components.build());
        if (type.shape().fields().stream().anyMatch(FieldSpec::sensitive)) {
            record.addMethod(redactedToString(type));
        }
        for (RecordModel nested : type.nested()) {
            record.addType(record(nested, model, nestedDoc(nested), false).build());
        }
        for (FieldModel field : type.fields()) {
            if (field.enumType() != null) {
                record.addMethod(enumAccessor(field)).addType(EnumWriter.forResponse(field));
            }
        }
        return record;
    }

    /** The field as its enum; the component keeps the string, so a value this SDK does not know is not lost. */
    private static MethodSpec enumAccessor(FieldModel field) {
        String enumName = field.enumType().simpleName();
        return MethodSpec.methodBuilder(field.enumAccessor())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("{@link #$L()} as {@link $L}.\n\n@return its constant, {@link $L#$L} for a value this SDK does"
                        + " not know (still in {@link #$L()}), or {@code null} when WHMCS sent none\n",
                        field.component(), enumName, enumName, FieldModel.UNKNOWN, field.component())
                .returns(field.enumType())
                .addStatement("return $T.fromWireValue($L)", field.enumType(), field.component())
                .build();
    }

    /** A {@code toString()} that shows secret fields as {@code ***}, for records that have any. */
    private static MethodSpec redactedToString(RecordModel type) {
        CodeBlock.Builder text = CodeBlock.builder().add("return new $T($S)", RuntimeTypes.REDACTED_TO_STRING,
                type.className().simpleName());
        for (FieldModel field : type.fields()) {
            text.add("\n.$L($S, $L)", field.spec().sensitive() ? "addSecret" : "add", field.component(),
                    field.component());
        }
        text.add("\n.add($S, $L)", UNKNOWN_FIELDS, UNKNOWN_FIELDS);
        return MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The fields that are set; secret ones show as {@code ***}.\n")
                .returns(String.class)
                .addStatement("$L\n.toString()", text.build())
                .build();
    }

    private static String describe(FieldModel model) {
        FieldSpec field = model.spec();
        String wire = Javadocs.code(field.name());
        String text = field.description() == null ? "the " + wire + " field." : Javadocs.sentence(field.description())
                + (!model.component().equals(field.name()) ? " (" + wire + " on the wire)" : "");
        if (field.shape() instanceof Shape.ListShape list && list.wrapped()) {
            text += " WHMCS wraps it as " + Javadocs.code(field.name() + "." + list.itemKey() + "[]") + ".";
        }
        if (model.enumType() != null) {
            text += " As an enum: {@link #" + model.enumAccessor() + "()}.";
        }
        if (field.sensitive()) {
            text += " Secret: {@code ***} in {@code toString()}.";
        }
        return field.unverified() ? text + Javadocs.UNVERIFIED_FIELD : text;
    }

    private static String nestedDoc(RecordModel nested) {
        return "One {@code " + nested.className().simpleName() + "} of {@link "
                + nested.className().enclosingClassName().simpleName() + "}.\n";
    }
}
