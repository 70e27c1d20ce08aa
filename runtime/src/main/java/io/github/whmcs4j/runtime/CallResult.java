package io.github.whmcs4j.runtime;

import io.github.whmcs4j.runtime.error.WhmcsApiException;
import io.github.whmcs4j.runtime.error.WhmcsDecodeException;
import io.github.whmcs4j.runtime.error.WhmcsInvalidRequestException;
import io.github.whmcs4j.runtime.error.WhmcsTransportException;
import java.time.Duration;

/**
 * How a call ended, as {@link Interceptor#onCallEnd} sees it.
 *
 * @param outcome what the call came to
 * @param attempts the HTTP attempts made (0 when the request was refused before sending)
 * @param duration from the start of the call to its end, retries and waits between them included
 * @param failure what the caller receives instead of a response; {@code null} on success
 */
public record CallResult(Outcome outcome, int attempts, Duration duration, Throwable failure) {
    /** What a call came to. */
    public enum Outcome {
        /** WHMCS answered {@code result=success} and the response was decoded. */
        SUCCESS,
        /** WHMCS answered {@code result=error}, under HTTP 200 or an error status ({@link WhmcsApiException}). */
        API_ERROR,
        /** No usable HTTP answer: connection failure, timeout, HTTP error without a WHMCS answer. */
        TRANSPORT_ERROR,
        /** The body was not a readable WHMCS response ({@link WhmcsDecodeException}). */
        DECODE_ERROR,
        /** The request was refused before sending ({@link WhmcsInvalidRequestException}). */
        INVALID_REQUEST,
        /** An {@code Error} such as {@code OutOfMemoryError}, passed on to the caller as it is. */
        ERROR;

        /** The outcome a failure stands for. */
        static Outcome of(Throwable failure) {
            if (failure == null) {
                return SUCCESS;
            }
            if (failure instanceof WhmcsApiException) {
                return API_ERROR;
            }
            if (failure instanceof WhmcsDecodeException) {
                return DECODE_ERROR;
            }
            if (failure instanceof WhmcsInvalidRequestException) {
                return INVALID_REQUEST;
            }
            return failure instanceof WhmcsTransportException ? TRANSPORT_ERROR : ERROR;
        }
    }

    /** Whether the call returned a response. */
    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}
