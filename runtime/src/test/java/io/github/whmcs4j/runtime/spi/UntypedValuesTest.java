package io.github.whmcs4j.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import io.github.whmcs4j.runtime.error.WhmcsDecodeException;
import io.github.whmcs4j.runtime.internal.ResponseDecoding;
import io.github.whmcs4j.runtime.transport.TransportResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Values that cannot be typed: read as absent, kept raw, reported once per command and path (never
 * showing a secret), and failing only when decoding is strict; fields that repeat; a bare array
 * for the whole response.
 */
class UntypedValuesTest {
    private static final JsonFactory JSON = new JsonFactory();
    private static final XmlFactory XML = new XmlFactory();
    private static final Logger DECODING = Logger.getLogger("io.github.whmcs4j.decoding");

    private final List<LogRecord> warnings = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            warnings.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        DECODING.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        DECODING.removeHandler(capture);
    }

    /** An account: {@code id}, {@code balance}, a secret {@code password}, and its unknown fields. */
    record Account(Long id, BigDecimal balance, String password, Map<String, Object> unknown) {
    }

    static Account readAccount(ResponseReader in, String name) throws IOException {
        if (!in.beginObject(name)) {
            return null;
        }
        Long id = null;
        BigDecimal balance = null;
        String password = null;
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "id" -> id = in.firstOf("id", id, in.readLong("id"));
                case "balance" -> balance = in.firstOf("balance", balance, in.readDecimal("balance"));
                case "password" -> password = in.readSecret("password", password, ResponseReader::readString);
                default -> in.keepUnknown(field);
            }
        }
        return new Account(id, balance, password, in.endObject());
    }

    /** The response: a bare list {@code accounts}. */
    static List<Account> readAccounts(ResponseReader in) throws IOException {
        if (in.atList()) {
            return ResponseReader.listOf(in.readList(null, "accounts", null, UntypedValuesTest::readAccount));
        }
        ArrayList<Account> accounts = null;
        if (in.beginObject()) {
            for (String field = in.nextField(); field != null; field = in.nextField()) {
                if (field.equals("accounts")) {
                    accounts = in.readList(accounts, "accounts", null, UntypedValuesTest::readAccount);
                } else {
                    in.keepUnknown(field);
                }
            }
            in.endObject();
        }
        return ResponseReader.listOf(accounts);
    }

    private static List<Account> json(String action, String json, DecodeOptions options) {
        try (JsonParser parser = JSON.createParser(json)) {
            ResponseReader in = new ResponseReader(parser, action, Envelope.RESULT, false, options);
            parser.nextToken();
            return readAccounts(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Account> json(String action, String json) {
        return json(action, json, DecodeOptions.DEFAULTS);
    }

    private static List<Account> xml(String action, String xml) {
        try (JsonParser parser = XML.createParser(xml.getBytes(StandardCharsets.UTF_8))) {
            ResponseReader in = new ResponseReader(parser, action, Envelope.RESULT, true, DecodeOptions.DEFAULTS);
            parser.nextToken();
            return readAccounts(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aValueThatDoesNotFitIsKeptRawAndReportedOncePerPath() {
        String body = "{\"accounts\":[{\"id\":1,\"balance\":\"$15.95 USD\"},{\"id\":2,\"balance\":\"2,000 Ft\"}]}";
        List<Account> accounts = json("ReportOnce", body);
        assertEquals(List.of(Map.of("balance", "$15.95 USD"), Map.of("balance", "2,000 Ft")),
                accounts.stream().map(Account::unknown).toList());
        assertNull(accounts.get(0).balance());
        json("ReportOnce", body);
        assertEquals(1, warnings.size(), "once per command and path, whatever the index: " + warnings);
        assertEquals(Level.WARNING, warnings.get(0).getLevel());
        assertEquals("ReportOnce: accounts[0].balance: \"$15.95 USD\" is not a decimal; read as null, the raw value kept"
                + " in unknownFields()", warnings.get(0).getMessage());

        String long61 = "x".repeat(100);
        json("ReportShort", "{\"accounts\":[{\"balance\":\"" + long61 + "\"}]}");
        String message = warnings.get(1).getMessage();
        assertTrue(message.contains("\"" + "x".repeat(60) + "…\""), "an excerpt of at most 60 characters: " + message);
        assertFalse(message.contains("x".repeat(61)), message);
    }

    @Test
    void aSecretThatDoesNotFitIsNeitherKeptNorShown() {
        List<Account> accounts = json("SecretShape", "{\"accounts\":[{\"id\":1,\"password\":{\"hash\":\"s3cr3t-hash\"}}]}");
        assertNull(accounts.get(0).password());
        assertEquals(Map.of(), accounts.get(0).unknown(), "not kept: unknown fields show in toString()");
        assertEquals(1, warnings.size());
        assertEquals("SecretShape: accounts[0].password: an object is not a string; read as null", warnings.get(0).getMessage());
        WhmcsDecodeException e = assertThrows(WhmcsDecodeException.class, () -> json("SecretShape",
                "{\"accounts\":[{\"password\":{\"hash\":\"s3cr3t-hash\"}}]}", DecodeOptions.DEFAULTS.withStrictDecoding(true)));
        assertFalse(e.getMessage().contains("s3cr3t"), e.getMessage());
        assertEquals("s3cr3t", json("SecretShape", "{\"accounts\":[{\"id\":1,\"password\":\"s3cr3t\"}]}").get(0).password());
    }

    @Test
    void strictDecodingFailsWithThePath() {
        WhmcsDecodeException e = assertThrows(WhmcsDecodeException.class, () -> json("Strict",
                "{\"accounts\":[{\"id\":1},{\"id\":\"INR\"}]}", DecodeOptions.DEFAULTS.withStrictDecoding(true)));
        assertEquals("Strict: accounts[1].id: \"INR\" is not a whole number", e.getMessage());
        assertTrue(warnings.isEmpty(), "nothing to report: the call failed");
    }

    @Test
    void aRepeatedScalarKeepsItsFirstValueAndEveryValueRaw() {
        Account fromXml = xml("Repeated", "<whmcsapi><accounts><id>1</id><balance>15.95</balance><balance>99.00</balance>"
                + "<balance>1.5</balance></accounts></whmcsapi>").get(0);
        assertEquals(new BigDecimal("15.95"), fromXml.balance());
        assertEquals(Map.of("balance", List.of("15.95", "99.00", "1.5")), fromXml.unknown());
        Account fromJson = json("Repeated", "{\"accounts\":{\"id\":1,\"balance\":15.95,\"balance\":\"99.00\",\"balance\":\"1.5\"}}")
                .get(0);
        assertEquals(fromXml, fromJson, "a duplicate JSON key reads alike");
    }

    @Test
    void emptyValuesAreAbsentAlikeInJsonAndXml() {
        for (String empty : List.of("null", "\"\"", "{}", "[]")) {
            Account account = json("Empty", "{\"accounts\":[{\"id\":1,\"balance\":" + empty + ",\"password\":" + empty + "}]}")
                    .get(0);
            assertEquals(new Account(1L, null, null, Map.of()), account, empty);
        }
        assertEquals(new Account(1L, null, null, Map.of()),
                xml("Empty", "<whmcsapi><accounts><id>1</id><balance></balance><password/></accounts></whmcsapi>").get(0));
        assertTrue(warnings.isEmpty(), "empty values are no news: " + warnings);
    }

    @Test
    void everyListShapeReadsTheSameItems() {
        List<Account> expected = List.of(new Account(1L, null, null, Map.of()), new Account(2L, null, null, Map.of()));
        for (String shape : List.of("[{\"id\":1},{\"id\":2}]", "{\"account\":[{\"id\":1},{\"id\":2}]}",
                "{\"0\":{\"id\":1},\"1\":{\"id\":2}}", "{\"1\":{\"id\":2},\"0\":{\"id\":1}}",
                "{\"account\":{\"0\":{\"id\":1},\"1\":{\"id\":\"2\"}}}")) {
            assertEquals(expected, json("Shapes", "{\"accounts\":" + shape + "}"), shape);
        }
        assertEquals(expected, xml("Shapes", "<whmcsapi><accounts><account><id>1</id></account><account><id>2</id></account>"
                + "</accounts></whmcsapi>"), "a wrapper where the list is bare, in XML");
        assertEquals(expected, json("Shapes", "[{\"id\":1},{\"id\":2}]"), "a bare array for the whole response");
        assertEquals(List.of(new Account(1L, null, null, Map.of())), json("Shapes", "{\"accounts\":{\"id\":1}}"),
                "a single object is a list of one, not a wrapper");
        assertTrue(warnings.isEmpty(), "list shapes are no news: " + warnings);
    }

    @Test
    void aShapeThatIsNoListIsKeptRawNeverAnItemWithoutFields() {
        List<Account> none = json("NoList", "{\"accounts\":{\"name\":\"x\",\"kind\":\"y\"}}");
        assertEquals(List.of(), none);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).getMessage().startsWith("NoList: accounts[0]: an object {name=x, kind=y} is not an item"),
                warnings.get(0).getMessage());
    }

    @Test
    void aBareArrayForTheWholeResponseDecodesThroughTheCommand() {
        Command<List<Account>> command = new Command<>("GetAccounts", true, Envelope.STATUS, Set.of(),
                UntypedValuesTest::readAccounts);
        byte[] body = "[{\"id\":1},{\"id\":\"2\"}]".getBytes(StandardCharsets.UTF_8);
        List<Account> accounts = ResponseDecoding.decode(command, new TransportResponse(200, body));
        assertEquals(List.of(1L, 2L), accounts.stream().map(Account::id).toList());
    }
}
