package io.github.whmcs4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.whmcs4j.processor.model.CommandModel;
import io.github.whmcs4j.processor.model.ParamModel;
import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.spec.model.ParamSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes a command's request: an immutable class with typed accessors, a builder with a setter per
 * parameter (and adders for arrays, putters for maps), {@code build()} that names every missing
 * required parameter, and the wire encoding of each parameter. What a parameter looks like, by its
 * kind, is its {@link ParamWriter}'s business; this class puts the parts together.
 */
final class RequestWriter {
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
                .addJavadoc("$L", classDoc(command));
        if (command.isDeprecated()) {
            request.addAnnotation(Deprecated.class);
        }
        request.addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.COMMAND, responseClass), "COMMAND",
                        Modifier.STATIC, Modifier.FINAL)
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

        List<ParamWriter> writers = params.stream().map(ParamWriter::of).toList();
        for (ParamWriter param : writers) {
            request.addField(param.fieldType(), param.name, Modifier.PRIVATE, Modifier.FINAL);
            constructor.addStatement("this.$L = $L", param.name, param.copyFromBuilder());
            request.addMethod(param.accessor());
            builder.addField(param.builderField());
            param.setters(builderClass).forEach(builder::addMethod);
            param.nestedTypes().forEach(request::addType);
        }
        builder.addMethod(build(command, writers, requestClass));
        request.addMethod(constructor.build());
        request.addMethod(MethodSpec.methodBuilder("builder")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("A new builder with no parameters set.\n\n@return the builder\n")
                .returns(builderClass)
                .addStatement("return new $T()", builderClass)
                .build());
        request.addMethod(toBuilder(writers, builderClass));
        request.addMethod(writeParameters(writers));
        request.addMethod(MethodSpec.methodBuilder("apiRequest")
                .addJavadoc("This request as the runtime sends it, for the facade: the wire plumbing stays out of the"
                        + " public API.\n")
                .returns(ParameterizedTypeName.get(RuntimeTypes.API_REQUEST, responseClass))
                .addStatement("return $T.of(COMMAND, this::writeParameters)", RuntimeTypes.API_REQUEST)
                .build());
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

    private static MethodSpec build(CommandSpec command, List<ParamWriter> params, ClassName requestClass) {
        MethodSpec.Builder build = MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(requestClass)
                .addJavadoc("Builds the request.\n\n@return the request\n@throws $T naming every required parameter"
                        + " that is not set\n", RuntimeTypes.INVALID_REQUEST);
        List<ParamWriter> required = params.stream().filter(param -> param.param.required()).toList();
        if (!required.isEmpty()) {
            build.addStatement("$T<$T> missing = new $T<>()", List.class, String.class, ArrayList.class);
            for (ParamWriter param : required) {
                build.beginControlFlow("if ($L)", param.unset())
                        .addStatement("missing.add($S)", param.param.name())
                        .endControlFlow();
            }
            build.addStatement("$T.requireAll($S, missing)", RuntimeTypes.INVALID_REQUEST, command.name());
        }
        return build.addStatement("return new $T(this)", requestClass).build();
    }

    private static MethodSpec toBuilder(List<ParamWriter> params, ClassName builderClass) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("toBuilder")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("A builder holding this request's parameters, to derive a changed copy.\n\n@return a new builder\n")
                .returns(builderClass)
                .addStatement("$T builder = new $T()", builderClass, builderClass);
        params.forEach(param -> method.addStatement(param.copyToBuilder()));
        return method.addStatement("return builder").build();
    }

    /** Members are read as {@code this.x}, so a parameter called {@code form} is not the writer. */
    private static MethodSpec writeParameters(List<ParamWriter> params) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("writeParameters")
                .addJavadoc("Writes the parameters that are set, in spec order (not the action or credentials).\n")
                .addParameter(RuntimeTypes.FORM_WRITER, "form");
        params.forEach(param -> method.addCode(param.write()));
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
                .returns(String.class)
                .addStatement("$L\n.toString()", text.build())
                .build();
    }
}
