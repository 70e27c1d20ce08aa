package io.github.whmcs4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.spec.model.ParamSpec;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/** Writes one category's facade: a method per command, taking a request or a builder callback. */
final class FacadeWriter {
    private FacadeWriter() {
    }

    /** The names a command's generated types use. */
    record CommandTypes(CommandSpec command, ClassName request, ClassName response, ClassName decoder) {
    }

    static TypeSpec write(ClassName facadeClass, String category, String description, List<CommandTypes> commands) {
        TypeSpec.Builder facade = TypeSpec.classBuilder(facadeClass)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(RuntimeTypes.GENERATED_BY)
                .addJavadoc("The WHMCS $L commands$L\n\n<p>Obtain it from the client; it is as thread-safe as the"
                        + " client itself.\n", category, description.isBlank() ? "." : ": " + Javadocs.sentence(description))
                .addField(RuntimeTypes.API_CLIENT, "api", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("A facade over {@code api}.\n\n@param api the configured client core\n")
                        .addParameter(RuntimeTypes.API_CLIENT, "api")
                        .addStatement("this.api = $T.requireNonNull(api, $S)", Objects.class, "api")
                        .build());
        for (CommandTypes types : commands) {
            addCommand(facade, types);
        }
        return facade.build();
    }

    private static void addCommand(TypeSpec.Builder facade, CommandTypes types) {
        CommandSpec command = types.command();
        String method = JavaNames.method(command.javaName() != null ? command.javaName() : command.name());
        String summary = "Calls {@code " + command.name() + "}: " + Javadocs.sentence(command.description())
                + (command.readOnly() ? " Read-only." : "") + "\n";
        String throwsDoc = "@throws $T when WHMCS answers with an error, the call fails, or the response cannot be read\n";
        MethodSpec.Builder withRequest = MethodSpec.methodBuilder(method)
                .addModifiers(Modifier.PUBLIC)
                .returns(types.response())
                .addParameter(types.request(), "request")
                .addJavadoc(summary)
                .addJavadoc("\n@param request the request\n@return the decoded response\n" + throwsDoc,
                        RuntimeTypes.WHMCS_EXCEPTION)
                .addStatement("return api.execute(request)");
        ClassName builder = types.request().nestedClass("Builder");
        MethodSpec.Builder withBuilder = MethodSpec.methodBuilder(method)
                .addModifiers(Modifier.PUBLIC)
                .returns(types.response())
                .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class), builder), "request")
                .addJavadoc(summary)
                .addJavadoc("\n@param request sets the request's parameters on a fresh builder\n"
                        + "@return the decoded response\n" + throwsDoc, RuntimeTypes.WHMCS_EXCEPTION)
                .addStatement("$T builder = $T.builder()", builder, types.request())
                .addStatement("request.accept(builder)")
                .addStatement("return $L(builder.build())", method);
        deprecate(withRequest, command);
        deprecate(withBuilder, command);
        facade.addMethod(withRequest.build());
        facade.addMethod(withBuilder.build());
        if (command.params().stream().noneMatch(ParamSpec::required)) {
            MethodSpec.Builder noArguments = MethodSpec.methodBuilder(method)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(types.response())
                    .addJavadoc(summary)
                    .addJavadoc("\n<p>Sends no optional parameters.\n\n@return the decoded response\n" + throwsDoc,
                            RuntimeTypes.WHMCS_EXCEPTION)
                    .addStatement("return $L($T.builder().build())", method, types.request());
            deprecate(noArguments, command);
            facade.addMethod(noArguments.build());
        }
    }

    private static void deprecate(MethodSpec.Builder method, CommandSpec command) {
        if (command.isDeprecated()) {
            method.addAnnotation(Deprecated.class)
                    .addJavadoc("@deprecated $L\n", RequestWriter.deprecationText(command.deprecated()));
        }
    }
}
