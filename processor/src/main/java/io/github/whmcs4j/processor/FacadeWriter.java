package io.github.whmcs4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.spec.model.FieldSpec;
import io.github.whmcs4j.spec.model.ParamSpec;
import io.github.whmcs4j.spec.model.Shape;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/** Writes one category's facade: a method per command, taking a request or a builder callback. */
final class FacadeWriter {
    private FacadeWriter() {
    }

    /** The names a command's generated types use. */
    record CommandTypes(CommandSpec command, ClassName request, ClassName response, ClassName decoder,
                        ResponsePlan plan) {
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
        addAsync(facade, types, method);
        if (command.paginatedItems() != null) {
            addPaginator(facade, types, method);
        }
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

    /** {@code getClientsAsync(request)} and its builder-callback twin, completing without holding a thread. */
    private static void addAsync(TypeSpec.Builder facade, CommandTypes types, String method) {
        CommandSpec command = types.command();
        TypeName future = ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), types.response());
        String summary = "Calls {@code " + command.name() + "} without blocking: " + Javadocs.sentence(command.description())
                + "\n\n<p>The future completes with the response, or exceptionally with the exceptions the blocking"
                + " method throws.\n";
        MethodSpec.Builder withRequest = MethodSpec.methodBuilder(method + "Async")
                .addModifiers(Modifier.PUBLIC)
                .returns(future)
                .addParameter(types.request(), "request")
                .addJavadoc(summary)
                .addJavadoc("\n@param request the request\n@return the response, when it arrives\n")
                .addStatement("return api.executeAsync(request)");
        ClassName builder = types.request().nestedClass("Builder");
        MethodSpec.Builder withBuilder = MethodSpec.methodBuilder(method + "Async")
                .addModifiers(Modifier.PUBLIC)
                .returns(future)
                .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class), builder), "request")
                .addJavadoc(summary)
                .addJavadoc("\n@param request sets the request's parameters on a fresh builder\n"
                        + "@return the response, when it arrives\n"
                        + "@throws $T when required parameters are missing\n", RuntimeTypes.INVALID_REQUEST)
                .addStatement("$T builder = $T.builder()", builder, types.request())
                .addStatement("request.accept(builder)")
                .addStatement("return $LAsync(builder.build())", method);
        deprecate(withRequest, command);
        deprecate(withBuilder, command);
        facade.addMethod(withRequest.build());
        facade.addMethod(withBuilder.build());
    }

    /** {@code getClientsPaginator(request)}: every item over all pages, fetched lazily. */
    private static void addPaginator(TypeSpec.Builder facade, CommandTypes types, String method) {
        CommandSpec command = types.command();
        FieldSpec itemsField = field(command, command.paginatedItems());
        FieldSpec totalField = field(command, "totalresults");
        TypeName itemType = types.plan().typeOf(((Shape.ListShape) itemsField.shape()).item());
        TypeName paginator = ParameterizedTypeName.get(RuntimeTypes.PAGINATOR, itemType);
        String limitstart = RequestWriter.name(param(command, "limitstart"));
        String limitnum = RequestWriter.name(param(command, "limitnum"));
        String summary = "Every item of {@code " + command.name() + "}'s {@code " + command.paginatedItems()
                + "}, over all pages: " + Javadocs.sentence(command.description())
                + "\n\n<p>Pages are fetched as the items are consumed, each with the request's parameters and a page's"
                + " {@code limitstart} and {@code limitnum} (the request's {@code limitnum}, or {@link $T#DEFAULT_PAGE_SIZE}),"
                + " until {@code totalresults} items have come. Nothing is sent before the first item is asked for.\n";
        MethodSpec.Builder withRequest = MethodSpec.methodBuilder(method + "Paginator")
                .addModifiers(Modifier.PUBLIC)
                .returns(paginator)
                .addParameter(types.request(), "request")
                .addJavadoc(summary, RuntimeTypes.PAGINATOR)
                .addJavadoc("\n@param request the filters; its {@code limitstart} is where to begin\n@return the items\n")
                .addStatement("return $T.of(api,$W(start, size) -> request.toBuilder().$L(start).$L(size).build(),"
                        + "$W$T::$L,$W$T::$L,$Wrequest.$L(),$Wrequest.$L())",
                        RuntimeTypes.PAGINATOR, limitstart, limitnum, types.response(),
                        ResponsePlan.componentName(itemsField), types.response(), ResponsePlan.componentName(totalField),
                        limitnum, limitstart);
        ClassName builder = types.request().nestedClass("Builder");
        MethodSpec.Builder withBuilder = MethodSpec.methodBuilder(method + "Paginator")
                .addModifiers(Modifier.PUBLIC)
                .returns(paginator)
                .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class), builder), "request")
                .addJavadoc(summary, RuntimeTypes.PAGINATOR)
                .addJavadoc("\n@param request sets the filters on a fresh builder\n@return the items\n")
                .addStatement("$T builder = $T.builder()", builder, types.request())
                .addStatement("request.accept(builder)")
                .addStatement("return $LPaginator(builder.build())", method);
        deprecate(withRequest, command);
        deprecate(withBuilder, command);
        facade.addMethod(withRequest.build());
        facade.addMethod(withBuilder.build());
        if (command.params().stream().noneMatch(ParamSpec::required)) {
            MethodSpec.Builder everything = MethodSpec.methodBuilder(method + "Paginator")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(paginator)
                    .addJavadoc(summary, RuntimeTypes.PAGINATOR)
                    .addJavadoc("\n<p>Sends no filter.\n\n@return the items\n")
                    .addStatement("return $LPaginator($T.builder().build())", method, types.request());
            deprecate(everything, command);
            facade.addMethod(everything.build());
        }
    }

    private static FieldSpec field(CommandSpec command, String name) {
        return command.response().fields().stream().filter(field -> field.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(command.name() + " has no response field " + name));
    }

    private static ParamSpec param(CommandSpec command, String name) {
        return command.params().stream().filter(param -> param.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(command.name() + " has no parameter " + name));
    }

    private static void deprecate(MethodSpec.Builder method, CommandSpec command) {
        if (command.isDeprecated()) {
            method.addAnnotation(Deprecated.class)
                    .addJavadoc("@deprecated $L\n", RequestWriter.deprecationText(command.deprecated()));
        }
    }
}
