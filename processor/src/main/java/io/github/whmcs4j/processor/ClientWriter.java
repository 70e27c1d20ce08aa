package io.github.whmcs4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.whmcs4j.processor.model.CommandModel;
import io.github.whmcs4j.processor.model.FacadeModel;
import io.github.whmcs4j.processor.model.SdkModel;
import io.github.whmcs4j.spec.model.CommandSpec;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/** Writes the client entry point: a builder, and one accessor per category facade. */
final class ClientWriter {
    private ClientWriter() {
    }

    /** A table per facade of its commands, with whether each only reads and whether it pages. */
    private static String overview(Map<String, ClassName> facades, Map<String, List<CommandSpec>> commands) {
        int total = commands.values().stream().mapToInt(List::size).sum();
        StringBuilder doc = new StringBuilder("\n<h2>Commands</h2>\n\n<p>")
                .append(total).append(" commands in ").append(facades.size()).append(" facades. Read-only commands")
                .append(" change nothing and are safe to retry; paginated ones take {@code limitstart} and")
                .append(" {@code limitnum}.\n");
        facades.forEach((accessor, facade) -> {
            doc.append("\n<table class=\"striped\">\n<caption>{@link ").append(facade.canonicalName())
                    .append("} ({@code ").append(accessor).append("()})</caption>\n")
                    .append("<thead><tr><th scope=\"col\">Command</th><th scope=\"col\">Read-only</th>")
                    .append("<th scope=\"col\">Paginated</th><th scope=\"col\">What it does</th></tr></thead>\n<tbody>\n");
            for (CommandSpec command : commands.get(accessor)) {
                doc.append("<tr><th scope=\"row\">{@code ").append(command.name()).append("}")
                        .append(command.isDeprecated() ? " (deprecated)" : "").append("</th><td>")
                        .append(command.readOnly() ? "yes" : "").append("</td><td>")
                        .append(command.paginatedItems() != null ? "yes" : "").append("</td><td>")
                        .append(Javadocs.sentence(command.description())).append("</td></tr>\n");
            }
            doc.append("</tbody>\n</table>\n");
        });
        return doc.toString();
    }

    /** {@code command(action)}: the requests keep their commands package-private; tools find them here. */
    private static MethodSpec commandLookup(Collection<ClassName> facades) {
        CodeBlock lists = CodeBlock.join(facades.stream().map(facade -> CodeBlock.of("$T.commands()", facade)).toList(),
                ",$W");
        return MethodSpec.methodBuilder("command")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("What the runtime knows of one of this SDK's commands (action, retry safety, envelope, secret"
                        + " parameters, decoder), for tools built on the runtime's SPI ({@code $L}); applications call"
                        + " the facades.\n\n@param action the command's name, as {@code action=} takes it\n"
                        + "@return the command, or empty when this SDK has none of that name\n",
                        RuntimeTypes.COMMAND.packageName())
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class),
                        ParameterizedTypeName.get(RuntimeTypes.COMMAND, WildcardTypeName.subtypeOf(Object.class))))
                .addParameter(String.class, "action")
                .addStatement("return $T.of($L)$Z.flatMap($T::stream)$Z.filter(command -> command.action().equals(action))"
                        + "$Z.findFirst()", Stream.class, lists, List.class)
                .build();
    }

    static TypeSpec write(SdkModel model) {
        ClassName clientClass = model.client();
        Map<String, ClassName> facades = new LinkedHashMap<>();
        Map<String, List<CommandSpec>> commands = new LinkedHashMap<>();
        for (FacadeModel facade : model.facades()) {
            facades.put(facade.accessor(), facade.className());
            commands.put(facade.accessor(), facade.commands().stream().map(CommandModel::spec).toList());
        }
        TypeSpec.Builder client = TypeSpec.classBuilder(clientClass)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(RuntimeTypes.GENERATED_BY)
                .addJavadoc("The entry point of the generated WHMCS SDK: one facade per category of commands.\n\n"
                        + "<pre>{@code\n"
                        + "$L whmcs = $L.builder()\n"
                        + "    .endpoint(\"https://billing.example.com/includes/api.php\")\n"
                        + "    .credentials(Credentials.apiKey(identifier, secret))\n"
                        + "    .build();\n"
                        + "}</pre>\n\n"
                        + "<p>Immutable and thread-safe: build one and share it.\n",
                        clientClass.simpleName(), clientClass.simpleName())
                .addJavadoc("$L", overview(facades, commands))
                .addField(RuntimeTypes.API_CLIENT, "api", Modifier.PRIVATE, Modifier.FINAL);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(RuntimeTypes.API_CLIENT, "api")
                .addStatement("this.api = $T.requireNonNull(api, $S)", Objects.class, "api");
        facades.forEach((accessor, facade) -> {
            client.addField(facade, accessor, Modifier.PRIVATE, Modifier.FINAL);
            constructor.addStatement("this.$L = new $T(api)", accessor, facade);
        });
        client.addMethod(constructor.build());
        client.addMethod(MethodSpec.methodBuilder("builder")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Starts configuring a client: endpoint and credentials are required.\n\n@return a new builder\n")
                .returns(ParameterizedTypeName.get(RuntimeTypes.CLIENT_BUILDER, clientClass))
                .addStatement("return new $T<>($T::new)", RuntimeTypes.CLIENT_BUILDER, clientClass)
                .build());
        client.addMethod(MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("A client over an existing core, sharing its connection and settings.\n\n"
                        + "@param api the configured client core\n@return the client\n")
                .returns(clientClass)
                .addParameter(RuntimeTypes.API_CLIENT, "api")
                .addStatement("return new $T(api)", clientClass)
                .build());
        client.addMethod(MethodSpec.methodBuilder("withOptions")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("A view of this client whose calls (every page of a paginator included) carry these options:"
                        + " a request timeout, extra parameters. It shares this client's connections.\n\n"
                        + "@param options the options to add\n@return the view\n")
                .returns(clientClass)
                .addParameter(RuntimeTypes.CALL_OPTIONS, "options")
                .addStatement("return new $T(api.withOptions(options))", clientClass)
                .build());
        client.addMethod(MethodSpec.methodBuilder("raw")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Calls any action by name, for custom actions and what the spec does not cover yet, with the"
                        + " same credentials, transport and errors.\n\n@param request the action and its parameters\n"
                        + "@return the envelope, and the rest of the response as a tree\n")
                .returns(RuntimeTypes.RAW_RESPONSE)
                .addParameter(RuntimeTypes.RAW_REQUEST, "request")
                .addStatement("return api.execute(request)")
                .build());
        client.addMethod(commandLookup(facades.values()));
        client.addMethod(MethodSpec.methodBuilder("api")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The core this client runs on, for facades generated from other specs.\n\n@return the core\n")
                .returns(RuntimeTypes.API_CLIENT)
                .addStatement("return api")
                .build());
        facades.forEach((accessor, facade) -> client.addMethod(MethodSpec.methodBuilder(accessor)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The $L commands.\n\n@return the facade\n", facade.simpleName().replaceAll("Api$", ""))
                .returns(facade)
                .addStatement("return $L", accessor)
                .build()));
        client.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $S + api + $S", clientClass.simpleName() + "[", "]")
                .build());
        return client.build();
    }
}
