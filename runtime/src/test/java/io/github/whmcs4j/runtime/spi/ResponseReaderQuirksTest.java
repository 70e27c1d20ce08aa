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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reader's leniency on the forms real WHMCS installations send (numbers as strings, the
 * spellings of a boolean, empty values, odd dates, every shape of a list), read from JSON and from
 * XML tokens, and its limits: nesting depth, the end of the body, and paths in messages.
 */
class ResponseReaderQuirksTest {
    private static final JsonFactory JSON = new JsonFactory();
    private static final XmlFactory XML = new XmlFactory();

    /** A record of the test "response": its typed fields and unknown fields. */
    record Row(Long id, BigDecimal amount, Boolean active, LocalDate date, LocalDateTime at, String name,
               Map<String, Object> unknown) {
    }

    static Row readRow(ResponseReader in, String name) throws IOException {
        if (!in.beginObject(name)) {
            return null;
        }
        Long id = null;
        BigDecimal amount = null;
        Boolean active = null;
        LocalDate date = null;
        LocalDateTime at = null;
        String text = null;
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "id" -> id = in.firstOf("id", id, in.readLong("id"));
                case "amount" -> amount = in.firstOf("amount", amount, in.readDecimal("amount"));
                case "active" -> active = in.firstOf("active", active, in.readBool("active"));
                case "date" -> date = in.firstOf("date", date, in.readDate("date"));
                case "at" -> at = in.firstOf("at", at, in.readDateTime("at"));
                case "name" -> text = in.firstOf("name", text, in.readString("name"));
                default -> in.keepUnknown(field);
            }
        }
        return new Row(id, amount, active, date, at, text, in.endObject());
    }

    /** A response with a wrapped list {@code rows.row[]}, a bare list {@code tags[]} and a map {@code prices}. */
    record Page(List<Row> rows, List<String> tags, Map<String, BigDecimal> prices, Row single, Map<String, Object> unknown) {
    }

    static Page readPage(ResponseReader in) throws IOException {
        if (!in.beginObject()) {
            return null;
        }
        ArrayList<Row> rows = null;
        ArrayList<String> tags = null;
        LinkedHashMap<String, BigDecimal> prices = null;
        Row single = null;
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "rows" -> rows = in.readList(rows, "rows", "row", ResponseReaderQuirksTest::readRow);
                case "tags" -> tags = in.readList(tags, "tags", null, ResponseReader::readString);
                case "prices" -> prices = in.readMap(prices, "prices", ResponseReader::readDecimal);
                case "single" -> single = readRow(in, "single");
                default -> in.keepUnknown(field);
            }
        }
        Map<String, Object> unknown = in.endObject();
        return new Page(ResponseReader.listOf(rows), ResponseReader.listOf(tags), ResponseReader.mapOf(prices), single,
                unknown);
    }

    private static <T> T json(String json, ValueReader<T> reader) {
        return json(json, reader, DecodeOptions.DEFAULTS);
    }

    private static <T> T json(String json, ValueReader<T> reader, DecodeOptions options) {
        try (JsonParser parser = JSON.createParser(json)) {
            ResponseReader in = new ResponseReader(parser, "Test", Envelope.RESULT, false, options);
            parser.nextToken();
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T xml(String xml, ValueReader<T> reader) {
        return xml(xml, reader, DecodeOptions.DEFAULTS);
    }

    private static <T> T xml(String xml, ValueReader<T> reader, DecodeOptions options) {
        try (JsonParser parser = XML.createParser(xml.getBytes(StandardCharsets.UTF_8))) {
            ResponseReader in = new ResponseReader(parser, "Test", Envelope.RESULT, true, options);
            parser.nextToken();
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final DecodeOptions STRICT = DecodeOptions.DEFAULTS.withStrictDecoding(true);

    private static Row row(String json) {
        return row(json, DecodeOptions.DEFAULTS);
    }

    private static Row row(String json, DecodeOptions options) {
        return json("{\"rows\":{\"row\":" + json + "}}", ResponseReaderQuirksTest::readPage, options).rows().get(0);
    }

    // ---- scalars --------------------------------------------------------------------------------

    @Test
    void numbersFromJsonNumbersStringsAndFloatsWithoutAFraction() {
        assertEquals(7858259149L, row("{\"id\":7858259149}").id());
        assertEquals(7858259149L, row("{\"id\":\"7858259149\"}").id());
        assertEquals(3L, row("{\"id\":3.0}").id());
        assertEquals(3L, row("{\"id\":\"3.00\"}").id());
        assertEquals(0L, row("{\"id\":0.0}").id());
        assertEquals(100L, row("{\"id\":1e2}").id());
        for (String empty : List.of("\"\"", "null", "\" \"", "[]", "{}")) {
            assertNull(row("{\"id\":" + empty + "}").id(), empty);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.5", "1e999999999", "1e-999999999", "99999999999999999999", "\"99999999999999999999\"",
        "true", "\"1,000\"", "\"abc\"", "[1]", "{\"a\":1}"})
    void wholeNumbersThatAreNotAreKeptRawOrFailWithThePathWhenStrict(String value) {
        Row row = row("{\"id\":" + value + ",\"name\":\"kept\"}");
        assertNull(row.id());
        assertEquals("kept", row.name(), "the rest of the item is read");
        assertTrue(row.unknown().containsKey("id"), "the raw value is kept: " + row.unknown());
        WhmcsDecodeException e = assertThrows(WhmcsDecodeException.class, () -> row("{\"id\":" + value + "}", STRICT));
        assertEquals("rows.row[0].id", e.path(), e.getMessage());
    }

    @Test
    void decimalsKeepTheirTextExactly() {
        assertEquals(new BigDecimal("15.95"), row("{\"amount\":\"15.95\"}").amount());
        assertEquals(new BigDecimal("1.00000"), row("{\"amount\":\"1.00000\"}").amount());
        assertEquals(new BigDecimal("-1.00"), row("{\"amount\":\"-1.00\"}").amount());
        assertEquals(new BigDecimal("0.1"), row("{\"amount\":0.1}").amount());
        assertEquals(new BigDecimal("12345678901234567890.123456789"),
                row("{\"amount\":12345678901234567890.123456789}").amount(), "never through double");
        assertEquals(new BigDecimal("12345678901234567890.123456789"),
                row("{\"amount\":\"12345678901234567890.123456789\"}").amount());
        assertEquals(new BigDecimal("5"), row("{\"amount\":5}").amount());
        assertEquals(new BigDecimal("2.5"), row("{\"amount\":\" 2.5\\n\"}").amount());
        assertEquals(new BigDecimal("1.0E-5"), row("{\"amount\":\"1.0E-5\"}").amount(), "PHP writes small floats so");
        assertNull(row("{\"amount\":\"\"}").amount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,00", "$2645.80 USD", "1.2.3", "NaN", "Infinity", "1e99999", ".", "-", "0x1F", "1_000",
        "٣"})
    void decimalsThatAreNotAreKeptRawOrFailWithThePathWhenStrict(String text) {
        Row row = row("{\"amount\":\"" + text + "\",\"id\":7}");
        assertNull(row.amount());
        assertEquals(7L, row.id());
        assertEquals(Map.of("amount", text), row.unknown());
        WhmcsDecodeException e = assertThrows(WhmcsDecodeException.class,
                () -> row("{\"amount\":\"" + text + "\"}", STRICT));
        assertEquals("Test: rows.row[0].amount: \"" + text + "\" is not a decimal", e.getMessage());
    }

    @Test
    void booleansInEverySpelling() {
        for (String yes : List.of("true", "1", "\"1\"", "\"true\"", "\"on\"", "\"yes\"", "\"On\"", "2", "1.0")) {
            assertEquals(Boolean.TRUE, row("{\"active\":" + yes + "}").active(), yes);
        }
        for (String no : List.of("false", "0", "\"0\"", "\"false\"", "\"off\"", "\"no\"", "0.0")) {
            assertEquals(Boolean.FALSE, row("{\"active\":" + no + "}").active(), no);
        }
        for (String empty : List.of("null", "\"\"", "\" \"", "[]", "{}")) {
            assertNull(row("{\"active\":" + empty + "}").active(), "empty is absent, not false: " + empty);
        }
        Row maybe = row("{\"active\":\"maybe\"}");
        assertNull(maybe.active());
        assertEquals(Map.of("active", "maybe"), maybe.unknown());
        WhmcsDecodeException e = assertThrows(WhmcsDecodeException.class, () -> row("{\"active\":\"maybe\"}", STRICT));
        assertEquals("\"maybe\" is not a boolean", e.problem());
    }

    @Test
    void datesOfOtherFormsNeverFailAndAreKeptRaw() {
        assertEquals(LocalDate.of(2016, 1, 2), row("{\"date\":\"2016-1-02\"}").date());
        assertEquals(LocalDateTime.of(2016, 1, 2, 13, 59, 1), row("{\"at\":\"2016-1-02 13:59:01\"}").at());
        for (String zero : List.of("\"0000-00-00\"", "\"0000-00-00 00:00:00\"", "\"\"", "null", "[]", "{}")) {
            Row date = row("{\"date\":" + zero + ",\"at\":" + zero + "}");
            assertNull(date.date(), zero);
            assertNull(date.at(), zero);
            assertEquals(Map.of(), date.unknown(), "empty forms are not kept: " + zero);
        }
        Row odd = row("{\"date\":\"17/05/2019\",\"at\":\"17/05/2019 10:01\"}");
        assertNull(odd.date());
        assertNull(odd.at());
        assertEquals(Map.of("date", "17/05/2019", "at", "17/05/2019 10:01"), odd.unknown());

        Row unix = row("{\"date\":1700000000,\"at\":\"1700000000\"}");
        assertEquals(Map.of("date", "1700000000", "at", "1700000000"), unix.unknown());

        String html = "<b>Date:</b> 17/05/2019 10:01<br />IP Address: 192.0.2.1";
        Row lastlogin = row("{\"at\":\"" + html.replace("/", "\\/") + "\"}");
        assertNull(lastlogin.at());
        assertEquals(Map.of("at", html), lastlogin.unknown());

        Row odder = row("{\"at\":{\"date\":\"2024-03-01 10:00:00.000000\",\"timezone\":\"UTC\"},\"date\":true}");
        assertEquals(Map.of("at", Map.of("date", "2024-03-01 10:00:00.000000", "timezone", "UTC"), "date", true),
                odder.unknown(), "even an object (a PHP DateTime) or a boolean only ends up raw");
    }

    @Test
    void stringsAreKeptAsSentUnlessUnescapingIsAsked() {
        String escaped = "{\"rows\":{\"row\":{\"name\":\"O&#039;Brien &amp; Sons &lt;Ltd&gt; &quot;&amp;lt;&quot;\","
                + "\"extra\":\"a &amp; b\"}}}";
        Row raw = json(escaped, ResponseReaderQuirksTest::readPage).rows().get(0);
        assertEquals("O&#039;Brien &amp; Sons &lt;Ltd&gt; &quot;&amp;lt;&quot;", raw.name());
        Row unescaped = json(escaped, ResponseReaderQuirksTest::readPage, DecodeOptions.DEFAULTS.withUnescapeHtml(true))
                .rows().get(0);
        assertEquals("O'Brien & Sons <Ltd> \"&lt;\"", unescaped.name());
        assertEquals(Map.of("extra", "a &amp; b"), unescaped.unknown(), "unknown fields stay raw");

        Page list = json("{\"tags\":[\"a&amp;b\",\"&#233;\"]}", ResponseReaderQuirksTest::readPage,
                DecodeOptions.DEFAULTS.withUnescapeHtml(true));
        assertEquals(List.of("a&b", "é"), list.tags(), "strings inside lists too");
        Page xml = xml("<whmcsapi><tags>a&amp;amp;b</tags><tags><![CDATA[&#233;]]></tags></whmcsapi>",
                ResponseReaderQuirksTest::readPage, DecodeOptions.DEFAULTS.withUnescapeHtml(true));
        assertEquals(List.of("a&b", "é"), xml.tags(), "XML's own escaping is undone by the parser, WHMCS's by the option");
    }

    @Test
    void plainTextFieldsAreUnescapedWhateverTheOptions() {
        ValueReader<String> plain = in -> in.readPlainText("name");
        assertEquals("O'Brien &amp; Sons", json("\"O&#039;Brien &amp;amp; Sons\"", plain),
                "one pass only: &amp;amp; becomes &amp;");
        assertEquals("a & b", json("\"a &amp; b\"", plain));
        assertEquals("a & b", json("\"a &amp; b\"", plain, DecodeOptions.DEFAULTS.withUnescapeHtml(true)),
                "not unescaped twice");
        assertEquals("&lt;", json("\"&amp;lt;\"", plain, DecodeOptions.DEFAULTS.withUnescapeHtml(true)));
        assertNull(json("null", plain));
        assertNull(json("\"\"", plain));
        assertEquals("5", json("5", plain));
    }

    // ---- objects, lists and maps ------------------------------------------------------------

    @Test
    void everyEmptyFormOfAnObjectIsAbsent() {
        for (String empty : List.of("null", "\"\"", "[]", "{}", "\"  \"")) {
            Page page = json("{\"single\":" + empty + "}", ResponseReaderQuirksTest::readPage);
            assertNull(page.single(), empty);
            assertEquals(Map.of(), page.unknown());
        }
        assertNull(json("{}", ResponseReaderQuirksTest::readPage), "an empty response object");
    }

    @Test
    void everyFormOfAWrappedList() {
        List<Row> two = json("{\"rows\":{\"row\":[{\"id\":1},{\"id\":2}]}}", ResponseReaderQuirksTest::readPage).rows();
        assertEquals(List.of(1L, 2L), two.stream().map(Row::id).toList());
        assertEquals(two, json("{\"rows\":[{\"id\":1},{\"id\":\"2\"}]}", ResponseReaderQuirksTest::readPage).rows(),
                "a bare array where a wrapper belongs");
        assertEquals(List.of(1L), json("{\"rows\":{\"row\":{\"id\":1}}}", ResponseReaderQuirksTest::readPage).rows()
                .stream().map(Row::id).toList(), "one object where an array belongs");
        for (String empty : List.of("\"\"", "null", "{}", "[]", "{\"row\":[]}", "{\"row\":null}", "{\"row\":\"\"}",
                "{\"row\":{}}", "[{}]", "{\"row\":[{},null,\"\"]}")) {
            assertEquals(List.of(), json("{\"rows\":" + empty + "}", ResponseReaderQuirksTest::readPage).rows(), empty);
        }
        assertEquals(List.of(), json("{}", in -> in.readList(null, "rows", "row", ResponseReaderQuirksTest::readRow)));
    }

    @Test
    void everyFormOfABareList() {
        assertEquals(List.of("a", "b"), json("{\"tags\":[\"a\",\"b\"]}", ResponseReaderQuirksTest::readPage).tags());
        assertEquals(List.of("a"), json("{\"tags\":\"a\"}", ResponseReaderQuirksTest::readPage).tags());
        for (String empty : List.of("\"\"", "null", "{}", "[]", "[null]")) {
            assertEquals(List.of(), json("{\"tags\":" + empty + "}", ResponseReaderQuirksTest::readPage).tags(), empty);
        }
        ValueReader<List<Row>> bareRows = in -> in.readList(null, "rows", null, ResponseReaderQuirksTest::readRow);
        assertEquals(List.of(), json("{}", bareRows), "an empty object is no item, not an item with no fields");
        assertEquals(1, json("{\"id\":5}", bareRows).size());
    }

    @Test
    void aWrapperWhereTheSpecSaysBareIsReadAsTheList() {
        assertEquals(List.of("a"), json("{\"tags\":{\"tag\":\"a\"}}", ResponseReaderQuirksTest::readPage).tags());
        assertEquals(List.of("a", "b"), json("{\"tags\":{\"tag\":[\"a\",\"b\"]}}", ResponseReaderQuirksTest::readPage,
                STRICT).tags(), "a list shape, so strict decoding takes it too");
    }

    @Test
    void anObjectThatIsNoListShapeIsKeptRawOrFailsWithThePathWhenStrict() {
        Page tags = json("{\"tags\":{\"a\":\"x\",\"b\":\"y\"}}", ResponseReaderQuirksTest::readPage);
        assertEquals(List.of(), tags.tags());
        assertEquals(Map.of("tags", Map.of("a", "x", "b", "y")), tags.unknown());
        WhmcsDecodeException e = assertThrows(WhmcsDecodeException.class,
                () -> json("{\"tags\":{\"a\":\"x\",\"b\":\"y\"}}", ResponseReaderQuirksTest::readPage, STRICT));
        assertEquals("Test: tags[0]: expected a string but found an object {a=x, b=y}", e.getMessage());

        Page wrongKey = json("{\"rows\":{\"row\":[{\"id\":1}],\"client\":[{\"id\":2}]}}", ResponseReaderQuirksTest::readPage);
        assertEquals(List.of(1L), wrongKey.rows().stream().map(Row::id).toList());
        assertEquals(Map.of("rows", Map.of("client", List.of(Map.of("id", "2")))), wrongKey.unknown());
        WhmcsDecodeException wrapped = assertThrows(WhmcsDecodeException.class,
                () -> json("{\"rows\":{\"row\":[],\"client\":[{\"id\":1}]}}", ResponseReaderQuirksTest::readPage, STRICT));
        assertEquals("Test: rows.client: expected a list of \"row\" items but found a \"client\" field",
                wrapped.getMessage());
    }

    @Test
    void mapsKeyedByData() {
        assertEquals(Map.of("1", new BigDecimal("14.95"), "2", new BigDecimal("29.90")),
                json("{\"prices\":{\"1\":\"14.95\",\"2\":29.90}}", ResponseReaderQuirksTest::readPage).prices());
        assertEquals(Map.of("0", new BigDecimal("1.00"), "1", new BigDecimal("2.00")),
                json("{\"prices\":[\"1.00\",\"2.00\"]}", ResponseReaderQuirksTest::readPage).prices());
        for (String empty : List.of("\"\"", "null", "{}", "[]", "{\"1\":\"\"}")) {
            assertEquals(Map.of(), json("{\"prices\":" + empty + "}", ResponseReaderQuirksTest::readPage).prices(), empty);
        }
        Page nested = json("{\"prices\":{\"com\":{\"1\":\"x\"},\"net\":\"2.00\"}}", ResponseReaderQuirksTest::readPage);
        assertEquals(Map.of("net", new BigDecimal("2.00")), nested.prices());
        assertEquals(Map.of("prices", Map.of("1", "x")), nested.unknown());
        WhmcsDecodeException e = assertThrows(WhmcsDecodeException.class,
                () -> json("{\"prices\":{\"com\":{\"1\":\"x\"}}}", ResponseReaderQuirksTest::readPage, STRICT));
        assertEquals("Test: prices.com: expected a decimal but found an object", e.getMessage());
        assertEquals(Map.of("prices", "12.00"), json("{\"prices\":\"12.00\"}", ResponseReaderQuirksTest::readPage).unknown());
        assertThrows(WhmcsDecodeException.class,
                () -> json("{\"prices\":\"12.00\"}", ResponseReaderQuirksTest::readPage, STRICT));
    }

    @Test
    void unknownFieldsAreKeptAtEveryLevel() {
        Page page = json("{\"newfield\":{\"a\":[1,true,null]},\"rows\":{\"row\":[{\"id\":1,\"x\":\"y\",\"z\":{\"q\":2}}]}}",
                ResponseReaderQuirksTest::readPage);
        assertEquals(Map.of("newfield", Map.of("a", java.util.Arrays.asList("1", true, null))), page.unknown());
        assertEquals(Map.of("x", "y", "z", Map.of("q", "2")), page.rows().get(0).unknown());
        Map<String, Object> repeated = xml("<whmcsapi><w>1</w><w>2</w><w>3</w></whmcsapi>",
                ResponseReaderQuirksTest::readPage).unknown();
        assertEquals(Map.of("w", List.of("1", "2", "3")), repeated, "repeated XML elements become a list");
    }

    @Test
    void rawFieldsRepeatedInXmlJoinInAList() {
        Object joined = xml("<whmcsapi><a>x</a><a><b>1</b></a><a>z</a></whmcsapi>", in -> {
            in.beginObject();
            Object value = null;
            for (String field = in.nextField(); field != null; field = in.nextField()) {
                value = in.readRaw(value);
            }
            in.endObject();
            return value;
        });
        assertEquals(List.of("x", Map.of("b", "1"), "z"), joined);
        List<?> list = (List<?>) joined;
        assertThrows(UnsupportedOperationException.class, () -> list.remove(0), "unmodifiable to its users");
        Object single = json("{\"a\":[\"x\",\"y\"]}", in -> {
            in.beginObject();
            in.nextField();
            Object value = in.readRaw(null);
            in.nextField();
            return value;
        });
        assertEquals(List.of("x", "y"), single, "a JSON list reads as it is");
    }

    @Test
    void emptyItemsAreLeftOutOfListsInJsonAsInXml() {
        ValueReader<List<Object>> raw = in -> ResponseReader.listOf(in.readList(null, "raw", null, (item, list) -> item.readRaw()));
        assertEquals(List.of("a"), json("[\"\", \"a\", {}, [], null, \"  \"]", raw));
        assertEquals(List.of(), json("{}", raw), "an empty object is no item");
        assertEquals(List.of("a"), json("{\"tags\":[\"\",\"a\",\" \"]}", ResponseReaderQuirksTest::readPage).tags());
        assertEquals(List.of("a"), xml("<whmcsapi><tags></tags><tags>a</tags><tags> </tags></whmcsapi>",
                ResponseReaderQuirksTest::readPage).tags());
    }

    // ---- XML --------------------------------------------------------------------------------

    @Test
    void xmlReadsLikeJson() {
        Page fromJson = json("{\"rows\":{\"row\":[{\"id\":1,\"amount\":\"9.95\",\"active\":true,\"date\":\"2024-03-01\","
                + "\"at\":\"2024-03-01 10:00:00\",\"name\":\"a & b\"},{\"id\":2,\"active\":false}]},"
                + "\"tags\":[\"x\",\"y\"],\"prices\":{\"com\":\"9.95\"},\"single\":{\"id\":3}}",
                ResponseReaderQuirksTest::readPage);
        Page fromXml = xml("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<whmcsapi version=\"8.13.1\">\n"
                + "<action>test</action>\n<rows>\n<row><id>1</id><amount>9.95</amount><active>1</active>"
                + "<date>2024-03-01</date><at>2024-03-01 10:00:00</at><name><![CDATA[a & b]]></name></row>\n"
                + "<row><id> 2 </id><active>0</active></row>\n</rows>\n<tags>x</tags>\n<tags>y</tags>\n"
                + "<prices><com>9.95</com></prices><single><id>3</id></single></whmcsapi>",
                ResponseReaderQuirksTest::readPage);
        assertEquals(fromJson, fromXml);
        assertEquals(1, xml("<whmcsapi><rows><row><id>1</id></row></rows></whmcsapi>",
                ResponseReaderQuirksTest::readPage).rows().size(), "one XML item is a list of one");
        assertEquals(List.of(), xml("<whmcsapi><rows>\n  </rows><tags/></whmcsapi>",
                ResponseReaderQuirksTest::readPage).rows(), "an empty wrapper");
    }

    @Test
    void pathsOfRepeatedXmlElementsAreNumbered() {
        WhmcsDecodeException e = assertThrows(WhmcsDecodeException.class, () -> xml(
                "<whmcsapi><rows><row><amount>1.00</amount></row><row><amount>2.00</amount></row>"
                        + "<row><amount>3.00</amount></row><row><amount>12,00</amount></row></rows></whmcsapi>",
                ResponseReaderQuirksTest::readPage, STRICT));
        assertEquals("Test: rows.row[3].amount: \"12,00\" is not a decimal", e.getMessage());
        WhmcsDecodeException bare = assertThrows(WhmcsDecodeException.class, () -> xml(
                "<whmcsapi><tags>a</tags><tags><x>1</x><y>2</y></tags></whmcsapi>", ResponseReaderQuirksTest::readPage,
                STRICT));
        assertEquals("Test: tags[1]: expected a string but found an object {x=1, y=2}", bare.getMessage());
    }

    // ---- envelope ---------------------------------------------------------------------------

    @Test
    void takesTheEnvelopeAtTheTopOnly() {
        ResponseReader[] reader = new ResponseReader[1];
        Page page = json("{\"result\":\"success\",\"message\":\"done\",\"status\":\"Active\",\"single\":{\"result\":\"x\"}}",
                in -> {
                    reader[0] = in;
                    return readPage(in);
                });
        assertEquals("success", reader[0].result());
        assertFalse(reader[0].isError());
        assertEquals("done", reader[0].message());
        assertEquals(Map.of("message", "done", "status", "Active"), page.unknown(),
                "a success message is data; status is data unless the envelope is status");
        assertEquals(Map.of("result", "x"), page.single().unknown());
    }

    @Test
    void readsAStatusEnvelopeAndMessagesThatAreNotText() throws IOException {
        try (JsonParser parser = JSON.createParser("{\"status\":\"error\",\"message\":{\"email\":\"taken\"}}")) {
            ResponseReader in = new ResponseReader(parser, "Test", Envelope.STATUS, false);
            parser.nextToken();
            Page page = readPage(in);
            assertTrue(in.isError());
            assertEquals("{email=taken}", in.message());
            assertEquals(Map.of("message", Map.of("email", "taken")), page.unknown());
        }
    }

    // ---- limits -----------------------------------------------------------------------------

    @Test
    void nestingPastTheLimitFails() {
        String deep = "{\"x\":".repeat(10) + "1" + "}".repeat(10);
        DecodeOptions five = DecodeOptions.DEFAULTS.withMaxNestingDepth(5);
        WhmcsDecodeException e = assertThrows(WhmcsDecodeException.class,
                () -> json(deep, ResponseReaderQuirksTest::readPage, five));
        assertEquals("x.x.x.x.x", e.path());
        assertTrue(e.problem().startsWith("objects and lists nested deeper than 5 levels"), e.problem());
        assertThrows(WhmcsDecodeException.class, () -> json("{\"tags\":" + "[".repeat(10) + "]".repeat(10) + "}",
                ResponseReaderQuirksTest::readPage, five));
        assertThrows(WhmcsDecodeException.class, () -> xml("<whmcsapi>" + "<x>".repeat(10) + "1" + "</x>".repeat(10)
                + "</whmcsapi>", ResponseReaderQuirksTest::readPage, five));
        assertEquals(Map.of("x", Map.of("x", Map.of("x", Map.of("x", "1")))),
                json("{\"x\":{\"x\":{\"x\":{\"x\":1}}}}", ResponseReaderQuirksTest::readPage, five).unknown(),
                "five levels are allowed");
    }

    @Test
    void theBodyEndingEarlyFails() {
        for (String truncated : List.of("{\"rows\":{\"row\":[{\"id\":1", "{\"rows\":", "{\"tags\":[\"a\"", "{\"x\":{",
                "{\"prices\":{\"a\":")) {
            assertThrows(IOException.class, () -> {
                try {
                    json(truncated, ResponseReaderQuirksTest::readPage);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }, truncated);
        }
        assertThrows(WhmcsDecodeException.class, () -> json("", ResponseReaderQuirksTest::readPage));
    }

    @Test
    void optionsRefuseNonsense() {
        assertThrows(IllegalArgumentException.class, () -> DecodeOptions.DEFAULTS.withMaxNestingDepth(0));
        assertThrows(IllegalArgumentException.class,
                () -> DecodeOptions.DEFAULTS.withMaxNestingDepth(DecodeOptions.MAX_NESTING_DEPTH + 1));
        assertThrows(IllegalArgumentException.class, () -> DecodeOptions.DEFAULTS.withMaxBodyBytes(0));
        assertEquals(DecodeOptions.MAX_NESTING_DEPTH,
                DecodeOptions.DEFAULTS.withMaxNestingDepth(DecodeOptions.MAX_NESTING_DEPTH).maxNestingDepth());
    }
}
