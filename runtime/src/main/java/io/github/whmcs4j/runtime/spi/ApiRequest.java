package io.github.whmcs4j.runtime.spi;

import java.util.function.Consumer;

/**
 * A request for one WHMCS command, as the runtime sends it. Generated requests do not implement it:
 * their facade, in the same package, hands the runtime {@code ApiRequest.of(COMMAND, request::writeParameters)},
 * so that applications see only the request's builder and accessors.
 *
 * @param <R> the type of the command's response
 */
public interface ApiRequest<R> {
    /** The command this request calls. */
    Command<R> command();

    /** Writes the request's parameters (not the action or credentials) in spec order. */
    void writeParameters(FormWriter form);

    /**
     * The request for {@code command} whose parameters {@code parameters} writes.
     *
     * @param command the command to call
     * @param parameters writes the parameters, as {@link #writeParameters} does
     * @param <R> the type of the command's response
     * @return the request
     */
    static <R> ApiRequest<R> of(Command<R> command, Consumer<FormWriter> parameters) {
        return new CommandRequest<>(command, parameters);
    }
}
