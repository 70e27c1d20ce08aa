package io.github.whmcs4j.runtime.spi;

import java.util.Objects;
import java.util.Set;

/**
 * What the runtime needs to know of one WHMCS command: its action name, whether it only reads
 * (and so may be retried), its envelope, which parameters are secret, and how to decode its
 * response. Generated request classes hold one constant of this each.
 *
 * @param action the value of {@code action=}, exactly as WHMCS spells it
 * @param readOnly whether the command changes nothing, so sending it twice is harmless
 * @param envelope how the response reports success
 * @param sensitiveParameters parameters whose values are redacted in logs and messages
 * @param decoder reads the response record from the response body
 * @param <R> the response type
 */
public record Command<R>(String action, boolean readOnly, Envelope envelope, Set<String> sensitiveParameters,
                         ValueReader<R> decoder) {
    public Command {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(envelope, "envelope");
        sensitiveParameters = Set.copyOf(sensitiveParameters);
        Objects.requireNonNull(decoder, "decoder");
    }
}
