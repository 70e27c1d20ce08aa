package io.github.whmcs4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.whmcs4j.processor.model.EnumValueModel;
import io.github.whmcs4j.processor.model.FieldModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Writes an enum of documented wire values, for a request parameter or a response field. */
final class EnumWriter {
    private static final ClassName STRING = ClassName.get(String.class);

    private EnumWriter() {
    }

    /** A request parameter's enum: {@code fromWireValue} gives {@code null} for a value it does not know. */
    static TypeSpec forRequest(ClassName type, String wireName, List<EnumValueModel> values) {
        TypeSpec.Builder builder = common(type, "The values WHMCS accepts for " + Javadocs.code(wireName) + ".\n",
                values);
        builder.addMethod(fromWireValue(type, "null", "or {@code null} for {@code null} or a value it does not know"));
        return builder.build();
    }

    /**
     * A response field's enum, with an {@code UNKNOWN} constant for values a newer WHMCS may send, so
     * decoding never fails on one.
     */
    static TypeSpec forResponse(FieldModel field) {
        TypeSpec.Builder builder = common(field.enumType(), "The values WHMCS is documented to send in "
                + Javadocs.code(field.spec().name()) + ", and {@link #" + FieldModel.UNKNOWN
                + "} for any other.\n", field.enumValues());
        builder.addEnumConstant(FieldModel.UNKNOWN, TypeSpec.anonymousClassBuilder("null")
                .addJavadoc("A value this SDK does not know; the record keeps the value itself.\n").build());
        builder.addMethod(fromWireValue(field.enumType(), FieldModel.UNKNOWN,
                "{@link #" + FieldModel.UNKNOWN + "} for a value it does not know, or {@code null} for {@code null}"));
        return builder.build();
    }

    private static TypeSpec.Builder common(ClassName type, String doc, List<EnumValueModel> values) {
        TypeSpec.Builder builder = TypeSpec.enumBuilder(type)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(RuntimeTypes.WHMCS_ENUM)
                .addJavadoc("$L", doc)
                .addField(STRING, "wireValue", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(STRING, "wireValue")
                        .addStatement("this.wireValue = wireValue")
                        .build())
                .addMethod(MethodSpec.methodBuilder("wireValue")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(STRING)
                        .addStatement("return wireValue")
                        .build());
        for (EnumValueModel value : values) {
            builder.addEnumConstant(value.constant(), TypeSpec.anonymousClassBuilder("$S", value.wire())
                    .addJavadoc("$L\n", Javadocs.code(value.wire())).build());
        }
        return builder;
    }

    private static MethodSpec fromWireValue(ClassName type, String otherwise, String otherwiseDoc) {
        return MethodSpec.methodBuilder("fromWireValue")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("The constant WHMCS sends and reads as {@code wireValue}.\n\n@param wireValue the value as"
                        + " WHMCS sends it\n@return its constant, $L\n", otherwiseDoc)
                .returns(type)
                .addParameter(STRING, "wireValue")
                .beginControlFlow("if (wireValue == null)")
                .addStatement("return null")
                .endControlFlow()
                .beginControlFlow("for ($T constant : values())", type)
                .beginControlFlow("if (wireValue.equals(constant.wireValue))")
                .addStatement("return constant")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return $L", otherwise)
                .build();
    }
}
