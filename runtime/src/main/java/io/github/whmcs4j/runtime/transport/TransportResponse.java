package io.github.whmcs4j.runtime.transport;

import java.nio.charset.StandardCharsets;

/**
 * What came back.
 *
 * @param statusCode the HTTP status
 * @param body the raw body bytes
 */
public record TransportResponse(int statusCode, byte[] body) {
    private static final int EXCERPT_LENGTH = 200;

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
