package io.github.whmcs4j.runtime.transport;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What came back.
 *
 * @param statusCode the HTTP status
 * @param body the raw body bytes
 * @param headers the response headers (names compared without regard to case)
 */
public record TransportResponse(int statusCode, byte[] body, Map<String, List<String>> headers) {
    private static final int EXCERPT_LENGTH = 200;

    public TransportResponse {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        headers = java.util.Collections.unmodifiableMap(copy);
    }

    /** A response without headers. */
    public TransportResponse(int statusCode, byte[] body) {
        this(statusCode, body, Map.of());
    }

    /** The first value of a header. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The first characters of the body as text, whitespace folded, for error messages. */
    public String excerpt() {
        int length = Math.min(body.length, EXCERPT_LENGTH * 4);
        String text = new String(body, 0, length, StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
        return text.length() > EXCERPT_LENGTH ? text.substring(0, EXCERPT_LENGTH) + "…" : text;
    }

    @Override
    public String toString() {
        return "TransportResponse[" + statusCode + ", " + body.length + " bytes]";
    }
}
