package io.github.whmcs4j.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.runtime.error.WhmcsApiException;
import io.github.whmcs4j.runtime.error.WhmcsDecodeException;
import io.github.whmcs4j.runtime.error.WhmcsTransportException;
import io.github.whmcs4j.runtime.internal.ResponseDecoding;
import io.github.whmcs4j.runtime.transport.TransportResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole bodies, as the transport hands them over: odd bodies, envelopes, XML safety and limits. */
class ResponseDecodingTest {
    private static final Command<ResponseReaderQuirksTest.Page> PAGE = command(Envelope.RESULT);

    private static Command<ResponseReaderQuirksTest.Page> command(Envelope envelope) {
        return new Command<>("GetPage", true, envelope, Set.of(), ResponseReaderQuirksTest::readPage);
    }

    private static ResponseReaderQuirksTest.Page decode(String body) {
        return decode(PAGE, 200, body.getBytes(StandardCharsets.UTF_8), DecodeOptions.DEFAULTS);
    }

    private static <R> R decode(Command<R> command, int status, byte[] body, DecodeOptions options) {
        return ResponseDecoding.decode(command, new TransportResponse(status, body), options);
    }

    private static WhmcsDecodeException decodeFails(String body) {
        return assertThrows(WhmcsDecodeException.class, () -> decode(body));
    }

    // ---- odd bodies -------------------------------------------------------------------------

    @Test
    void emptyAndHtmlBodiesAreDecodeErrors() {
        assertEquals("GetPage: the response body is empty", decodeFails("").getMessage());
        assertEquals("GetPage: the response body is empty", decodeFails(" \r\n\t").getMessage());
        String page = "<!DOCTYPE html><html><body><h1>Down for maintenance</h1></body></html>";
        WhmcsDecodeException html = decodeFails(page);
        assertEquals("", html.path());
        assertTrue(html.problem().startsWith("expected a WHMCS response but got an HTML page"), html.problem());
        assertTrue(html.problem().contains("Down for maintenance"), "the message shows the start of the body");
        assertTrue(decodeFails("Forbidden").problem().startsWith("expected a WHMCS JSON or XML response but got plain text"));
        assertTrue(decodeFails("null").problem().contains("plain text"));
        assertTrue(decodeFails("\"success\"").problem().contains("plain text"));
    }

    @Test
    void aMissingBodyIsAnSdkException() {
        assertEquals("GetPage: the response has no body",
                assertThrows(WhmcsDecodeException.class, () -> decode(PAGE, 200, null, DecodeOptions.DEFAULTS)).getMessage());
        assertThrows(WhmcsTransportException.class, () -> decode(PAGE, 503, null, DecodeOptions.DEFAULTS));
    }

    @Test
    void aBodyOverTheLimitIsRefusedUnread() {
        byte[] body = ("{\"result\":\"success\",\"tags\":[" + "\"tag\",".repeat(100) + "\"end\"]}")
                .getBytes(StandardCharsets.UTF_8);
        DecodeOptions small = DecodeOptions.DEFAULTS.withMaxBodyBytes(100);
        WhmcsDecodeException e = assertThrows(WhmcsDecodeException.class, () -> decode(PAGE, 200, body, small));
        assertEquals("GetPage: the response body has " + body.length + " bytes, more than the limit of 100"
                + " (maxResponseBytes)", e.getMessage());
        assertThrows(WhmcsTransportException.class, () -> decode(PAGE, 502, body, small));
        assertEquals(101, decode(PAGE, 200, body, DecodeOptions.DEFAULTS.withMaxBodyBytes(body.length)).tags().size());
    }

