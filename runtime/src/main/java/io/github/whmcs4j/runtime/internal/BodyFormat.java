package io.github.whmcs4j.runtime.internal;

import static io.github.whmcs4j.runtime.internal.AsciiBytes.indexOf;
import static io.github.whmcs4j.runtime.internal.AsciiBytes.isSpace;
import static io.github.whmcs4j.runtime.internal.AsciiBytes.startsWithIgnoreCase;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * What a response body holds, told from its start, since WHMCS's Content-Type is not reliable: the
 * first significant character picks JSON ({@code {}, {@code [}) or XML ({@code <?xml},
 * {@code <whmcsapi}), after a UTF-8 byte order mark, blanks and any PHP messages
 * ({@link PhpMessages}); a body in UTF-16 is told by its decoded start and parsed whole, as the
 * parsers detect that encoding themselves. Anything else (an empty body, an HTML page, plain text,
 * XML declaring a DTD) is not a WHMCS response, and {@link #problem()} says what it is.
 *
 * @param start where the parser is to start
 * @param xml whether the body is XML
 * @param problem why the body is not a WHMCS response; {@code null} when it may be one
 */
record BodyFormat(int start, boolean xml, String problem) {
    private static final String DTD = "the XML response declares a DTD, which WHMCS never sends; refused for safety";

    static BodyFormat of(byte[] body) {
        Charset wide = utf16(body);
        if (wide != null) {
            return ofWide(body, wide);
        }
        int start = firstSignificantByte(body, 0);
        if (start == body.length) {
            return notAResponse("the response body is empty");
        }
        if (body[start] == '<' && !isXmlDocument(body, start)) {
            int after = PhpMessages.skip(body, start);
            if (after == body.length) {
                return notAResponse("expected a WHMCS response but PHP printed only errors or warnings");
            }
            if (after >= 0 && (body[after] == '{' || body[after] == '[' || isXmlDocument(body, after))) {
                start = after;
            }
        } else if (body[start] != '{' && body[start] != '[' && body[start] != '<') {
            int after = PhpMessages.skip(body, start);
            if (after >= 0 && after < body.length && (body[after] == '{' || body[after] == '[')) {
                start = after;
            }
        }
        if (body[start] == '{' || body[start] == '[') {
            return new BodyFormat(start, false, null);
        }
        if (body[start] == '<' && isXmlDocument(body, start)) {
            return hasDoctype(body, start) ? notAResponse(DTD) : new BodyFormat(start, true, null);
        }
        if (body[start] == '<') {
            return notAResponse("expected a WHMCS response but got an HTML page (a maintenance, login or firewall page?)");
        }
        return notAResponse("expected a WHMCS JSON or XML response but got plain text");
    }

    private static BodyFormat notAResponse(String problem) {
        return new BodyFormat(0, false, problem);
    }

    /** A body in UTF-16 (XML may declare it): its start, decoded, decides the parser, which reads it whole. */
    private static BodyFormat ofWide(byte[] body, Charset charset) {
        String head = new String(body, 0, Math.min(body.length, 4096) & ~1, charset).replace("\uFEFF", "");
        byte[] probe = head.getBytes(StandardCharsets.ISO_8859_1);
        int start = firstSignificantByte(probe, 0);
        if (start < probe.length && (probe[start] == '{' || probe[start] == '[')) {
            return new BodyFormat(0, false, null);
        }
        if (start < probe.length && probe[start] == '<' && isXmlDocument(probe, start)) {
            return hasDoctype(probe, start) ? notAResponse(DTD) : new BodyFormat(0, true, null);
        }
        return notAResponse("expected a WHMCS JSON or XML response in UTF-16 but got something else");
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
}
