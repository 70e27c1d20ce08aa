package io.github.whmcs4j.runtime.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.whmcs4j.runtime.Envelope;
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

    /** Reads one JSON value with {@code reader}, as a field of a top-level object would be read. */
    private static <T> T read(String json, ValueReader<T> reader) {
        try (JsonParser parser = JSON.createParser(json)) {
            ResponseReader in = new ResponseReader(parser, "Test", Envelope.RESULT, false);
            parser.nextToken();
            return reader.read(in);
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
    void rejectsNumbersThatAreNot() {
        WhmcsDecodeException e = assertThrows(WhmcsDecodeException.class, () -> read("\"12a\"", ResponseReader::readLong));
        assertEquals("Test: \"12a\" is not a whole number", e.getMessage());
        assertThrows(WhmcsDecodeException.class, () -> read("\"9223372036854775808\"", ResponseReader::readLong));
        assertThrows(WhmcsDecodeException.class, () -> read("3000000000", ResponseReader::readInt));
    }

    @Test
    void readsDecimalsFromTextNeverThroughDouble() {
        assertEquals(new BigDecimal("15.95"), read("\"15.95\"", ResponseReader::readDecimal));
        assertEquals(new BigDecimal("0.000"), read("\"0.000\"", ResponseReader::readDecimal));
        assertEquals(new BigDecimal("-10.00"), read("\"-10.00\"", ResponseReader::readDecimal));
        assertEquals(new BigDecimal("0.1"), read("0.1", ResponseReader::readDecimal));
        assertNull(read("\"\"", ResponseReader::readDecimal));
        WhmcsDecodeException e = assertThrows(WhmcsDecodeException.class, () -> read("\"12,00\"", ResponseReader::readDecimal));
        assertEquals("\"12,00\" is not a decimal", e.problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "1", "\"1\"", "\"true\"", "\"on\"", "\"Yes\""})
    void readsEverySpellingOfTrue(String json) {
        assertEquals(Boolean.TRUE, read(json, ResponseReader::readBool));
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "0", "\"0\"", "\"false\"", "\"\"", "\"off\""})
    void readsEverySpellingOfFalse(String json) {
        assertEquals(Boolean.FALSE, read(json, ResponseReader::readBool));
    }

    @Test
    void readsDatesWithZeroDatesAbsentAndOddFormsKeptRaw() {
        assertEquals(LocalDate.of(2016, 1, 15), read("\"2016-01-15\"", in -> in.readDate("d")));
        assertNull(read("\"0000-00-00\"", in -> in.readDate("d")));
        assertEquals(LocalDateTime.of(2020, 9, 23, 13, 59, 35), read("\"2020-09-23 13:59:35\"", in -> in.readDateTime("d")));
        assertNull(read("\"0000-00-00 00:00:00\"", in -> in.readDateTime("d")));

        Map<String, Object> kept = read("{\"d\":\"17/05/2019 10:01\",\"e\":\"1700000000\"}", in -> {
            in.beginObject();
            for (String field = in.nextField(); field != null; field = in.nextField()) {
                assertNull(in.readDate(field));
            }
            return in.endObject();
        });
        assertEquals(Map.of("d", "17/05/2019 10:01", "e", "1700000000"), kept);
    }

    @Test
    void readsEveryFormOfAList() {
        ValueReader<List<String>> names = in -> ResponseReader.listOf(in.readList(null, "name", ResponseReader::readString));
        assertEquals(List.of("a", "b"), read("{\"name\":[\"a\",\"b\"]}", names));
        assertEquals(List.of("a"), read("{\"name\":\"a\"}", names));
        assertEquals(List.of("a", "b"), read("[\"a\",\"b\"]", names));
        for (String empty : List.of("\"\"", "null", "{}", "[]", "{\"name\":[]}")) {
            assertEquals(List.of(), read(empty, names), empty);
        }
    }

    @Test
    void appendsRepeatedListFieldsAsXmlSendsThem() {
        List<String> items = read("{\"name\":\"a\",\"name\":\"b\"}", in -> {
            in.beginObject();
            ArrayList<String> out = null;
            for (String field = in.nextField(); field != null; field = in.nextField()) {
                out = in.readList(out, null, ResponseReader::readString);
            }
            in.endObject();
            return out;
        });
        assertEquals(List.of("a", "b"), items);
    }

    @Test
    void readsMapsKeyedByDataAndPhpListsAsIndexKeys() {
        assertEquals(Map.of("1", new BigDecimal("14.95"), "2", new BigDecimal("29.90")),
                read("{\"1\":\"14.95\",\"2\":\"29.90\"}", in -> in.readMap(null, ResponseReader::readDecimal)));
        assertEquals(Map.of("0", "x", "1", "y"), read("[\"x\",\"y\"]", in -> in.readMap(null, ResponseReader::readString)));
        assertEquals(Map.of(), read("\"\"", in -> ResponseReader.mapOf(in.readMap(null, ResponseReader::readString))));
    }

    @Test
    void namesThePathOfABadValue() {
        WhmcsDecodeException e = assertThrows(WhmcsDecodeException.class, () -> read(
                "{\"invoices\":{\"invoice\":[{\"total\":\"1.00\"},{\"total\":\"12,00\"}]}}", in -> {
                    in.beginObject();
                    in.nextField();
                    return in.readList(null, "invoice", item -> {
                        item.beginObject();
                        item.nextField();
                        BigDecimal total = item.readDecimal();
                        item.nextField();
                        item.endObject();
                        return total;
                    });
                }));
        assertEquals("Test: invoices.invoice[1].total: \"12,00\" is not a decimal", e.getMessage());
    }

    @Test
    void refusesAnObjectWhereAValueBelongs() {
        WhmcsDecodeException e = assertThrows(WhmcsDecodeException.class, () -> read("{\"a\":1}", ResponseReader::readString));
        assertEquals("expected a string but found an object", e.problem());
    }

    @Test
    void readsASingleObjectAsABareListOfOne() {
        ValueReader<Map<String, Object>> item = in -> {
            in.beginObject();
            for (String field = in.nextField(); field != null; field = in.nextField()) {
                in.keepUnknown(field);
            }
            return in.endObject();
        };
        assertEquals(List.of(Map.of("id", "1")), read("{\"id\":1}", in -> in.readList(null, null, item)));
        assertEquals(List.of(Map.of("id", "1"), Map.of("id", "2")),
                read("[{\"id\":1},{\"id\":\"2\"}]", in -> in.readList(null, null, item)));
    }
}
