package io.github.whmcs4j.runtime.transport;

import java.nio.charset.Charset;
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

    /**
     * The first characters of the body as text, whitespace folded, for error messages; decoded in the
     * body's charset (its byte order mark, the {@code Content-Type} charset, or UTF-16 recognised by its
     * zero bytes; UTF-8 otherwise), bytes that do not decode shown as U+FFFD.
     */
    public String excerpt() {
        Charset charset = charset();
        int skip = charset == StandardCharsets.UTF_16 ? 0 : byteOrderMarkLength(charset);
        int length = Math.min(body.length - skip, EXCERPT_LENGTH * 4);
        if (charset.name().startsWith("UTF-16")) {
            length &= ~1; // whole characters only
        }
        String text = new String(body, skip, length, charset).replace("\uFEFF", "").replaceAll("\\s+", " ").trim();
        return text.length() > EXCERPT_LENGTH ? text.substring(0, EXCERPT_LENGTH) + "…" : text;
    }

    /** The charset the body's text is in, as far as its start and headers tell. */
    private Charset charset() {
        if (body.length >= 2 && ((body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF
                || (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE)) {
            return StandardCharsets.UTF_16; // reads the byte order mark
        }
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        Optional<Charset> declared = header("Content-Type").flatMap(TransportResponse::declaredCharset);
        if (declared.isPresent()) {
            return declared.get();
        }
        if (body.length >= 2 && body[0] == 0 && body[1] != 0) {
            return StandardCharsets.UTF_16BE;
        }
        if (body.length >= 2 && body[0] != 0 && body[1] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return StandardCharsets.UTF_8;
    }

    private int byteOrderMarkLength(Charset charset) {
        return charset == StandardCharsets.UTF_8 && body.length >= 3 && (body[0] & 0xFF) == 0xEF
                && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    private static Optional<Charset> declaredCharset(String contentType) {
        for (String part : contentType.split(";")) {
            String trimmed = part.trim();
            if (trimmed.regionMatches(true, 0, "charset=", 0, 8)) {
                try {
                    return Optional.of(Charset.forName(trimmed.substring(8).replace("\"", "").trim()));
                } catch (IllegalArgumentException unknown) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "TransportResponse[" + statusCode + ", " + body.length + " bytes]";
    }
}
