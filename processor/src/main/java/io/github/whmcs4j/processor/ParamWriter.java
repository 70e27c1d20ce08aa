package io.github.whmcs4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.whmcs4j.processor.model.ParamModel;
import io.github.whmcs4j.spec.model.ParamSpec;
import io.github.whmcs4j.spec.model.ScalarType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Renders one request parameter: its field, accessor, builder field and setters, how it is copied
 * between request and builder, and how it goes on the wire. One subclass per parameter kind, chosen
 * once by {@link #of}; {@link RequestWriter} only loops over the parameters.
 */
abstract class ParamWriter {
    static final ClassName STRING = ClassName.get(String.class);
    static final TypeName SERIALIZED_MAP = ParameterizedTypeName.get(ClassName.get(Map.class), STRING,
            WildcardTypeName.subtypeOf(Object.class));

    final ParamModel model;
    final ParamSpec param;
    /** The field, accessor, builder field, setter and setter argument. */
    final String name;

    ParamWriter(ParamModel model) {
        this.model = model;
        this.param = model.spec();
        this.name = model.member();
    }

    static ParamWriter of(ParamModel model) {
        return switch (model.spec().kind()) {
            case SCALAR -> new ScalarParamWriter(model);
            case BASE64_JSON -> new Base64JsonParamWriter(model);
            case PHP_SERIALIZED -> new PhpSerializedParamWriter(model);
            case ARRAY -> new ArrayParamWriter(model);
            case PHP_SERIALIZED_ARRAY -> new PhpSerializedArrayParamWriter(model);
            case NUMBERED_GROUP -> new NumberedGroupParamWriter(model);
            case MAP -> new MapParamWriter(model);
        };
    }

    /** The request's field, and what the accessor returns. */
    abstract TypeName fieldType();

    /** The builder's field: one value ({@code null} when unset), or a list or map the setters fill. */
    abstract FieldSpec builderField();

    /** The value the request's constructor stores, from the builder's field. */
    abstract CodeBlock copyFromBuilder();

    /** The statement of {@code toBuilder()} that gives a new builder this request's value. */
    abstract CodeBlock copyToBuilder();

    /** Whether the parameter holds one value ({@code null} when unset) rather than a list or map (empty when unset). */
    abstract boolean oneValue();

    /** The builder's setters, adders and putters. */
    abstract List<MethodSpec> setters(ClassName builderClass);

    /** The statements of {@code writeParameters} that send it; members are read as {@code this.x}. */
    abstract CodeBlock write();

    /** How it goes on the wire, for its Javadoc; empty when plainly by its name. */
    String wireDoc() {
        return "";
    }

    /** Sends the value with one {@code FormWriter} method, under the wire name. */
    final CodeBlock send(String formMethod) {
        return CodeBlock.builder().addStatement("form.$L($S, this.$L)", formMethod, param.name(), name).build();
    }

    /** The condition of {@code build()} under which a required parameter is missing. */
    final String unset() {
        return oneValue() ? "this." + name + " == null" : "this." + name + ".isEmpty()";
    }

    /** Types nested in the request for it: its enum. */
    List<TypeSpec> nestedTypes() {
        return param.enumValues().isEmpty() ? List.of()
                : List.of(EnumWriter.forRequest(model.nestedType(), param.name(), model.enumValues()));
    }

    final MethodSpec accessor() {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(fieldType())
                .addJavadoc("$L", doc())
                .addJavadoc(oneValue()
                        ? "\n@return the value, or {@code null} when not set\n" : "\n@return the values, empty when not set\n")
                .addStatement("return $L", name);
        deprecate(method);
        return method.build();
    }

    /** Javadoc for the parameter's accessor and setters. */
    final String doc() {
        StringBuilder doc = new StringBuilder();
        doc.append(param.description() != null ? Javadocs.sentence(param.description())
                : "The " + Javadocs.code(param.name()) + " parameter.");
        if (!name.equals(param.name()) && param.description() != null) {
            doc.append(" Sent as ").append(Javadocs.code(param.name())).append('.');
        }
        if (param.required()) {
            doc.append(" Required.");
        }
        doc.append(wireDoc());
        if (!param.enumValues().isEmpty()) {
            doc.append(" One of: ").append(param.enumValues().stream().map(Javadocs::code)
                    .collect(Collectors.joining(", "))).append('.');
        }
        if (param.since() != null) {
            doc.append(" Since WHMCS ").append(Javadocs.escape(param.since())).append('.');
        }
        if (param.sensitive()) {
            doc.append(" Secret: redacted in logs and {@code toString()}.");
        }
        if (param.unverified()) {
            doc.append(Javadocs.UNVERIFIED_PARAM);
        }
        return doc.append('\n').toString();
    }

    final void deprecate(MethodSpec.Builder method) {
        if (param.isDeprecated()) {
            method.addAnnotation(Deprecated.class);
            method.addJavadoc("\n@deprecated $L\n", RequestWriter.deprecationText(param.deprecated()));
        }
    }

    /** A builder method taking one argument named as the parameter, running {@code body}, returning the builder. */
    final MethodSpec setter(ClassName builderClass, String methodName, TypeName type, CodeBlock body) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(methodName)
                .addModifiers(Modifier.PUBLIC)
                .returns(builderClass)
                .addParameter(type, name)
                .addJavadoc("$L", doc())
                .addJavadoc("\n@param $L the value\n@return this builder\n", name)
                .addCode(body.isEmpty() || body.toString().endsWith("\n") ? body : CodeBlock.of("$L;\n", body))
                .addStatement("return this");
        deprecate(method);
        return method.build();
    }

    /**
     * Builder methods named {@code methodName}: one taking the parameter's Java type (a primitive where
     * one fits) and, when the spec documents its values, one taking its enum.
     */
    final List<MethodSpec> typedAndEnum(ClassName builderClass, String methodName, CodeBlock typedBody,
                                        CodeBlock enumBody) {
        List<MethodSpec> methods = new ArrayList<>();
        methods.add(setter(builderClass, methodName, primitiveFor(param.type()), typedBody));
        if (!param.enumValues().isEmpty()) {
            methods.add(setter(builderClass, methodName, model.nestedType(), enumBody));
        }
        return methods;
    }

    /** A setter that replaces the collection's contents, one element at a time through the adder or putter. */
    final CodeBlock replaceAll(String adder) {
        return CodeBlock.builder().addStatement("this.$L.clear()", name).add("$L.forEach(this::$L)", name, adder).build();
    }

    /** Setters take primitives where they can, so {@code clientid(42)} compiles for a {@code long}. */
    static TypeName primitiveFor(ScalarType type) {
        return switch (type) {
            case INT -> TypeName.INT;
            case LONG -> TypeName.LONG;
            case BOOL -> TypeName.BOOLEAN;
            default -> ResponseTypes.scalarType(type);
        };
    }
}