    @Test
    void truncatedBodiesFailWithWhereTheyEnded() {
        WhmcsDecodeException json = decodeFails("{\"result\":\"success\",\"rows\":{\"row\":[{\"id\":1},{\"id\":2");
        assertEquals("rows.row[1].id", json.path());
        assertTrue(json.problem().startsWith("malformed JSON: "), json.problem());
        WhmcsDecodeException xml = decodeFails("<?xml version=\"1.0\"?><whmcsapi><rows><row><id>1</id></row><row><id>2");
        assertTrue(xml.problem().startsWith("malformed XML: "), xml.problem());
        assertTrue(xml.path().startsWith("rows.row"), xml.path());
        decodeFails("{");
        decodeFails("[");
        decodeFails("<whmcsapi>");
        decodeFails("{\"result\":\"success\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"result\":\"success\",}", "{result:1}", "{\"a\":tru}", "{\"a\":1 \"b\":2}", "[1,2]",
        "{\"a\":\"\\x\"}", "{\"a\":01}", "{\"a\":\"ok\"]}",
        "<whmcsapi><a>1</b></whmcsapi>", "<whmcsapi><a>&bogus;</a></whmcsapi>", "<whmcsapi><a>&#0;</a></whmcsapi>",
        "<whmcsapi><a>x<</a></whmcsapi>", "<?xml version=\"1.0\"?><whmcsapi><a b=1>x</a></whmcsapi>",
        "<whmcsapi><a><![CDATA[x</a></whmcsapi>", "<whmcsapi><1>x</1></whmcsapi>", "<?xml version=\"2.0\"?><whmcsapi/>",
        "<?xml version=\"1.0\" encoding=\"no-such-charset\"?><whmcsapi><a>x</a></whmcsapi>"})
    void malformedBodiesAreDecodeErrors(String body) {
        WhmcsDecodeException e = decodeFails(body);
        assertTrue(e.getMessage().startsWith("GetPage: "), e.getMessage());
    }

    @Test
    void invalidUtf8InJsonIsADecodeError() {
        byte[] latin1 = "{\"result\":\"success\",\"tags\":[\"café\"]}".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(WhmcsDecodeException.class, () -> decode(PAGE, 200, latin1, DecodeOptions.DEFAULTS));
    }

    @Test
    void nestingPastTheLimitIsADecodeErrorInJsonAndXml() {
        DecodeOptions ten = DecodeOptions.DEFAULTS.withMaxNestingDepth(10);
        String json = "{\"result\":\"success\",\"deep\":" + "[".repeat(50) + "]".repeat(50) + "}";
        WhmcsDecodeException e = assertThrows(WhmcsDecodeException.class,
                () -> decode(PAGE, 200, json.getBytes(StandardCharsets.UTF_8), ten));
        assertTrue(e.problem().contains("nested deeper than 10 levels"), e.problem());
        String xml = "<whmcsapi>" + "<deep>".repeat(50) + "</deep>".repeat(50) + "</whmcsapi>";
        assertThrows(WhmcsDecodeException.class, () -> decode(PAGE, 200, xml.getBytes(StandardCharsets.UTF_8), ten));

        String veryDeep = "{\"deep\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        WhmcsDecodeException deepest = assertThrows(WhmcsDecodeException.class, () -> decode(veryDeep));
        assertTrue(deepest.problem().contains("nested deeper than 64 levels"), "default limit: " + deepest.problem());
        String veryDeepXml = "<whmcsapi>" + "<d>".repeat(100_000) + "</d>".repeat(100_000) + "</whmcsapi>";
        assertThrows(WhmcsDecodeException.class, () -> decode(veryDeepXml));
    }

