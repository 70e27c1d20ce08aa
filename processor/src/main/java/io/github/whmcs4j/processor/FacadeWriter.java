package io.github.whmcs4j.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.whmcs4j.processor.model.CommandModel;
import io.github.whmcs4j.processor.model.FacadeModel;
import io.github.whmcs4j.processor.model.FieldModel;
import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.spec.model.ParamSpec;
import io.github.whmcs4j.spec.model.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/** Writes one category's facade: a method per command, taking a request or a builder callback. */
final class FacadeWriter {
    private FacadeWriter() {
    }

    static TypeSpec write(FacadeModel model) {
        ClassName facadeClass = model.className();
        String category = model.category();
        String description = model.description();
        TypeSpec.Builder facade = TypeSpec.classBuilder(facadeClass)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(RuntimeTypes.GENERATED_BY)
                .addJavadoc("The WHMCS $L commands$L\n\n<p>Obtain it from the client; it is as thread-safe as the"
                        + " client itself.\n", Javadocs.escape(category), description.isBlank() ? "." : ": " + Javadocs.sentence(description))
                .addField(RuntimeTypes.API_CLIENT, "api", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("A facade over {@code api}.\n\n@param api the configured client core\n")
                        .addParameter(RuntimeTypes.API_CLIENT, "api")
                        .addStatement("this.api = $T.requireNonNull(api, $S)", Objects.class, "api")
                        .build());
        for (CommandModel types : model.commands()) {
            addCommand(facade, types);
        }
        return facade.addMethod(commands(model)).build();
    }

