package io.github.whmcs4j.runtime.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import io.github.whmcs4j.runtime.Command;
import io.github.whmcs4j.runtime.error.WhmcsApiException;
import io.github.whmcs4j.runtime.error.WhmcsDecodeException;
import io.github.whmcs4j.runtime.error.WhmcsTransportException;
import io.github.whmcs4j.runtime.transport.TransportResponse;
import java.io.IOException;
import javax.xml.stream.XMLInputFactory;

/**
 * Turns an HTTP response into a response record or the right exception. The body's first
 * non-blank character decides the parser (WHMCS's Content-Type is not reliable); the WHMCS envelope
 * is trusted over the HTTP status, which only decides when there is no envelope.
 */
public final class ResponseDecoding {
    private static final JsonFactory JSON = new JsonFactory();
    private static final XmlFactory XML = new XmlFactory(safeXmlInput());

    private ResponseDecoding() {
    }

    /** Decodes {@code response} as the answer to {@code command}, with the default options. */
    public static <R> R decode(Command<R> command, TransportResponse response) {
        return decode(command, response, DecodeOptions.DEFAULTS);
    }

    /** Decodes {@code response} as the answer to {@code command}. */
    public static <R> R decode(Command<R> command, TransportResponse response, DecodeOptions options) {
        String action = command.action();
        byte[] body = response.body();
        int status = response.statusCode();
        int start = firstSignificantByte(body);
        if (start == body.length) {
            throw noEnvelope(action, response, "the response body is empty");
        }
        boolean xml;
        if (body[start] == '{' || body[start] == '[') {
            xml = false;
        } else if (body[start] == '<' && isXmlDocument(body, start)) {
            xml = true;
        } else if (body[start] == '<') {
            throw noEnvelope(action, response,
                    "expected a WHMCS response but got an HTML page (a maintenance, login or firewall page?)");
        } else {
            throw noEnvelope(action, response, "expected a WHMCS JSON or XML response but got plain text");
        }

        ResponseReader reader = null;
        R value;
        try (JsonParser parser = xml ? XML.createParser(body) : JSON.createParser(body, start, body.length - start)) {
            reader = new ResponseReader(parser, action, command.envelope(), xml);
            parser.nextToken();
            value = command.decoder().read(reader);
        } catch (WhmcsDecodeException e) {
            throw afterFailure(action, reader, response, e);
        } catch (JsonProcessingException e) {
            WhmcsDecodeException decode = new WhmcsDecodeException(action, reader == null ? "" : reader.path(),
                    "malformed " + (xml ? "XML" : "JSON") + ": " + e.getOriginalMessage(), e);
            throw afterFailure(action, reader, response, decode);
        } catch (IOException e) {
            throw new WhmcsDecodeException(action, "", "could not read the response: " + e.getMessage(), e);
        }
        if (reader.isError()) {
            throw new WhmcsApiException(action, reader.message(), status);
        }
        if (status < 200 || status > 299) {
            throw new WhmcsTransportException(action, status, response.excerpt(),
                    "HTTP error status without a WHMCS error", null);
        }
        return value;
    }

    /** A failure partway: an error envelope or an HTTP error status explains it better than the decode problem. */
    private static RuntimeException afterFailure(String action, ResponseReader reader, TransportResponse response,
                                                 WhmcsDecodeException problem) {
        if (reader != null && reader.isError()) {
            return new WhmcsApiException(action, reader.message(), response.statusCode());
        }
        if (response.statusCode() < 200 || response.statusCode() > 299) {
            return new WhmcsTransportException(action, response.statusCode(), response.excerpt(),
                    "HTTP error status with an unreadable body", problem);
        }
        return problem;
    }

    private static RuntimeException noEnvelope(String action, TransportResponse response, String problem) {
        if (response.statusCode() < 200 || response.statusCode() > 299) {
            return new WhmcsTransportException(action, response.statusCode(), response.excerpt(),
                    "HTTP error status without a WHMCS envelope", null);
        }
        String excerpt = response.excerpt();
        return new WhmcsDecodeException(action, "", excerpt.isEmpty() ? problem : problem + "; body starts: " + excerpt,
                null);
    }

    private static int firstSignificantByte(byte[] body) {
        int i = 0;
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            i = 3; // UTF-8 byte order mark
        }
        while (i < body.length && (body[i] == ' ' || body[i] == '\n' || body[i] == '\r' || body[i] == '\t')) {
            i++;
        }
        return i;
    }

    /** {@code <?xml ...} or {@code <whmcsapi ...}, as opposed to an HTML page. */
    private static boolean isXmlDocument(byte[] body, int start) {
        return startsWithIgnoreCase(body, start, "<?xml") || startsWithIgnoreCase(body, start, "<whmcsapi");
    }

    private static boolean startsWithIgnoreCase(byte[] body, int start, String prefix) {
        if (body.length - start < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (Character.toLowerCase((char) body[start + i]) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** No DTDs, no external entities: a response must not make the client read files or the network. */
    private static XMLInputFactory safeXmlInput() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.TRUE);
        return factory;
    }
}
