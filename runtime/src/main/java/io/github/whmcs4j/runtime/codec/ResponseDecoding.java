package io.github.whmcs4j.runtime.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import io.github.whmcs4j.runtime.Command;
import io.github.whmcs4j.runtime.error.WhmcsApiException;
import io.github.whmcs4j.runtime.error.WhmcsDecodeException;
import io.github.whmcs4j.runtime.error.WhmcsException;
import io.github.whmcs4j.runtime.error.WhmcsTransportException;
import io.github.whmcs4j.runtime.transport.TransportResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * Turns an HTTP response into a response record or the right exception. The body's first
 * non-blank character decides the parser (WHMCS's Content-Type is not reliable); the WHMCS envelope
 * is trusted over the HTTP status, which only decides when there is no envelope.
 *
 * <p>Whatever the body holds, decoding ends in a record or in one of the SDK's exceptions
 * ({@link WhmcsDecodeException}, {@link WhmcsApiException}, {@link WhmcsTransportException}):
 * bodies over {@link DecodeOptions#maxBodyBytes()} are refused unread, nesting past
 * {@link DecodeOptions#maxNestingDepth()} is refused as it is met, and XML is read without DTDs,
 * external entities or entity expansion.
 *
 * <p>PHP notices and warnings that a misconfigured WHMCS prints before its answer
 * ({@code <br />\n<b>Warning</b>: ... on line <b>12</b><br />\n{"result":...}}) are skipped: the
 * answer after them is read as usual.
 */
public final class ResponseDecoding {
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(DecodeOptions.MAX_NESTING_DEPTH + 1) // our own, clearer check comes first
                    .build())
            .build();
    private static final XmlFactory XML = new XmlFactory(safeXmlInput());

    /** How far into the body a PHP message may run before its "on line N". */
    private static final int LONGEST_PHP_MESSAGE = 64 * 1024;
    private static final String[] PHP_MESSAGE_KINDS = {
        "Warning", "Notice", "Deprecated", "Strict Standards", "Fatal error", "Parse error",
        "Recoverable fatal error", "Catchable fatal error", "Core Warning", "User Warning", "User Notice",
        "User Deprecated",
    };

    private static final String[] LINE_BREAKS = {"<br />", "<br/>", "<br>"};

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
        if (body == null) { // a custom transport's doing
            if (!isSuccess(status)) {
                throw new WhmcsTransportException(action, status, null, "HTTP error status without a body", null);
            }
            throw new WhmcsDecodeException(action, "", "the response has no body", null);
        }
        if (body.length > options.maxBodyBytes()) {
            String problem = "the response body has " + body.length + " bytes, more than the limit of "
                    + options.maxBodyBytes() + " (maxResponseBytes)";
            if (!isSuccess(status)) {
                throw new WhmcsTransportException(action, status, response.excerpt(), problem, null);
            }
            throw new WhmcsDecodeException(action, "", problem, null);
        }
        Charset wide = utf16(body);
        if (wide != null) {
            return decodeWide(command, response, options, wide);
        }
        int start = firstSignificantByte(body, 0);
        if (start == body.length) {
            throw noEnvelope(action, response, "the response body is empty");
        }
        if (body[start] == '<' && !isXmlDocument(body, start)) {
            int after = skipPhpMessages(body, start);
            if (after == body.length) {
                throw noEnvelope(action, response, "expected a WHMCS response but PHP printed only errors or warnings");
            }
            if (after >= 0 && (body[after] == '{' || body[after] == '[' || isXmlDocument(body, after))) {
                start = after;
            }
        } else if (body[start] != '{' && body[start] != '[' && body[start] != '<') {
            int after = skipPhpMessages(body, start);
            if (after >= 0 && after < body.length && (body[after] == '{' || body[after] == '[')) {
                start = after;
            }
        }
        boolean xml;
        if (body[start] == '{' || body[start] == '[') {
            xml = false;
        } else if (body[start] == '<' && isXmlDocument(body, start)) {
            xml = true;
            if (hasDoctype(body, start)) {
                throw noEnvelope(action, response,
                        "the XML response declares a DTD, which WHMCS never sends; refused for safety");
            }
        } else if (body[start] == '<') {
            throw noEnvelope(action, response,
                    "expected a WHMCS response but got an HTML page (a maintenance, login or firewall page?)");
        } else {
            throw noEnvelope(action, response, "expected a WHMCS JSON or XML response but got plain text");
        }

        try {
            return parse(command, response, options, start, xml);
        } catch (WhmcsApiException error) {
            if (error.apiMessage() == null && !isUtf8(body)) {
                // An error message in another encoding stopped the parser before it was read: read it leniently.
                byte[] lenient = new String(body, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
                return decode(command, new TransportResponse(status, lenient, response.headers()), options);
            }
            throw error;
        }
    }

    private static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException invalid) {
            return false;
        }
    }

    /**
     * A body in UTF-16 (XML may declare it): the parsers detect the encoding themselves, so the body
     * is parsed whole, and its start, decoded, decides the parser.
     */
    private static <R> R decodeWide(Command<R> command, TransportResponse response, DecodeOptions options,
                                    Charset charset) {
        byte[] body = response.body();
        String head = new String(body, 0, Math.min(body.length, 4096) & ~1, charset).replace("\uFEFF", "");
        byte[] probe = head.getBytes(StandardCharsets.ISO_8859_1);
        int start = firstSignificantByte(probe, 0);
        if (start < probe.length && (probe[start] == '{' || probe[start] == '[')) {
            return parse(command, response, options, 0, false);
        }
        if (start < probe.length && probe[start] == '<' && isXmlDocument(probe, start)) {
            if (hasDoctype(probe, start)) {
                throw noEnvelope(command.action(), response,
                        "the XML response declares a DTD, which WHMCS never sends; refused for safety");
            }
            return parse(command, response, options, 0, true);
        }
        throw noEnvelope(command.action(), response, "expected a WHMCS JSON or XML response in UTF-16 but got something else");
    }

    /** UTF-16 by its byte order mark, or by a zero byte beside an ASCII one at the start; {@code null} otherwise. */
    private static Charset utf16(byte[] body) {
        if (body.length < 2) {
            return null;
        }
        int first = body[0] & 0xFF;
        int second = body[1] & 0xFF;
        if (first == 0xFE && second == 0xFF) {
            return StandardCharsets.UTF_16BE;
        } else if (first == 0xFF && second == 0xFE && !(body.length >= 4 && body[2] == 0 && body[3] == 0)) {
            return StandardCharsets.UTF_16LE;
        } else if (first == 0 && second != 0 && second < 0x80) {
            return StandardCharsets.UTF_16BE;
        } else if (first != 0 && first < 0x80 && second == 0 && !(body.length >= 4 && body[2] == 0)) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static <R> R parse(Command<R> command, TransportResponse response, DecodeOptions options, int start,
                               boolean xml) {
        String action = command.action();
        byte[] body = response.body();
        int status = response.statusCode();
        ResponseReader reader = null;
        R value;
        String format = xml ? "XML" : "JSON";
        try (JsonParser parser = xml ? XML.createParser(body, start, body.length - start)
                : JSON.createParser(body, start, body.length - start)) {
            reader = new ResponseReader(parser, action, command.envelope(), xml, options);
            parser.nextToken();
            value = command.decoder().read(reader);
        } catch (WhmcsDecodeException e) {
            throw afterFailure(action, reader, response, e);
        } catch (JsonProcessingException e) {
            throw afterFailure(action, reader, response, malformed(action, reader, format, e.getOriginalMessage(), e));
        } catch (IOException e) {
            throw afterFailure(action, reader, response,
                    new WhmcsDecodeException(action, pathOf(reader), "could not read the response: " + e.getMessage(), e));
        } catch (WhmcsException e) {
            throw e;
        } catch (RuntimeException e) {
            // The XML parser reports some errors lazily, as unchecked exceptions (WstxLazyException).
            throw afterFailure(action, reader, response, malformed(action, reader, format, e.getMessage(), e));
        }
        if (reader.isError()) {
            throw new WhmcsApiException(action, reader.message(), status);
        }
        if (!isSuccess(status)) {
            throw new WhmcsTransportException(action, status, response.excerpt(),
                    "HTTP error status without a WHMCS error", null);
        }
        return value;
    }

    private static boolean isSuccess(int status) {
        return status >= 200 && status <= 299;
    }

    private static WhmcsDecodeException malformed(String action, ResponseReader reader, String format, String detail,
                                                  Throwable cause) {
        String text = detail == null ? cause.getClass().getSimpleName() : firstLine(detail);
        return new WhmcsDecodeException(action, pathOf(reader), "malformed " + format + ": " + text, cause);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        String line = newline < 0 ? text : text.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static String pathOf(ResponseReader reader) {
        if (reader == null) {
            return "";
        }
        try {
            return reader.path();
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** A failure partway: an error envelope or an HTTP error status explains it better than the decode problem. */
    private static RuntimeException afterFailure(String action, ResponseReader reader, TransportResponse response,
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

    private static RuntimeException noEnvelope(String action, TransportResponse response, String problem) {
        if (!isSuccess(response.statusCode())) {
            return new WhmcsTransportException(action, response.statusCode(), response.excerpt(),
                    "HTTP error status without a WHMCS envelope", null);
        }
        String excerpt = response.excerpt();
        return new WhmcsDecodeException(action, "", excerpt.isEmpty() ? problem : problem + "; body starts: " + excerpt,
                null);
    }

    private static int firstSignificantByte(byte[] body, int from) {
        int i = from;
        if (i == 0 && body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB
                && (body[2] & 0xFF) == 0xBF) {
            i = 3; // UTF-8 byte order mark
        }
        while (i < body.length && isSpace(body[i])) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    // ---- PHP messages before the answer -----------------------------------------------------

    /**
     * Where the body goes on after the PHP notices, warnings or errors it starts with
     * ({@code <br />\n<b>Warning</b>:  text in <b>/path.php</b> on line <b>12</b><br />}, or the
     * plain-text {@code PHP Warning:  text in /path.php on line 12}); -1 when it does not start with one.
     */
    static int skipPhpMessages(byte[] body, int start) {
        int i = start;
        boolean found = false;
        while (true) {
            i = skipSpaceAndLineBreaks(body, i);
            int end = phpMessageEnd(body, i);
            if (end < 0) {
                return found ? i : -1;
            }
            found = true;
            i = end;
        }
    }

    private static int skipSpaceAndLineBreaks(byte[] body, int from) {
        int i = from;
        while (true) {
            while (i < body.length && isSpace(body[i])) {
                i++;
            }
            int br = -1;
            for (String tag : LINE_BREAKS) {
                if (startsWithIgnoreCase(body, i, tag)) {
                    br = i + tag.length();
                    break;
                }
            }
            if (br < 0) {
                return i;
            }
            i = br;
        }
    }

    /** The end of the PHP message at {@code i}, or -1 when none starts there. */
    private static int phpMessageEnd(byte[] body, int i) {
        int p = i;
        boolean html = startsWithIgnoreCase(body, p, "<b>");
        if (html) {
            p += 3;
        } else if (startsWithIgnoreCase(body, p, "PHP ")) {
            p += 4;
        }
        int kindEnd = -1;
        for (String kind : PHP_MESSAGE_KINDS) {
            if (startsWithIgnoreCase(body, p, kind)) {
                kindEnd = p + kind.length();
                break;
            }
        }
        if (kindEnd < 0) {
            return -1;
        }
        p = kindEnd;
        if (html) {
            if (!startsWithIgnoreCase(body, p, "</b>")) {
                return -1;
            }
            p += 4;
        }
        if (p >= body.length || body[p] != ':') {
            return -1;
        }
        int onLine = indexOf(body, " on line ", p, Math.min(body.length, p + LONGEST_PHP_MESSAGE));
        if (onLine < 0) {
            return -1;
        }
        p = onLine + " on line ".length();
        if (html && startsWithIgnoreCase(body, p, "<b>")) {
            p += 3;
        }
        int digits = p;
        while (p < body.length && body[p] >= '0' && body[p] <= '9') {
            p++;
        }
        if (p == digits) {
            return -1;
        }
        if (html && startsWithIgnoreCase(body, p, "</b>")) {
            p += 4;
        }
        return p;
    }

    private static int indexOf(byte[] body, String text, int from, int to) {
        for (int i = from; i + text.length() <= to; i++) {
            if (startsWithIgnoreCase(body, i, text)) {
                return i;
            }
        }
        return -1;
    }

    // ---- XML --------------------------------------------------------------------------------

    /** {@code <?xml ...} or {@code <whmcsapi ...}, as opposed to an HTML page. */
    private static boolean isXmlDocument(byte[] body, int start) {
        return startsWithIgnoreCase(body, start, "<?xml") || startsWithIgnoreCase(body, start, "<whmcsapi");
    }

    /** Whether the XML prolog (before the root element) has a {@code <!DOCTYPE}. */
    private static boolean hasDoctype(byte[] body, int start) {
        int i = start;
        while (true) {
            i = firstSignificantByte(body, i);
            if (startsWithIgnoreCase(body, i, "<!DOCTYPE")) {
                return true;
            }
            int end;
            if (startsWithIgnoreCase(body, i, "<?")) {
                end = indexOf(body, "?>", i + 2, body.length);
                i = end + 2;
            } else if (startsWithIgnoreCase(body, i, "<!--")) {
                end = indexOf(body, "-->", i + 4, body.length);
                i = end + 3;
            } else {
                return false;
            }
            if (end < 0) {
                return false; // unterminated: the parser will say so
            }
        }
    }

    private static boolean startsWithIgnoreCase(byte[] body, int start, String prefix) {
        if (start < 0 || body.length - start < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (Character.toLowerCase((char) (body[start + i] & 0xFF)) != Character.toLowerCase(prefix.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * No DTDs, no external entities, no entity expansion beyond XML's five: a response must not make
     * the client read files or the network, or expand a few bytes into gigabytes.
     */
    private static XMLInputFactory safeXmlInput() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.TRUE);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entities are not allowed: " + systemId);
        });
        setIfSupported(factory, "com.ctc.wstx.maxElementDepth", DecodeOptions.MAX_NESTING_DEPTH + 1);
        return factory;
    }

    private static void setIfSupported(XMLInputFactory factory, String property, Object value) {
        if (factory.isPropertySupported(property)) {
            factory.setProperty(property, value);
        }
    }
}
