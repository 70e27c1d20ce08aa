package io.github.whmcs4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.whmcs4j.processor.model.CommandModel;
import io.github.whmcs4j.processor.model.ParamModel;
import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.spec.model.ParamEncoding;
import io.github.whmcs4j.spec.model.ParamKind;
import io.github.whmcs4j.spec.model.ParamSpec;
import io.github.whmcs4j.spec.model.ScalarType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes a command's request: an immutable class with typed accessors, a builder with a setter per
 * parameter (and adders for arrays, putters for maps), {@code build()} that names every missing
 * required parameter, and the wire encoding of each parameter.
 */
final class RequestWriter {
    private static final ClassName STRING = ClassName.get(String.class);
    private static final TypeName SERIALIZED_MAP = ParameterizedTypeName.get(ClassName.get(Map.class), STRING,
            WildcardTypeName.subtypeOf(Object.class));

    private RequestWriter() {
    }

    static TypeSpec write(CommandModel commandModel) {
        CommandSpec command = commandModel.spec();
        ClassName requestClass = commandModel.request();
        ClassName responseClass = commandModel.response();
        ClassName builderClass = commandModel.builder();
        List<ParamModel> params = commandModel.params();

        TypeSpec.Builder request = TypeSpec.classBuilder(requestClass)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(RuntimeTypes.GENERATED_BY)
                .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.API_REQUEST, responseClass))
                .addJavadoc("$L", classDoc(command));
        if (command.isDeprecated()) {
            request.addAnnotation(Deprecated.class);
        }
        request.addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.COMMAND, responseClass), "COMMAND",
                        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("What the runtime knows of $L: action, retry safety, envelope, secrets, decoder.\n",
                        Javadocs.code(command.name()))
                .initializer("new $T<>($S,$W$L,$W$T.$L,$W$L,$W$T::decode)", RuntimeTypes.COMMAND, command.name(),
                        command.readOnly(), RuntimeTypes.ENVELOPE, command.envelope().toUpperCase(java.util.Locale.ROOT),
                        sensitiveSet(command.params()), commandModel.decoder())
                .build());

        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(builderClass, "builder");
        TypeSpec.Builder builder = TypeSpec.classBuilder(builderClass)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds a {@link $T}. Not thread-safe; {@code build()} may be called more than once.\n",
                        requestClass)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

        for (ParamModel model : params) {
            ParamSpec param = model.spec();
            String name = model.member();
            TypeName type = fieldType(model);
            request.addField(type, name, Modifier.PRIVATE, Modifier.FINAL);
            constructor.addStatement("this.$L = $L", name, copyFromBuilder(model));
            request.addMethod(accessor(model));
            FieldSpec.Builder builderField = FieldSpec.builder(builderFieldType(model), name,
                    Modifier.PRIVATE);
            if (!isSingleValue(param)) {
                builderField.addModifiers(Modifier.FINAL).initializer("new $T<>()",
                        param.kind() == ParamKind.MAP ? LinkedHashMap.class : ArrayList.class);
            }
            builder.addField(builderField.build());
            setters(model, builderClass).forEach(builder::addMethod);
            if (!param.enumValues().isEmpty()) {
                request.addType(EnumWriter.forRequest(model.nestedType(), model.spec().name(), model.enumValues()));
            }
            if (param.kind() == ParamKind.NUMBERED_GROUP) {
                request.addType(NumberedGroupWriter.elementRecord(model));
            }
        }
        builder.addMethod(build(command, params, requestClass));
        request.addMethod(constructor.build());
        request.addMethod(MethodSpec.methodBuilder("builder")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("A new builder with no parameters set.\n\n@return the builder\n")
                .returns(builderClass)
                .addStatement("return new $T()", builderClass)
                .build());
        request.addMethod(toBuilder(params, builderClass));
        request.addMethod(MethodSpec.methodBuilder("command")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(RuntimeTypes.COMMAND, responseClass))
                .addStatement("return COMMAND")
                .build());
        request.addMethod(writeParameters(params));
        request.addMethod(equalsMethod(params, requestClass));
        request.addMethod(hashCodeMethod(params));
        request.addMethod(toStringMethod(params, requestClass));
        request.addType(builder.build());
        return request.build();
    }

    private static String classDoc(CommandSpec command) {
        StringBuilder doc = new StringBuilder("A request for ").append(Javadocs.code(command.name())).append(": ")
                .append(Javadocs.sentence(command.description())).append("\n\n<p>");
        doc.append(command.readOnly() ? "Read-only: safe to retry." : "Changes data in WHMCS: never sent twice by the SDK.");
        if (command.paginatedItems() != null) {
            doc.append(" Paginated over ").append(Javadocs.code(command.paginatedItems()))
                    .append(" with {@code limitstart} and {@code limitnum}.");
        }
        if (command.since() != null) {
            doc.append(" Since WHMCS ").append(Javadocs.escape(command.since())).append('.');
        }
        doc.append('\n');
        if (command.isDeprecated()) {
            doc.append("\n@deprecated ").append(deprecationText(command.deprecated())).append('\n');
        }
        return doc.toString();
    }

    static String deprecationText(String version) {
        return version.isEmpty() ? "deprecated by WHMCS." : "deprecated by WHMCS " + Javadocs.escape(version) + ".";
    }

    private static CodeBlock sensitiveSet(List<ParamSpec> params) {
        List<CodeBlock> names = params.stream().filter(ParamSpec::sensitive)
                .map(param -> CodeBlock.of("$S", param.name())).toList();
        return CodeBlock.of("$T.of($L)", Set.class, CodeBlock.join(names, ", "));
    }

    /** Whether the parameter holds one value ({@code null} when unset) rather than a list or map (empty when unset). */
    private static boolean isSingleValue(ParamSpec param) {
        return param.kind() == ParamKind.SCALAR || param.kind() == ParamKind.PHP_SERIALIZED
                || param.kind() == ParamKind.BASE64_JSON;
    }

    /** The type of one value: the element type of arrays and maps. */
    private static TypeName valueType(ParamSpec param) {
        return switch (param.kind()) {
            case PHP_SERIALIZED, PHP_SERIALIZED_ARRAY -> SERIALIZED_MAP;
            case BASE64_JSON -> ClassName.OBJECT;
            default -> ResponseTypes.scalarType(param.type());
        };
    }

    /** The type of one value, with a numbered group's element record, which lives in the request class. */
    private static TypeName valueType(ParamModel model) {
        return model.spec().kind() == ParamKind.NUMBERED_GROUP ? model.nestedType() : valueType(model.spec());
    }

    private static TypeName fieldType(ParamModel model) {
        ParamSpec param = model.spec();
        return switch (param.kind()) {
            case SCALAR, PHP_SERIALIZED, BASE64_JSON -> valueType(param);
            case ARRAY, PHP_SERIALIZED_ARRAY, NUMBERED_GROUP ->
                    ParameterizedTypeName.get(ClassName.get(List.class), valueType(model));
            case MAP -> ParameterizedTypeName.get(ClassName.get(Map.class), STRING, valueType(param));
        };
    }

    private static TypeName builderFieldType(ParamModel model) {
        ParamSpec param = model.spec();
        return switch (param.kind()) {
            case SCALAR, PHP_SERIALIZED, BASE64_JSON -> valueType(param);
            case ARRAY, PHP_SERIALIZED_ARRAY, NUMBERED_GROUP ->
                    ParameterizedTypeName.get(ClassName.get(ArrayList.class), valueType(model));
            case MAP -> ParameterizedTypeName.get(ClassName.get(LinkedHashMap.class), STRING, valueType(param));
        };
    }

    private static CodeBlock copyFromBuilder(ParamModel model) {
        ParamSpec param = model.spec();
        String name = model.member();
        return switch (param.kind()) {
            case SCALAR, BASE64_JSON -> CodeBlock.of("builder.$L", name);
            case PHP_SERIALIZED -> CodeBlock.of("builder.$L == null ? null : $T.unmodifiableMap(new $T<>(builder.$L))",
                    name, java.util.Collections.class, LinkedHashMap.class, name);
            case ARRAY, PHP_SERIALIZED_ARRAY, NUMBERED_GROUP -> CodeBlock.of("$T.copyOf(builder.$L)", List.class, name);
            case MAP -> CodeBlock.of("$T.unmodifiableMap(new $T<>(builder.$L))", java.util.Collections.class,
                    LinkedHashMap.class, name);
        };
    }

    /** Javadoc for a parameter's accessor and setters. */
    private static String paramDoc(ParamModel model) {
        ParamSpec param = model.spec();
        StringBuilder doc = new StringBuilder();
        doc.append(param.description() != null ? Javadocs.sentence(param.description())
                : "The " + Javadocs.code(param.name()) + " parameter.");
        if (!model.member().equals(param.name()) && param.description() != null) {
            doc.append(" Sent as ").append(Javadocs.code(param.name())).append('.');
        }
        if (param.required()) {
            doc.append(" Required.");
        }
        switch (param.kind()) {
            case ARRAY -> doc.append(param.encoding() == ParamEncoding.CSV ? " Sent as one comma-separated value."
                    : " Sent as " + Javadocs.code(param.name() + "[0]") + ", {@code [1]}, ….");
            case MAP -> doc.append(" Sent as ").append(Javadocs.code(param.name() + "[key]")).append('.');
            case PHP_SERIALIZED -> doc.append(" Sent as base64 of PHP {@code serialize()} of the map.");
            case PHP_SERIALIZED_ARRAY -> doc.append(" Each map is sent as base64 of PHP {@code serialize()}.");
            case BASE64_JSON -> doc.append(" Sent as base64 of its JSON text: maps, lists, strings, numbers and booleans.");
            case NUMBERED_GROUP -> doc.append(NumberedGroupWriter.wireDoc(param));
            default -> {
                if (param.encoding() == ParamEncoding.PRESENCE) {
                    doc.append(" Only true is sent (as {@code 1}); false leaves it out, so WHMCS keeps its default or"
                            + " the current value.");
                }
            }
        }
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

    private static void deprecate(MethodSpec.Builder method, ParamSpec param) {
        if (param.isDeprecated()) {
            method.addAnnotation(Deprecated.class);
            method.addJavadoc("\n@deprecated $L\n", deprecationText(param.deprecated()));
        }
    }

    private static MethodSpec accessor(ParamModel model) {
        ParamSpec param = model.spec();
        MethodSpec.Builder method = MethodSpec.methodBuilder(model.member())
                .addModifiers(Modifier.PUBLIC)
                .returns(fieldType(model))
                .addJavadoc("$L", paramDoc(model))
                .addJavadoc(isSingleValue(param)
                        ? "\n@return the value, or {@code null} when not set\n" : "\n@return the values, empty when not set\n")
                .addStatement("return $L", model.member());
        deprecate(method, param);
        return method.build();
    }

    private static List<MethodSpec> setters(ParamModel model, ClassName builderClass) {
        ParamSpec param = model.spec();
        String name = model.member();
        List<MethodSpec> methods = new ArrayList<>();
        switch (param.kind()) {
            case SCALAR -> {
                TypeName setterType = primitiveFor(param.type());
                methods.add(setter(model, builderClass, name, setterType, CodeBlock.of("this.$L = $L", name, name)));
                if (!param.enumValues().isEmpty()) {
                    methods.add(setter(model, builderClass, name, model.nestedType(),
                            CodeBlock.of("this.$L = $L == null ? null : $L.wireValue()", name, name, name)));
                }
            }
            case BASE64_JSON -> methods.add(setter(model, builderClass, name, ClassName.OBJECT,
                    CodeBlock.of("this.$L = $L", name, name)));
            case PHP_SERIALIZED -> {
                methods.add(setter(model, builderClass, name, SERIALIZED_MAP, CodeBlock.of(
                        "this.$L = $L == null ? null : new $T<>($L)", name, name, LinkedHashMap.class, name)));
            }
            case ARRAY, PHP_SERIALIZED_ARRAY -> {
                TypeName element = param.kind() == ParamKind.ARRAY ? ResponseTypes.scalarType(param.type()) : SERIALIZED_MAP;
                TypeName collection = ParameterizedTypeName.get(ClassName.get(Collection.class),
                        WildcardTypeName.subtypeOf(element));
                methods.add(setter(model, builderClass, name, collection, replaceAll(name, model.adder())));
                TypeName single = param.kind() == ParamKind.ARRAY ? primitiveFor(param.type()) : SERIALIZED_MAP;
                CodeBlock added = param.kind() == ParamKind.ARRAY
                        ? CodeBlock.of("$T.requireNonNull($L, $S)", Objects.class, name, name)
                        : CodeBlock.of("$T.unmodifiableMap(new $T<>($L))", java.util.Collections.class,
                                LinkedHashMap.class, name);
                methods.add(setter(model, builderClass, model.adder(), single,
                        CodeBlock.of("this.$L.add($L)", name, added)));
                if (!param.enumValues().isEmpty()) {
                    methods.add(setter(model, builderClass, model.adder(), model.nestedType(),
                            CodeBlock.of("this.$L.add($L.wireValue())", name, name)));
                }
            }
            case NUMBERED_GROUP -> {
                ClassName element = model.nestedType();
                String adder = model.adder();
                methods.add(setter(model, builderClass, name, ParameterizedTypeName.get(ClassName.get(Collection.class),
                        WildcardTypeName.subtypeOf(element)), replaceAll(name, adder)));
                methods.add(setter(model, builderClass, adder, element,
                        CodeBlock.of("this.$L.add($T.requireNonNull($L, $S))", name, Objects.class, name, name)));
                methods.add(NumberedGroupWriter.adderFromMembers(model, builderClass, paramDoc(model)));
            }
            case MAP -> {
                TypeName value = ResponseTypes.scalarType(param.type());
                TypeName map = ParameterizedTypeName.get(ClassName.get(Map.class), STRING, WildcardTypeName.subtypeOf(value));
                methods.add(setter(model, builderClass, name, map, replaceAll(name, model.putter())));
                MethodSpec.Builder put = MethodSpec.methodBuilder(model.putter())
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builderClass)
                        .addParameter(STRING, "key")
                        .addParameter(primitiveFor(param.type()), "value")
                        .addJavadoc("$L", paramDoc(model))
                        .addJavadoc("\n@param key the key in brackets\n@param value its value\n@return this builder\n")
                        .addStatement("this.$L.put($T.requireNonNull(key, $S), $T.requireNonNull(value, $S))",
                                name, Objects.class, "key", Objects.class, "value")
                        .addStatement("return this");
                deprecate(put, param);
                methods.add(put.build());
            }
        }
        return methods;
    }

    /** A setter that replaces the collection's contents, one element at a time through the adder or putter. */
    private static CodeBlock replaceAll(String name, String adder) {
        return CodeBlock.builder().addStatement("this.$L.clear()", name).add("$L.forEach(this::$L)", name, adder).build();
    }

    private static MethodSpec setter(ParamModel model, ClassName builderClass, String methodName, TypeName type,
                                     CodeBlock body) {
        ParamSpec param = model.spec();
        String argument = model.member();
        MethodSpec.Builder method = MethodSpec.methodBuilder(methodName)
                .addModifiers(Modifier.PUBLIC)
                .returns(builderClass)
                .addParameter(type, argument)
                .addJavadoc("$L", paramDoc(model))
                .addJavadoc("\n@param $L the value\n@return this builder\n", argument)
                .addCode(body.isEmpty() || body.toString().endsWith("\n") ? body : CodeBlock.of("$L;\n", body))
                .addStatement("return this");
        deprecate(method, param);
        return method.build();
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

    private static MethodSpec build(CommandSpec command, List<ParamModel> params, ClassName requestClass) {
        MethodSpec.Builder build = MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(requestClass)
                .addJavadoc("Builds the request.\n\n@return the request\n@throws $T naming every required parameter"
                        + " that is not set\n", RuntimeTypes.INVALID_REQUEST);
        List<ParamModel> required = params.stream().filter(param -> param.spec().required()).toList();
        if (!required.isEmpty()) {
            build.addStatement("$T<$T> missing = new $T<>()", List.class, String.class, ArrayList.class);
            for (ParamModel param : required) {
                String condition = isSingleValue(param.spec())
                        ? "this." + param.member() + " == null" : "this." + param.member() + ".isEmpty()";
                build.beginControlFlow("if ($L)", condition)
                        .addStatement("missing.add($S)", param.spec().name())
                        .endControlFlow();
            }
            build.addStatement("$T.requireAll($S, missing)", RuntimeTypes.INVALID_REQUEST, command.name());
        }
        return build.addStatement("return new $T(this)", requestClass).build();
    }

    private static MethodSpec toBuilder(List<ParamModel> params, ClassName builderClass) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("toBuilder")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("A builder holding this request's parameters, to derive a changed copy.\n\n@return a new builder\n")
                .returns(builderClass)
                .addStatement("$T builder = new $T()", builderClass, builderClass);
        for (ParamModel param : params) {
            String name = param.member();
            switch (param.spec().kind()) {
                case SCALAR, BASE64_JSON -> method.addStatement("builder.$L = this.$L", name, name);
                case PHP_SERIALIZED -> method.addStatement("builder.$L = this.$L == null ? null : new $T<>(this.$L)",
                        name, name, LinkedHashMap.class, name);
                case ARRAY, PHP_SERIALIZED_ARRAY, NUMBERED_GROUP ->
                        method.addStatement("builder.$L.addAll(this.$L)", name, name);
                case MAP -> method.addStatement("builder.$L.putAll(this.$L)", name, name);
            }
        }
        return method.addStatement("return builder").build();
    }

    /** Members are read as {@code this.x}, so a parameter called {@code form} is not the writer. */
    private static MethodSpec writeParameters(List<ParamModel> params) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("writeParameters")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(RuntimeTypes.FORM_WRITER, "form");
        for (ParamModel model : params) {
            ParamSpec param = model.spec();
            if (param.kind() == ParamKind.NUMBERED_GROUP) {
                method.addCode(NumberedGroupWriter.write(model));
                continue;
            }
            String writer = switch (param.kind()) {
                case SCALAR -> param.encoding() == ParamEncoding.PRESENCE ? "addPresenceFlag" : "add";
                case ARRAY -> param.encoding() == ParamEncoding.CSV ? "addCommaSeparated" : "addArray";
                case MAP -> "addMap";
                case PHP_SERIALIZED -> "addPhpSerialized";
                case PHP_SERIALIZED_ARRAY -> "addPhpSerializedArray";
                case BASE64_JSON -> "addBase64Json";
                case NUMBERED_GROUP -> throw new IllegalStateException("written above");
            };
            method.addStatement("form.$L($S, this.$L)", writer, param.name(), model.member());
        }
        return method.build();
    }

    /** Members are read as {@code this.x}, so a parameter called {@code other} or {@code that} is compared. */
    private static MethodSpec equalsMethod(List<ParamModel> params, ClassName requestClass) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(Object.class, "other");
        if (params.isEmpty()) {
            return method.addStatement("return other instanceof $T", requestClass).build();
        }
        CodeBlock comparisons = CodeBlock.join(params.stream()
                .map(param -> CodeBlock.of("$T.equals(this.$L, that.$L)", Objects.class, param.member(), param.member()))
                .toList(),
                "\n&& ");
        return method.addStatement("return this == other || (other instanceof $T that\n&& $L)", requestClass, comparisons)
                .build();
    }

    private static MethodSpec hashCodeMethod(List<ParamModel> params) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT);
        if (params.isEmpty()) {
            return method.addStatement("return 0").build();
        }
        CodeBlock.Builder names = CodeBlock.builder();
        for (int i = 0; i < params.size(); i++) {
            names.add(i == 0 ? "$L" : ",$W$L", params.get(i).member());
        }
        return method.addStatement("return $T.hash($L)", Objects.class, names.build()).build();
    }

    private static MethodSpec toStringMethod(List<ParamModel> params, ClassName requestClass) {
        CodeBlock.Builder text = CodeBlock.builder().add("return new $T($S)", RuntimeTypes.REDACTED_TO_STRING,
                requestClass.simpleName());
        for (ParamModel param : params) {
            text.add("\n.$L($S, $L)", param.spec().sensitive() ? "addSecret" : "add", param.spec().name(),
                    param.member());
        }
        return MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The parameters that are set; secret values show as {@code ***}.\n")
                .returns(STRING)
                .addStatement("$L\n.toString()", text.build())
                .build();
    }
}
