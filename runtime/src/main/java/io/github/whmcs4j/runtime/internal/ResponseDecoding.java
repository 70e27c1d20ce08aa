package io.github.whmcs4j.runtime.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.whmcs4j.runtime.error.WhmcsApiException;
import io.github.whmcs4j.runtime.error.WhmcsDecodeException;
import io.github.whmcs4j.runtime.error.WhmcsException;
import io.github.whmcs4j.runtime.error.WhmcsTransportException;
import io.github.whmcs4j.runtime.spi.Command;
import io.github.whmcs4j.runtime.spi.DecodeOptions;
import io.github.whmcs4j.runtime.spi.ResponseReader;
import io.github.whmcs4j.runtime.transport.TransportResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * Turns an HTTP response into a response record or the right exception: {@link BodyFormat} picks the
 * parser from the body's start, the command's generated decoder reads the body through a
 * {@link ResponseReader}, and {@link ResponseErrors} decides which exception a failure or an error
 * envelope ends in (the WHMCS envelope is trusted over the HTTP status).
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
    /** What an XML answer needs on the class path; the SDK reads JSON without it. */
    static final String XML_DEPENDENCY = "com.fasterxml.jackson.dataformat:jackson-dataformat-xml (which brings "
            + "com.fasterxml.woodstox:woodstox-core)";

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
        if (body == null) {
            throw ResponseErrors.noBody(action, response.statusCode());
        }
        if (body.length > options.maxBodyBytes()) {
            throw ResponseErrors.tooLarge(action, response, options.maxBodyBytes());
        }
        BodyFormat format = BodyFormat.of(body);
        if (format.problem() != null) {
            throw ResponseErrors.noEnvelope(action, response, format.problem());
        }
        try {
            return parse(command, response, options, format.start(), format.xml());
        } catch (WhmcsApiException error) {
            if (error.apiMessage() == null && !isUtf8(body)) {
                // An error message in another encoding stopped the parser before it was read: read it leniently.
                byte[] lenient = new String(body, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
                return decode(command, new TransportResponse(response.statusCode(), lenient, response.headers()), options);
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

    private static <R> R parse(Command<R> command, TransportResponse response, DecodeOptions options, int start,
                               boolean xml) {
        String action = command.action();
        byte[] body = response.body();
        ResponseReader reader = null;
        R value;
        String format = xml ? "XML" : "JSON";
        try (JsonParser parser = xml ? xmlParser(action, body, start) : JSON.createParser(body, start, body.length - start)) {
            reader = new ResponseReader(parser, action, command.envelope(), xml, options);
            parser.nextToken();
            value = command.decoder().read(reader);
        } catch (WhmcsDecodeException e) {
            throw ResponseErrors.afterFailure(action, reader, response, e);
        } catch (JsonProcessingException e) {
            throw ResponseErrors.afterFailure(action, reader, response,
                    malformed(action, reader, format, e.getOriginalMessage(), e));
        } catch (IOException e) {
            throw ResponseErrors.afterFailure(action, reader, response,
                    new WhmcsDecodeException(action, pathOf(reader), "could not read the response: " + e.getMessage(), e));
        } catch (WhmcsException e) {
            throw e;
        } catch (RuntimeException e) {
            // The XML parser reports some errors lazily, as unchecked exceptions (WstxLazyException).
            throw ResponseErrors.afterFailure(action, reader, response, malformed(action, reader, format, e.getMessage(), e));
        }
        RuntimeException failure = ResponseErrors.afterReading(action, reader, response);
        if (failure != null) {
            throw failure;
        }
        return value;
    }

    /**
     * An XML parser, through {@link XmlParsers}, which is loaded only now: a JSON user may leave the
     * XML libraries out, and only an XML answer then fails, saying what to add.
     */
    private static JsonParser xmlParser(String action, byte[] body, int start) throws IOException {
        try {
            return XmlParsers.create(body, start, body.length - start);
        } catch (NoClassDefFoundError missing) {
            throw new WhmcsDecodeException(action, "", "the response is XML, and reading XML needs "
                    + XML_DEPENDENCY + " on the class path; add it, or ask for JSON (the default response format)",
                    missing);
        }
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
}
