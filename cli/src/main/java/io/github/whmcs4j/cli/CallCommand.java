package io.github.whmcs4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.whmcs4j.runtime.ApiClient;
import io.github.whmcs4j.runtime.RawRequest;
import io.github.whmcs4j.runtime.RawResponse;
import io.github.whmcs4j.runtime.spi.Envelope;
import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.spec.model.ParamSpec;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code call COMMAND [--param value]…} for one WHMCS command: its options come from the spec, the
 * call goes through the runtime's raw request (same credentials, transport, retries for read-only
 * commands and errors as the SDK), and the answer is printed typed by the spec.
 */
final class CallCommand implements Callable<Integer> {
    private final CommandSpec command;
    private final ConnectionOptions connection = new ConnectionOptions();
    private final OutputOptions output = new OutputOptions();
    private final PrintWriter out;
    private CommandLine.Model.CommandSpec options;

    /** Output and safety options of {@code call}. */
    static final class OutputOptions {
        @Option(names = "--output", defaultValue = "json", paramLabel = "json|table",
                description = "Print the answer as JSON (default) or as a table.")
        String format;

        @Option(names = "--all-pages", description = "For a paginated command: fetch every page and print all rows.")
        boolean allPages;

        @Option(names = "--read-only", description = "Refuse to run a command that is not read-only.")
        boolean readOnly;
    }

    private CallCommand(CommandSpec command, PrintWriter out) {
        this.command = command;
        this.out = out;
    }

    /** The picocli command for {@code command}, with one option per parameter. */
    static CommandLine.Model.CommandSpec of(CommandSpec command, PrintWriter out) {
        CallCommand call = new CallCommand(command, out);
        CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.wrapWithoutInspection(call);
        spec.name(command.name());
        spec.usageMessage().description(CommandOptions.summary(command)).sortOptions(false);
        command.params().forEach(param -> spec.addOption(CommandOptions.option(param)));
        spec.addMixin("output", CommandLine.Model.CommandSpec.forAnnotatedObject(call.output));
        spec.addMixin("connection", CommandLine.Model.CommandSpec.forAnnotatedObject(call.connection));
        spec.mixinStandardHelpOptions(true);
        call.options = spec;
        return spec;
    }

    @Override
    public Integer call() {
        if (output.readOnly && !command.readOnly()) {
            throw new UsageException(command.name() + " is not read-only, and --read-only was given");
        }
        if (!output.format.equals("json") && !output.format.equals("table")) {
            throw new UsageException("--output is json or table, not " + output.format);
        }
        if (output.allPages && command.paginatedItems() == null) {
            throw new UsageException(command.name() + " is not paginated; --all-pages does not apply");
        }
        RawRequest.Builder request = request();
        ApiClient client = connection.client();
        ObjectNode answer = output.allPages ? allPages(client, request) : typed(client.execute(request.build()));
        Output.print(out, output.format, answer, command.paginatedItems());
        return 0;
    }

    private RawRequest.Builder request() {
        RawRequest.Builder request = RawRequest.action(command.name())
                .envelope(Envelope.valueOf(command.envelope().toUpperCase(Locale.ROOT)));
        if (command.readOnly()) {
            request.readOnly();
        }
        for (ParamSpec param : command.params()) {
            OptionSpec option = options.findOption(CommandOptions.optionName(param));
            Object value = option.getValue();
            if (value != null) {
                ParameterValues.add(request, param, value);
            }
        }
        return request;
    }

    private ObjectNode typed(RawResponse response) {
        ObjectNode answer = TypedJson.object(command.response(), response.fields());
        if (response.message() != null) {
            answer.put("message", response.message());
        }
        return answer;
    }

    /** Every page, {@code limitstart} moving by the rows received, until {@code totalresults} or an empty page. */
    private ObjectNode allPages(ApiClient client, RawRequest.Builder request) {
        String items = command.paginatedItems();
        ObjectNode first = null;
        ArrayNode rows = null;
        long total = Long.MAX_VALUE;
        while (rows == null || rows.size() < total) {
            int start = rows == null ? 0 : rows.size();
            ObjectNode page = typed(client.execute(request.param("limitstart", start).build()));
            if (first == null) {
                first = page;
                rows = page.withArrayProperty(items);
            } else {
                page.withArrayProperty(items).forEach(rows::add);
            }
            total = page.path("totalresults").asLong(0);
            if (page.withArrayProperty(items).isEmpty()) {
                break;
            }
        }
        first.put("startnumber", 0);
        first.put("numreturned", rows.size());
        return first;
    }
}
