package io.github.whmcs4j.runtime.transport;

import java.net.URI;
import java.time.Duration;

/**
 * One call on the wire.
 *
 * @param endpoint the WHMCS {@code includes/api.php} URL
 * @param body the form-encoded body, credentials included: never log it (use {@code redactedBody})
 * @param redactedBody the same body with every secret replaced by {@code ***}
 * @param timeout how long to wait for the whole response
 */
public record TransportRequest(URI endpoint, byte[] body, String redactedBody, Duration timeout) {
    /** The form content type WHMCS expects. */
    public static final String CONTENT_TYPE = "application/x-www-form-urlencoded; charset=UTF-8";

    @Override
    public String toString() {
        return "TransportRequest[POST " + endpoint + " " + redactedBody + "]";
    }
}
