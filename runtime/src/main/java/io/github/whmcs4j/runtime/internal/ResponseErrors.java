package io.github.whmcs4j.runtime.internal;

import io.github.whmcs4j.runtime.error.WhmcsApiException;
import io.github.whmcs4j.runtime.error.WhmcsDecodeException;
import io.github.whmcs4j.runtime.error.WhmcsTransportException;
import io.github.whmcs4j.runtime.spi.ResponseReader;
import io.github.whmcs4j.runtime.transport.TransportResponse;

/**
 * Which exception a response ends in. The WHMCS envelope is trusted over the HTTP status: an
 * envelope saying {@code result=error} is a {@link WhmcsApiException} whatever the status; the status
 * decides only when there is no envelope (an HTTP error status then is a
 * {@link WhmcsTransportException}, a success status with a body that is not a WHMCS answer a
 * {@link WhmcsDecodeException}).
 */
final class ResponseErrors {
    private ResponseErrors() {
    }

    static boolean isSuccess(int status) {
        return status >= 200 && status <= 299;
    }

    /** A response without a body (a custom transport's doing). */
    static RuntimeException noBody(String action, int status) {
        if (!isSuccess(status)) {
            return new WhmcsTransportException(action, status, null, "HTTP error status without a body", null);
        }
        return new WhmcsDecodeException(action, "", "the response has no body", null);
    }

    /** A body past the size limit, refused unread. */
    static RuntimeException tooLarge(String action, TransportResponse response, int limit) {
        String problem = "the response body has " + response.body().length + " bytes, more than the limit of "
                + limit + " (maxResponseBytes)";
        if (!isSuccess(response.statusCode())) {
            return new WhmcsTransportException(action, response.statusCode(), response.excerpt(), problem, null);
        }
        return new WhmcsDecodeException(action, "", problem, null);
    }

    /** A body that is not a WHMCS answer at all; {@code problem} says what it is instead. */
    static RuntimeException noEnvelope(String action, TransportResponse response, String problem) {
        if (!isSuccess(response.statusCode())) {
            return new WhmcsTransportException(action, response.statusCode(), response.excerpt(),
                    "HTTP error status without a WHMCS envelope", null);
        }
        String excerpt = response.excerpt();
        return new WhmcsDecodeException(action, "", excerpt.isEmpty() ? problem : problem + "; body starts: " + excerpt,
                null);
    }

    /** A failure partway: an error envelope or an HTTP error status explains it better than the decode problem. */
    static RuntimeException afterFailure(String action, ResponseReader reader, TransportResponse response,
                                         WhmcsDecodeException problem) {
        if (reader != null && reader.isError()) {
            return new WhmcsApiException(action, reader.message(), response.statusCode());
        }
        if (!isSuccess(response.statusCode())) {
            return new WhmcsTransportException(action, response.statusCode(), response.excerpt(),
                    "HTTP error status with an unreadable body", problem);
        }
        return problem;
    }

    /** The response was read whole: the exception it ends in, or {@code null} when it is a success. */
    static RuntimeException afterReading(String action, ResponseReader reader, TransportResponse response) {
        if (reader.isError()) {
            return new WhmcsApiException(action, reader.message(), response.statusCode());
        }
        if (!isSuccess(response.statusCode())) {
            return new WhmcsTransportException(action, response.statusCode(), response.excerpt(),
                    "HTTP error status without a WHMCS error", null);
        }
        return null;
    }
}
