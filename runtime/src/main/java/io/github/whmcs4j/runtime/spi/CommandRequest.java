package io.github.whmcs4j.runtime.spi;

import java.util.Objects;
import java.util.function.Consumer;

/** What {@link ApiRequest#of} makes: a command and what writes its parameters. */
final class CommandRequest<R> implements ApiRequest<R> {
    private final Command<R> command;
    private final Consumer<FormWriter> parameters;

    CommandRequest(Command<R> command, Consumer<FormWriter> parameters) {
        this.command = Objects.requireNonNull(command, "command");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    @Override
    public Command<R> command() {
        return command;
    }

    @Override
    public void writeParameters(FormWriter form) {
        parameters.accept(form);
    }

    @Override
    public String toString() {
        return "ApiRequest[" + command.action() + "]";
    }
}
