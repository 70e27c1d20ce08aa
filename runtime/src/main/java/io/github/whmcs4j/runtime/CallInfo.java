package io.github.whmcs4j.runtime;

/**
 * What an {@link Interceptor} is told about a call.
 *
 * @param action the WHMCS action
 * @param readOnly whether the command only reads (and so may be retried)
 * @param attempt 1 for the first attempt, 2 for the first retry, ...
 */
public record CallInfo(String action, boolean readOnly, int attempt) {
}
