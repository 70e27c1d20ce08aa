package io.github.whmcs4j.runtime;

import io.github.whmcs4j.runtime.spi.ResponseReader;
import java.io.IOException;
import java.util.Map;

/**
 * The answer to a {@link RawRequest}: the envelope typed, everything else as a tree of strings,
 * booleans, lists and maps (numbers as their text), exactly as WHMCS sent it.
 *
 * @param result the envelope's {@code result} (or {@code status}); {@code success} here, since errors throw
 * @param message the envelope's {@code message}, or {@code null}
 * @param fields every other field of the response
 */
public record RawResponse(String result, String message, Map<String, Object> fields) {
    static RawResponse read(ResponseReader in) throws IOException {
        Map<String, Object> fields = Map.of();
        if (in.beginObject()) {
            for (String field = in.nextField(); field != null; field = in.nextField()) {
                in.keepUnknown(field);
            }
            fields = in.endObject();
        }
        return new RawResponse(in.result(), in.message(), fields);
    }
}