    private static void addCommand(TypeSpec.Builder facade, CommandModel types) {
        CommandSpec command = types.spec();
        String method = types.method();
        CodeBlock failures = CodeBlock.of("@throws $T when WHMCS answers with an error, the call fails, or the response"
                + " cannot be read\n", RuntimeTypes.WHMCS_EXCEPTION);
        addForms(facade, types, method, types.response(),
                CodeBlock.of("Calls {@code $L}: $L$L\n", command.name(), Javadocs.sentence(command.description()),
                        command.readOnly() ? " Read-only." : ""),
                "the decoded response", CodeBlock.of("api.execute(request.apiRequest())"), failures, failures);

        addForms(facade, types, types.asyncMethod(),
                ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), types.response()),
                CodeBlock.of("Calls {@code $L} without blocking: $L\n\n<p>The future completes with the response, or"
                        + " exceptionally with the exceptions the blocking method throws.\n", command.name(),
                        Javadocs.sentence(command.description())),
                "the response, when it arrives", CodeBlock.of("api.executeAsync(request.apiRequest())"), CodeBlock.of(""),
                CodeBlock.of("@throws $T when required parameters are missing\n", RuntimeTypes.INVALID_REQUEST));

        if (command.paginatedItems() != null) {
            FieldModel itemsField = field(types, command.paginatedItems());
            FieldModel totalField = field(types, "totalresults");
            TypeName itemType = ResponseTypes.typeOf(types, ((Shape.ListShape) itemsField.spec().shape()).item());
            String limitstart = types.param("limitstart").member();
            String limitnum = types.param("limitnum").member();
            addForms(facade, types, types.paginatorMethod(), ParameterizedTypeName.get(RuntimeTypes.PAGINATOR, itemType),
                    CodeBlock.of("Every item of {@code $L}'s {@code $L}, over all pages: $L\n\n<p>Pages are fetched as"
                            + " the items are consumed, each with the request's parameters and a page's {@code limitstart}"
                            + " and {@code limitnum} (the request's {@code limitnum}, or {@link $T#DEFAULT_PAGE_SIZE}),"
                            + " until {@code totalresults} items have come. Nothing is sent before the first item is"
                            + " asked for.\n", command.name(), command.paginatedItems(),
                            Javadocs.sentence(command.description()), RuntimeTypes.PAGINATOR),
                    "the items",
                    CodeBlock.of("$T.of(api,$W(start, size) -> request.toBuilder().$L(start).$L(size).build().apiRequest(),"
                                    + "$W$T::$L,$W$T::$L,$L$Wrequest.$L(),$Wrequest.$L())",
                            RuntimeTypes.PAGINATOR, limitstart, limitnum, types.response(),
                            itemsField.component(), types.response(),
                            totalField.component(), startnumberArgument(types), limitnum,
                            limitstart),
                    CodeBlock.of(""), CodeBlock.of(""));
            facade.addMethod(nextPageRequest(types, limitstart));
        }
    }

    /** The commands' descriptions, which the requests keep package-private, for the client's lookup by action. */
    private static MethodSpec commands(FacadeModel model) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("commands")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("What the runtime knows of each command of this facade, for tools built on the runtime's SPI"
                        + " ({@code $L}); applications call the command methods.\n\n@return the commands, in name order\n",
                        RuntimeTypes.COMMAND.packageName())
                .returns(ParameterizedTypeName.get(ClassName.get(List.class),
                        ParameterizedTypeName.get(RuntimeTypes.COMMAND, WildcardTypeName.subtypeOf(Object.class))));
        if (model.commands().stream().anyMatch(command -> command.spec().isDeprecated())) {
            method.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation")
                    .build());
        }
        CodeBlock commands = CodeBlock.join(model.commands().stream()
                .map(command -> CodeBlock.of("$T.COMMAND", command.request())).toList(), ",$W");
        return method.addStatement("return $T.of($L)", List.class, commands).build();
    }

    /** {@code getXNextPageRequest(request, response)}: the request for the page after a plain call's answer. */
    private static MethodSpec nextPageRequest(CommandModel types, String limitstart) {
        MethodSpec.Builder next = MethodSpec.methodBuilder(types.nextPageMethod())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The request for the page after {@code response}, the answer to {@code request}: the same"
                        + " parameters, {@code $L} past the items that arrived; empty when {@code response} was the"
                        + " last page.\n\n@param request the request that was sent\n@param response its answer\n"
                        + "@return the next page's request, or empty\n", limitstart)
                .addParameter(types.request(), "request")
                .addParameter(types.response(), "response")
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), types.request()))
                .addStatement("return $T.nextOffset(request.$L(), response)$W.map(start -> request.toBuilder().$L(start)"
                        + ".build())", RuntimeTypes.PAGINATOR, limitstart, limitstart);
        if (types.spec().isDeprecated()) {
            next.addAnnotation(Deprecated.class)
                    .addJavadoc("@deprecated $L\n", RequestWriter.deprecationText(types.spec().deprecated()));
        }
        return next.build();
    }

    /**
     * The forms of one facade method: taking a request, taking a callback that fills a fresh builder,
     * and, when the command has no required parameter, taking nothing.
     */
    private static void addForms(TypeSpec.Builder facade, CommandModel types, String name, TypeName returns,
                                 CodeBlock summary, String returnsDoc, CodeBlock fromRequest,
                                 CodeBlock requestThrows, CodeBlock builderThrows) {
        ClassName builder = types.builder();
        List<MethodSpec.Builder> forms = new ArrayList<>();
        forms.add(MethodSpec.methodBuilder(name)
                .addParameter(types.request(), "request")
                .addJavadoc(summary)
                .addJavadoc("\n@param request the request\n@return $L\n", returnsDoc)
                .addJavadoc(requestThrows)
                .addStatement("return $L", fromRequest));
        forms.add(MethodSpec.methodBuilder(name)
                .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class), builder), "request")
                .addJavadoc(summary)
                .addJavadoc("\n@param request sets the request's parameters on a fresh builder\n@return $L\n", returnsDoc)
                .addJavadoc(builderThrows)
                .addStatement("$T builder = $T.builder()", builder, types.request())
                .addStatement("request.accept(builder)")
                .addStatement("return $L(builder.build())", name));
        if (types.spec().params().stream().noneMatch(ParamSpec::required)) {
            forms.add(MethodSpec.methodBuilder(name)
                    .addJavadoc(summary)
                    .addJavadoc("\n<p>Sends no optional parameters.\n\n@return $L\n", returnsDoc)
                    .addJavadoc(requestThrows)
                    .addStatement("return $L($T.builder().build())", name, types.request()));
        }
        for (MethodSpec.Builder form : forms) {
            form.addModifiers(Modifier.PUBLIC).returns(returns);
            if (types.spec().isDeprecated()) {
                form.addAnnotation(Deprecated.class)
                        .addJavadoc("@deprecated $L\n", RequestWriter.deprecationText(types.spec().deprecated()));
            }
            facade.addMethod(form.build());
        }
    }

    /** {@code Response::startnumber,} for a response that reports where its page starts, so the paginator checks it. */
    private static CodeBlock startnumberArgument(CommandModel types) {
        FieldModel startnumber = types.responseRecord().field("startnumber");
        return startnumber == null ? CodeBlock.of("")
                : CodeBlock.of("$W$T::$L,", types.response(), startnumber.component());
    }

    private static FieldModel field(CommandModel command, String name) {
        FieldModel field = command.responseRecord().field(name);
        if (field == null) {
            throw new IllegalStateException(command.spec().name() + " has no response field " + name);
        }
        return field;
    }
}
