package io.github.whmcs4j.runtime.transport;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One call on the wire.
 *
 * @param endpoint the WHMCS {@code includes/api.php} URL
 * @param body the form-encoded body, credentials included: never log it (use {@code redactedBody})
 * @param redactedBody the same body with every secret replaced by {@code ***}
 * @param timeout how long to wait for the whole response
 * @param headers extra HTTP headers, such as those an interceptor adds for tracing
 */
public record TransportRequest(URI endpoint, byte[] body, String redactedBody, Duration timeout,
                               Map<String, String> headers) {
    /** The form content type WHMCS expects. */
    public static final String CONTENT_TYPE = "application/x-www-form-urlencoded; charset=UTF-8";

    public TransportRequest {
        headers = Map.copyOf(headers);
    }

    /** The same request with one more header. */
    public TransportRequest withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new TransportRequest(endpoint, body, redactedBody, timeout, more);
    }

    @Override
    public String toString() {
        return "TransportRequest[POST " + endpoint + " " + redactedBody + "]";
    }
}
