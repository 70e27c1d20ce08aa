package io.github.whmcs4j.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.whmcs4j.runtime.error.WhmcsDecodeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResponseReaderTest {
    private static final JsonFactory JSON = new JsonFactory();

    /** Reads one JSON value with {@code reader}, as the value of a field "f" would be read. */
    private static <T> T read(String json, ItemReader<T> reader) {
        return read(json, reader, DecodeOptions.DEFAULTS);
    }

    private static <T> T read(String json, ItemReader<T> reader, DecodeOptions options) {
        try (JsonParser parser = JSON.createParser(json)) {
            ResponseReader in = new ResponseReader(parser, "Test", Envelope.RESULT, false, options);
            parser.nextToken();
            return reader.read(in, "f");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void readsNumbersFromNumbersAndStrings() {
        assertEquals(7858259149L, read("7858259149", ResponseReader::readLong));
        assertEquals(7858259149L, read("\"7858259149\"", ResponseReader::readLong));
        assertEquals(-3L, read("\" -3 \"", ResponseReader::readLong));
        assertEquals(2, read("\"2\"", ResponseReader::readInt));
        assertNull(read("\"\"", ResponseReader::readLong));
        assertNull(read("null", ResponseReader::readInt));
        assertEquals(Long.MIN_VALUE, read("\"-9223372036854775808\"", ResponseReader::readLong));
    }

    @Test
    void numbersThatAreNotReadAsAbsentOrFailWhenStrict() {
        assertNull(read("\"12a\"", ResponseReader::readLong));
        assertNull(read("\"9223372036854775808\"", ResponseReader::readLong));
        assertNull(read("3000000000", ResponseReader::readInt));
        DecodeOptions strict = DecodeOptions.DEFAULTS.withStrictDecoding(true);
        WhmcsDecodeException e = assertThrows(WhmcsDecodeException.class,
                () -> read("\"12a\"", ResponseReader::readLong, strict));
        assertEquals("Test: \"12a\" is not a whole number", e.getMessage());
        assertThrows(WhmcsDecodeException.class, () -> read("\"9223372036854775808\"", ResponseReader::readLong, strict));
        assertThrows(WhmcsDecodeException.class, () -> read("3000000000", ResponseReader::readInt, strict));
    }

    @Test
    void readsDecimalsFromTextNeverThroughDouble() {
        assertEquals(new BigDecimal("15.95"), read("\"15.95\"", ResponseReader::readDecimal));
        assertEquals(new BigDecimal("0.000"), read("\"0.000\"", ResponseReader::readDecimal));
        assertEquals(new BigDecimal("-10.00"), read("\"-10.00\"", ResponseReader::readDecimal));
        assertEquals(new BigDecimal("0.1"), read("0.1", ResponseReader::readDecimal));
        assertNull(read("\"\"", ResponseReader::readDecimal));
        assertNull(read("\"12,00\"", ResponseReader::readDecimal));
        WhmcsDecodeException e = assertThrows(WhmcsDecodeException.class,
                () -> read("\"12,00\"", ResponseReader::readDecimal, DecodeOptions.DEFAULTS.withStrictDecoding(true)));
        assertEquals("\"12,00\" is not a decimal", e.problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "1", "\"1\"", "\"true\"", "\"on\"", "\"Yes\""})
    void readsEverySpellingOfTrue(String json) {
        assertEquals(Boolean.TRUE, read(json, ResponseReader::readBool));
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "0", "\"0\"", "\"false\"", "\"no\"", "\"off\""})
    void readsEverySpellingOfFalse(String json) {
        assertEquals(Boolean.FALSE, read(json, ResponseReader::readBool));
    }

    @Test
    void readsDatesWithZeroDatesAbsentAndOddFormsKeptRaw() {
        assertEquals(LocalDate.of(2016, 1, 15), read("\"2016-01-15\"", (in, name) -> in.readDate("d")));
        assertNull(read("\"0000-00-00\"", (in, name) -> in.readDate("d")));
        assertEquals(LocalDateTime.of(2020, 9, 23, 13, 59, 35), read("\"2020-09-23 13:59:35\"", (in, name) -> in.readDateTime("d")));
        assertNull(read("\"0000-00-00 00:00:00\"", (in, name) -> in.readDateTime("d")));

        Map<String, Object> kept = read("{\"d\":\"17/05/2019 10:01\",\"e\":\"1700000000\"}", (in, name) -> {
            in.beginObject();
            for (String field = in.nextField(); field != null; field = in.nextField()) {
                assertNull(in.readDate(field));
            }
            return in.endObject();
        });
        assertEquals(Map.of("d", "17/05/2019 10:01", "e", "1700000000"), kept);
    }

    /** The fields of an object read by position, as generated decoders read them, in the order they came. */
    private static List<String> fieldsByPosition(String json) {
        FieldNames fields = FieldNames.of("id", "name", "total");
        return read(json, (in, name) -> {
            List<String> seen = new ArrayList<>();
            if (!in.beginObject(name, fields)) {
                return List.of("empty");
            }
            for (int field = in.nextField(fields); field != ResponseReader.END_OF_OBJECT; field = in.nextField(fields)) {
                switch (field) {
                    case 0 -> seen.add("id=" + in.readLong("id"));
                    case 1 -> seen.add("name=" + in.readString("name"));
                    case 2 -> seen.add("total=" + in.readDecimal("total"));
                    default -> {
                        seen.add("unknown");
                        in.keepUnknown();
                    }
                }
            }
            seen.add("kept=" + in.endObject());
            return seen;
        });
    }

    @Test
    void identifiesFieldsByPositionInAnyOrder() {
        assertEquals(List.of("id=1", "name=a", "total=2.50", "kept={}"),
                fieldsByPosition("{\"id\":1,\"name\":\"a\",\"total\":\"2.50\"}"), "the expected order");
        assertEquals(List.of("total=2.50", "id=1", "name=a", "kept={}"),
                fieldsByPosition("{\"total\":\"2.50\",\"id\":1,\"name\":\"a\"}"), "another order");
        assertEquals(List.of("id=1", "unknown", "name=a", "unknown", "kept={x=[1], total2=3}"),
                fieldsByPosition("{\"id\":1,\"x\":[1],\"name\":\"a\",\"total2\":3}"), "unknown fields between");
        assertEquals(List.of("name=a", "name=b", "id=1", "kept={}"),
                fieldsByPosition("{\"name\":\"a\",\"name\":\"b\",\"id\":1}"), "a repeated field");
        assertEquals(List.of("id=1", "name=a", "total=2.50", "unknown", "kept={extra=5}"),
                fieldsByPosition("{\"id\":1,\"name\":\"a\",\"total\":\"2.50\",\"extra\":5}"),
                "an unknown field after the last one expected");
        assertEquals(List.of("id=1", "name=a", "total=2.50", "id=7", "kept={}"),
                fieldsByPosition("{\"id\":1,\"name\":\"a\",\"total\":\"2.50\",\"id\":7}"),
                "a field again after the last one expected");
        assertEquals(List.of("name=a", "total=2.50", "kept={}"),
                fieldsByPosition("{\"name\":\"a\",\"total\":\"2.50\"}"), "the first field missing");
        assertEquals(List.of("name=\u00e9", "id=2", "kept={}"),
                fieldsByPosition("{\"n\\u0061me\":\"\u00e9\",\"\\u0069d\":2}"), "names with escapes");
        assertEquals(List.of("empty"), fieldsByPosition("{}"));
        assertEquals(List.of("id=1", "name=null", "total=null", "kept={}"),
                fieldsByPosition("{\"id\":1,\"name\":null,\"total\":\"\"}"));
    }

    @Test
    void takesTheEnvelopeFieldsAtTheTopWhenFieldsAreReadByPosition() {
        FieldNames fields = FieldNames.of("totalresults");
        try (JsonParser parser = JSON.createParser("{\"result\":\"error\",\"totalresults\":\"2\",\"message\":\"No\"}")) {
            ResponseReader in = new ResponseReader(parser, "Test", Envelope.RESULT, false);
            parser.nextToken();
            in.beginObject(fields);
            List<Integer> read = new ArrayList<>();
            for (int field = in.nextField(fields); field != ResponseReader.END_OF_OBJECT; field = in.nextField(fields)) {
                read.add(in.readInt("totalresults"));
            }
            assertEquals(Map.of("message", "No"), in.endObject(), "the message stays reachable");
            assertEquals(List.of(2), read);
            assertEquals("error", in.result());
            assertEquals("No", in.message());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void readsEveryFormOfAList() {
        ItemReader<List<String>> names = (in, name) -> ResponseReader.listOf(
                in.readList(null, name, "name", ResponseReader::readString));
        assertEquals(List.of("a", "b"), read("{\"name\":[\"a\",\"b\"]}", names));
        assertEquals(List.of("a"), read("{\"name\":\"a\"}", names));
        assertEquals(List.of("a", "b"), read("[\"a\",\"b\"]", names));
        for (String empty : List.of("\"\"", "null", "{}", "[]", "{\"name\":[]}")) {
            assertEquals(List.of(), read(empty, names), empty);
        }
    }

    @Test
    void appendsRepeatedListFieldsAsXmlSendsThem() {
        List<String> items = read("{\"name\":\"a\",\"name\":\"b\"}", (in, name) -> {
            in.beginObject();
            ArrayList<String> out = null;
            for (String field = in.nextField(); field != null; field = in.nextField()) {
                out = in.readList(out, field, null, ResponseReader::readString);
            }
            in.endObject();
            return out;
        });
        assertEquals(List.of("a", "b"), items);
    }

    @Test
    void readsMapsKeyedByDataAndPhpListsAsIndexKeys() {
        assertEquals(Map.of("1", new BigDecimal("14.95"), "2", new BigDecimal("29.90")),
                read("{\"1\":\"14.95\",\"2\":\"29.90\"}", (in, name) -> in.readMap(null, name, ResponseReader::readDecimal)));
        assertEquals(Map.of("0", "x", "1", "y"),
                read("[\"x\",\"y\"]", (in, name) -> in.readMap(null, name, ResponseReader::readString)));
        assertEquals(Map.of(), read("\"\"", (in, name) -> ResponseReader.mapOf(in.readMap(null, name, ResponseReader::readString))));
    }

    @Test
    void namesThePathOfABadValue() {
        WhmcsDecodeException e = assertThrows(WhmcsDecodeException.class, () -> read(
                "{\"invoices\":{\"invoice\":[{\"total\":\"1.00\"},{\"total\":\"12,00\"}]}}", (in, name) -> {
                    in.beginObject();
                    in.nextField();
                    return in.readList(null, "invoices", "invoice", (item, list) -> {
                        item.beginObject(list);
                        item.nextField();
                        BigDecimal total = item.readDecimal("total");
                        item.nextField();
                        item.endObject();
                        return total;
                    });
                }, DecodeOptions.DEFAULTS.withStrictDecoding(true)));
        assertEquals("Test: invoices.invoice[1].total: \"12,00\" is not a decimal", e.getMessage());
    }

    @Test
    void anObjectWhereAValueBelongsIsAbsentOrFailsWhenStrict() {
        assertNull(read("{\"a\":1}", ResponseReader::readString));
        WhmcsDecodeException e = assertThrows(WhmcsDecodeException.class,
                () -> read("{\"a\":1}", ResponseReader::readString, DecodeOptions.DEFAULTS.withStrictDecoding(true)));
        assertEquals("expected a string but found an object", e.problem());
    }

    @Test
    void readsASingleObjectAsABareListOfOne() {
        ItemReader<Long> item = (in, name) -> {
            Long id = null;
            if (in.beginObject(name)) {
                for (String field = in.nextField(); field != null; field = in.nextField()) {
                    id = in.readLong(field);
                }
                in.endObject();
            }
            return id;
        };
        assertEquals(List.of(1L), read("{\"id\":1}", (in, name) -> in.readList(null, name, null, item)));
        assertEquals(List.of(1L, 2L), read("[{\"id\":1},{\"id\":\"2\"}]", (in, name) -> in.readList(null, name, null, item)));
    }
}
