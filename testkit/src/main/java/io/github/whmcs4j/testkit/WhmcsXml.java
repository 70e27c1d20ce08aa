package io.github.whmcs4j.testkit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Writes a WHMCS response given as JSON the way WHMCS writes it as XML: a {@code whmcsapi} root
 * with the lower-cased action, one element per key, and an array as its key's element repeated
 * ({@code "client":[a,b]} becomes {@code <client>a</client><client>b</client>}).
 */
public final class WhmcsXml {
    private static final JsonFactory JSON = new JsonFactory();

    private WhmcsXml() {
    }

    public static String fromJson(String action, String json) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<whmcsapi version=\"8.13.1\">\n");
        out.append("<action>").append(escape(action.toLowerCase(Locale.ROOT))).append("</action>\n");
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("a WHMCS response is a JSON object");
            }
            writeFields(parser, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append("</whmcsapi>\n").toString();
    }

    private static void writeFields(JsonParser parser, StringBuilder out) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            writeNamed(name, parser, out);
        }
    }

    private static void writeNamed(String name, JsonParser parser, StringBuilder out) throws IOException {
        if (parser.currentToken() == JsonToken.START_ARRAY) {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                writeNamed(name, parser, out);
            }
            return;
        }
        out.append('<').append(name).append('>');
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            out.append('\n');
            writeFields(parser, out);
        } else if (parser.currentToken() != JsonToken.VALUE_NULL) {
            out.append(escape(parser.getText()));
        }
        out.append("</").append(name).append(">\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