    @Test
    void pathologicalValuesFailOrDecodeQuickly() {
        String digits = "9".repeat(5_000_000);
        DecodeOptions strict = DecodeOptions.DEFAULTS.withStrictDecoding(true);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (String text : List.of("{\"rows\":{\"row\":{\"amount\":\"" + digits + "\"}}}",
                    "<whmcsapi><rows><row><amount>" + digits + "</amount></row></rows></whmcsapi>",
                    "{\"rows\":{\"row\":{\"id\":\"" + digits + "\"}}}")) {
                ResponseReaderQuirksTest.Row row = decode(text).rows().get(0);
                assertNull(row.amount());
                assertNull(row.id());
                assertEquals(1, row.unknown().size(), "kept raw");
                byte[] body = text.getBytes(StandardCharsets.UTF_8);
                WhmcsDecodeException e = assertThrows(WhmcsDecodeException.class, () -> decode(PAGE, 200, body, strict));
                assertTrue(e.path().startsWith("rows.row[0]."), e.path());
            }
            // Past the parser's own limit on the length of a number: not a readable body.
            decodeFails("{\"rows\":{\"row\":{\"id\":" + digits + "}}}");
            decodeFails("{\"rows\":{\"row\":{\"amount\":" + digits + "}}}");
            String ampersands = "&".repeat(5_000_000) + ";";
            ResponseReaderQuirksTest.Page page = decode(PAGE, 200, ("{\"tags\":[\"" + ampersands + "\"]}")
                    .getBytes(StandardCharsets.UTF_8), DecodeOptions.DEFAULTS.withUnescapeHtml(true));
            assertEquals(ampersands, page.tags().get(0));
        });
    }

    // ---- PHP messages before the answer -----------------------------------------------------

    @Test
    void phpWarningsBeforeTheAnswerAreSkipped() {
        String answer = "{\"result\":\"success\",\"tags\":[\"a\"]}";
        String html = "<br />\n<b>Warning</b>:  Undefined array key \"x\" in <b>/var/www/whmcs/includes/hooks/mine.php"
                + "</b> on line <b>12</b><br />\n";
        String deprecated = "<br />\n<b>Deprecated</b>:  strlen(): Passing null to parameter #1 ($string) {of type string}"
                + " is deprecated in <b>/var/www/x.php</b> on line <b>3</b><br />\n";
        assertEquals(List.of("a"), decode(html + answer).tags());
        assertEquals(List.of("a"), decode(html + deprecated + html + answer).tags(), "several, with braces inside");
        assertEquals(List.of("a"), decode("\n<b>Notice</b>:  Undefined index: y in <b>/x.php</b> on line <b>7</b>\n"
                + answer).tags());
        assertEquals(List.of("a"), decode("PHP Warning:  Undefined variable $x in /var/www/x.php on line 4\n" + answer)
                .tags(), "the plain-text form");
        assertEquals(List.of("a"), decode("Warning: Undefined variable $x in /var/www/x.php on line 4\n" + answer).tags());
        assertEquals(List.of("a"), decode(html + "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<whmcsapi><result>success"
                + "</result><tags>a</tags></whmcsapi>").tags(), "before XML too");
    }

    @Test
    void phpErrorsWithoutAnAnswerAreDecodeErrors() {
        String fatal = "<br />\n<b>Fatal error</b>:  Uncaught Error: Call to undefined function x() in "
                + "<b>/var/www/x.php</b> on line <b>9</b><br />\n";
        WhmcsDecodeException e = decodeFails(fatal);
        assertTrue(e.problem().startsWith("expected a WHMCS response but PHP printed only errors or warnings"),
                e.problem());
        assertTrue(decodeFails(fatal + "<html><body>oops</body></html>").problem().contains("HTML page"));
        assertTrue(decodeFails("<b>Warning</b>: the site is down").problem().contains("HTML page"),
                "not PHP's form: no \"on line\"");
        assertThrows(WhmcsTransportException.class, () -> decode(PAGE, 500, fatal.getBytes(StandardCharsets.UTF_8),
                DecodeOptions.DEFAULTS));
    }

    // ---- envelopes --------------------------------------------------------------------------

    @Test
    void envelopeVariants() {
        assertEquals(List.of("a"), decode("{\"result\":\"success\",\"tags\":[\"a\"]}").tags());
        assertEquals(List.of("a"), decode("{\"tags\":[\"a\"],\"result\":\"success\"}").tags(), "result last");
        byte[] status = "{\"status\":\"success\",\"tags\":\"a\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("a"), decode(command(Envelope.STATUS), 200, status, DecodeOptions.DEFAULTS).tags());
        assertEquals(Map.of("status", "success"), decode(PAGE, 200, status, DecodeOptions.DEFAULTS).unknown(),
                "status is data when the command's envelope is result");
        byte[] none = "{\"tags\":\"a\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("a"), decode(command(Envelope.NONE), 200, none, DecodeOptions.DEFAULTS).tags());
        assertNull(decode("{}"), "an empty object is the decoder's to turn into an empty record");
        assertNull(decode("[]"), "so is a bare empty array (GetRegistrars' example)");
    }

    @Test
    void errorEnvelopesAreApiExceptionsWithOrWithoutMessage() {
        WhmcsApiException e = assertThrows(WhmcsApiException.class,
                () -> decode("{\"result\":\"error\",\"message\":\"Client Not Found\"}"));
        assertEquals("Client Not Found", e.apiMessage());
        assertEquals(200, e.httpStatus());
        WhmcsApiException bare = assertThrows(WhmcsApiException.class, () -> decode("{\"result\":\"error\"}"));
        assertNull(bare.apiMessage());
        assertEquals("GetPage: WHMCS answered with an error: (WHMCS gave no message)", bare.getMessage());
        WhmcsApiException xml = assertThrows(WhmcsApiException.class, () -> decode("<?xml version=\"1.0\"?>\n"
                + "<whmcsapi version=\"8.13.1\"><action>getpage</action><result>error</result><message>Invalid IP 1.2.3.4"
                + "</message></whmcsapi>"));
        assertEquals("Invalid IP 1.2.3.4", xml.apiMessage());
        WhmcsApiException status = assertThrows(WhmcsApiException.class, () -> decode(command(Envelope.STATUS), 403,
                "{\"status\":\"error\",\"message\":\"Authentication Failed\"}".getBytes(StandardCharsets.UTF_8),
                DecodeOptions.DEFAULTS));
        assertEquals(403, status.httpStatus());
        assertThrows(WhmcsApiException.class, () -> decode(command(Envelope.NONE), 200,
                "{\"result\":\"error\",\"message\":\"x\"}".getBytes(StandardCharsets.UTF_8), DecodeOptions.DEFAULTS),
                "an error still arrives as result=error when the envelope is none");
        WhmcsApiException first = assertThrows(WhmcsApiException.class,
                () -> decode("{\"result\":\"error\",\"message\":\"No\",\"rows\":{\"row\":{\"amount\":\"12,00\"}}}"));
        assertEquals("No", first.apiMessage(), "an error envelope explains a bad value after it");
        WhmcsApiException escaped = assertThrows(WhmcsApiException.class, () -> decode(PAGE, 200,
                "{\"result\":\"error\",\"message\":\"Name &amp; email\"}".getBytes(StandardCharsets.UTF_8),
                DecodeOptions.DEFAULTS.withUnescapeHtml(true)));
        assertEquals("Name & email", escaped.apiMessage());
    }

    // ---- XML --------------------------------------------------------------------------------

    @Test
    void xmlInAnyDeclaredEncodingWithCdataAndEntities() {
        String text = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<whmcsapi version=\"8.13.1\">"
                + "<action>getpage</action><result>success</result><tags>Café Müller</tags>"
                + "<tags><![CDATA[<b>bold</b> & \"quoted\"]]></tags><tags>&#233;&amp;&lt;&#x263A;</tags></whmcsapi>";
        byte[] latin1 = text.getBytes(Charset.forName("ISO-8859-1"));
        assertEquals(List.of("Café Müller", "<b>bold</b> & \"quoted\"", "é&<☺"),
                decode(PAGE, 200, latin1, DecodeOptions.DEFAULTS).tags());
        byte[] windows = text.replace("ISO-8859-1", "windows-1252").replace("Café", "Café €")
                .getBytes(Charset.forName("windows-1252"));
        assertEquals("Café € Müller", decode(PAGE, 200, windows, DecodeOptions.DEFAULTS).tags().get(0));
        byte[] bom = ("\uFEFF" + text.replace("ISO-8859-1", "UTF-8")).getBytes(StandardCharsets.UTF_8);
        assertEquals("Café Müller", decode(PAGE, 200, bom, DecodeOptions.DEFAULTS).tags().get(0));
    }

    @Test
    void utf16BodiesAreReadWithOrWithoutByteOrderMark() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<whmcsapi version=\"8.13.1\"><result>success</result>"
                + "<tags>Café 東京</tags></whmcsapi>";
        for (Charset charset : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] body = (charset == StandardCharsets.UTF_16LE ? "\uFEFF" + xml : xml).getBytes(charset);
            assertEquals(List.of("Café 東京"), decode(PAGE, 200, body, DecodeOptions.DEFAULTS).tags(), charset.name());
        }
        byte[] json = "{\"result\":\"success\",\"tags\":[\"Café\"]}".getBytes(StandardCharsets.UTF_16LE);
        assertEquals(List.of("Café"), decode(PAGE, 200, json, DecodeOptions.DEFAULTS).tags());
        byte[] doctype = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE x [<!ENTITY e \"e\">]><whmcsapi/>")
                .getBytes(StandardCharsets.UTF_16);
        assertTrue(assertThrows(WhmcsDecodeException.class, () -> decode(PAGE, 200, doctype, DecodeOptions.DEFAULTS))
                .problem().contains("DTD"));
        byte[] html = "<html><body>Down</body></html>".getBytes(StandardCharsets.UTF_16);
        assertThrows(WhmcsDecodeException.class, () -> decode(PAGE, 200, html, DecodeOptions.DEFAULTS));
    }

    @Test
    void aBillionLaughsIsRefusedAtOnce() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        xml.append("<!ENTITY lol1 \"").append("&lol;".repeat(10)).append("\">\n");
        for (int i = 2; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n<whmcsapi><result>success</result><tags>&lol9;</tags></whmcsapi>");
        WhmcsDecodeException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> decodeFails(xml.toString()));
        assertTrue(e.problem().contains("DTD"), e.problem());
    }

    @Test
    void externalEntitiesAreNeverRead(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-MARKER");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE whmcsapi [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<whmcsapi><result>success</result><tags>&xxe;</tags></whmcsapi>";
        WhmcsDecodeException e = decodeFails(xxe);
        assertFalse(e.getMessage().contains("TOP-SECRET-MARKER"));
        assertTrue(e.problem().contains("DTD"), e.problem());
        String parameterEntity = "<?xml version=\"1.0\"?>\n<!DOCTYPE whmcsapi [<!ENTITY % p SYSTEM \"" + secret.toUri()
                + "\"> %p;]>\n<whmcsapi><result>success</result></whmcsapi>";
        assertFalse(decodeFails(parameterEntity).getMessage().contains("TOP-SECRET-MARKER"));
    }

    @Test
    void externalDtdsAreNeverFetched() throws IOException {
        try (ServerSocket server = new ServerSocket(0)) {
            server.setSoTimeout(300);
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/evil.dtd";
            for (String xml : List.of(
                    "<?xml version=\"1.0\"?>\n<!DOCTYPE whmcsapi SYSTEM \"" + url + "\">\n<whmcsapi><result>success</result></whmcsapi>",
                    "<?xml version=\"1.0\"?>\n<!-- c -->\n<!DOCTYPE whmcsapi [<!ENTITY e SYSTEM \"" + url + "\">]>"
                            + "<whmcsapi><tags>&e;</tags></whmcsapi>")) {
                decodeFails(xml);
            }
            assertThrows(SocketTimeoutException.class, server::accept, "the decoder must not have connected");
        }
    }

    @Test
    void undeclaredEntitiesAreDecodeErrors() {
        WhmcsDecodeException e = decodeFails("<whmcsapi><result>success</result><tags>&nbsp;</tags></whmcsapi>");
        assertTrue(e.problem().startsWith("malformed XML"), e.problem());
    }

    @Test
    void xmlAndJsonDecodeAlike() {
        ResponseReaderQuirksTest.Page json = decode("{\"result\":\"success\",\"rows\":{\"row\":[{\"id\":\"1\","
                + "\"amount\":\"1.50\"}]},\"prices\":{\"com\":9.95}}");
        ResponseReaderQuirksTest.Page xml = decode("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<whmcsapi version=\"8\">"
                + "<action>getpage</action><result>success</result><rows><row><id>1</id><amount>1.50</amount></row>"
                + "</rows><prices><com>9.95</com></prices></whmcsapi>");
        assertEquals(json, xml);
        assertEquals(new BigDecimal("9.95"), xml.prices().get("com"));
    }
}
