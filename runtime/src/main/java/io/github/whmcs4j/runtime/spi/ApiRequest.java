package io.github.whmcs4j.runtime.spi;


/**
 * A request for one WHMCS command, as generated request classes implement it.
 *
 * @param <R> the type of the command's response
 */
public interface ApiRequest<R> {
    /** The command this request calls. */
    Command<R> command();

    /** Writes the request's parameters (not the action or credentials) in spec order. */
    void writeParameters(FormWriter form);
}
