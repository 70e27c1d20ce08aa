package io.github.whmcs4j.runtime;

/**
 * What an {@link Interceptor} is told about one HTTP attempt of a call.
 *
 * @param action the WHMCS action
 * @param readOnly whether the command only reads (and so may be retried)
 * @param attempt 1 for the first attempt, 2 for the first retry, ...
 * @param call the call the attempt belongs to, with the state interceptors keep for it
 */
public record CallInfo(String action, boolean readOnly, int attempt, CallContext call) {
}
