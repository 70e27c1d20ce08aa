package io.github.whmcs4j.runtime.spi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a raw value ({@link ResponseReader#readRaw()}'s maps, lists, text, booleans and nulls)
 * back as JSON, so that a value first read raw can be read again as typed items. A key that came
 * more than once comes more than once again.
 */
final class RawJson {
    private static final JsonFactory JSON = new JsonFactory();

    private RawJson() {
    }

    static byte[] write(Object node) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            write(json, node);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator json, Object node) throws IOException {
        if (node instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (entry.getValue() instanceof RepeatedValues repeated) {
                    for (Object value : repeated) {
                        json.writeFieldName((String) entry.getKey());
                        write(json, value);
                    }
                } else {
                    json.writeFieldName((String) entry.getKey());
                    write(json, entry.getValue());
                }
            }
            json.writeEndObject();
        } else if (node instanceof List<?> list) {
            json.writeStartArray();
            for (Object value : list) {
                write(json, value);
            }
            json.writeEndArray();
        } else if (node instanceof Boolean value) {
            json.writeBoolean(value);
        } else if (node == null) {
            json.writeNull();
        } else {
            json.writeString(node.toString());
        }
    }
}
