package io.github.whmcs4j.runtime.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.github.whmcs4j.runtime.Envelope;
import io.github.whmcs4j.runtime.error.WhmcsDecodeException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cursor generated decoders read a WHMCS response with. It wraps Jackson's token stream (JSON,
 * or XML through the XML module, which yields the same tokens) and accepts every form WHMCS is known
 * to send for each kind of value: numbers as numbers or strings, the many spellings of a boolean,
 * empty values as {@code ""}, {@code null}, {@code []} or {@code {}}, zero dates, a single object
 * where a list was expected, and repeated XML elements.
 *
 * <p>Each {@code read*} method reads the value the parser is positioned on. Objects are read with
 * {@link #beginObject()}, {@link #nextField()} and {@link #endObject()}; fields the decoder does not
 * know are handed to {@link #keepUnknown(String)} and come back from {@code endObject()}, so nothing
 * in a response is lost.
 *
 * <p>At the top level the reader takes the envelope fields ({@code result}, {@code message}, and
 * {@code status} for commands whose envelope is {@link Envelope#STATUS}) for itself.
 */
public final class ResponseReader {
    private final JsonParser parser;
    private final String action;
    private final Envelope envelope;
    private final boolean xml;

    /** Unknown fields of each object being read, innermost last; {@code null} until one is found. */
    private final ArrayList<Map<String, Object>> unknownFrames = new ArrayList<>();
    private String result;
    private String message;

    public ResponseReader(JsonParser parser, String action, Envelope envelope, boolean xml) {
        this.parser = parser;
        this.action = action;
        this.envelope = envelope;
        this.xml = xml;
    }

    /** The envelope's {@code result} (or {@code status}), {@code null} when the response had none. */
    public String result() {
        return result;
    }

    /** The envelope's {@code message}, or {@code null}. */
    public String message() {
        return message;
    }

    /** Whether the envelope read so far says the call failed. */
    public boolean isError() {
        return result != null && (result.equalsIgnoreCase("error") || result.equalsIgnoreCase("failed"));
    }

    // ---- objects ----------------------------------------------------------------------------

    /**
     * Starts reading an object. Returns {@code false}, having consumed the value, when WHMCS sent
     * an empty value instead ({@code null}, {@code ""}, {@code []}).
     */
    public boolean beginObject() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            unknownFrames.add(null);
            return true;
        }
        if (isEmptyValue(token, "an object")) {
            return false;
        }
        throw mismatch("an object");
    }

    /**
     * Moves to the next field of the current object and onto its value; {@code null} at the end of
     * the object.
     */
    public String nextField() throws IOException {
        while (true) {
            String name = parser.nextFieldName();
            if (name == null) {
                if (parser.currentToken() == JsonToken.END_OBJECT) {
                    return null;
                }
                throw mismatch("a field name");
            }
            parser.nextToken();
            if (unknownFrames.size() == 1 && takeEnvelopeField(name)) {
                continue;
            }
            return name;
        }
    }

    /** Ends the current object and returns its unknown fields, unmodifiable. */
    public Map<String, Object> endObject() {
        Map<String, Object> unknown = unknownFrames.remove(unknownFrames.size() - 1);
        return unknown == null ? Map.of() : Collections.unmodifiableMap(unknown);
    }

    /** Keeps the current field, which the spec does not describe, as a raw value. */
    public void keepUnknown(String name) throws IOException {
        keep(name, readRaw());
    }

    private void keep(String name, Object value) {
        int top = unknownFrames.size() - 1;
        Map<String, Object> unknown = unknownFrames.get(top);
        if (unknown == null) {
            unknown = new LinkedHashMap<>();
            unknownFrames.set(top, unknown);
        }
        merge(unknown, name, value);
    }

    private boolean takeEnvelopeField(String name) throws IOException {
        switch (name) {
            case "result":
                result = readString();
                return true;
            case "status":
                if (envelope != Envelope.STATUS) {
                    return false;
                }
                result = readString();
                return true;
            case "message":
                message = readString();
                keep(name, message); // on success the message is data, so it stays reachable
                return true;
            case "action":
            case "version":
                if (!xml) {
                    return false;
                }
                readRaw(); // <whmcsapi version="..."><action>...</action>: framing, not data
                return true;
            default:
                return false;
        }
    }

    // ---- scalars ----------------------------------------------------------------------------

    /** A string: text as sent (numbers and booleans as their text); {@code null} when absent. */
    public String readString() throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case VALUE_STRING:
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return parser.getText();
            case VALUE_TRUE:
                return "true";
            case VALUE_FALSE:
                return "false";
            case VALUE_NULL:
                return null;
            default:
                if (isEmptyValue(token, "a string")) {
                    return null;
                }
                throw mismatch("a string");
        }
    }

    /** A whole number that must fit a {@code long}: a JSON number or a numeric string. */
    public Long readLong() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                throw bad("a whole number within 64 bits");
            }
            return parser.getLongValue();
        }
        if (token == JsonToken.VALUE_STRING) {
            char[] text = parser.getTextCharacters();
            int offset = parser.getTextOffset();
            int length = parser.getTextLength();
            if (TextScalars.isBlank(text, offset, length)) {
                return null;
            }
            Long value = TextScalars.parseLong(text, offset, length);
            if (value == null) {
                throw bad("a whole number");
            }
            return value;
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            BigDecimal decimal = parser.getDecimalValue();
            try {
                return decimal.longValueExact();
            } catch (ArithmeticException e) {
                throw bad("a whole number");
            }
        }
        if (isEmptyValue(token, "a whole number")) {
            return null;
        }
        throw bad("a whole number");
    }

    /** A whole number that must fit an {@code int}. */
    public Integer readInt() throws IOException {
        Long value = readLong();
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw bad("a whole number within 32 bits");
        }
        return value.intValue();
    }

    /** A decimal (money, rates), read from its text and never through {@code double}. */
    public BigDecimal readDecimal() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getDecimalValue();
        }
        if (token == JsonToken.VALUE_STRING) {
            char[] text = parser.getTextCharacters();
            int offset = parser.getTextOffset();
            int length = parser.getTextLength();
            if (TextScalars.isBlank(text, offset, length)) {
                return null;
            }
            while (text[offset] == ' ') {
                offset++;
                length--;
            }
            while (text[offset + length - 1] == ' ') {
                length--;
            }
            try {
                return new BigDecimal(text, offset, length);
            } catch (NumberFormatException e) {
                throw bad("a decimal");
            }
        }
        if (isEmptyValue(token, "a decimal")) {
            return null;
        }
        throw bad("a decimal");
    }

    /**
     * A boolean in any of the spellings WHMCS uses: {@code true}/{@code false}, {@code 1}/{@code 0}
     * as numbers or strings, {@code "true"}/{@code "false"}, {@code "on"}/{@code ""},
     * {@code "yes"}/{@code "no"}. An empty string is {@code false}; {@code null} is absent.
     */
    public Boolean readBool() throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            case VALUE_NUMBER_INT:
                return parser.getLongValue() != 0;
            case VALUE_STRING:
                String text = parser.getText().trim();
                switch (text.toLowerCase(java.util.Locale.ROOT)) {
                    case "1":
                    case "true":
                    case "on":
                    case "yes":
                        return Boolean.TRUE;
                    case "0":
                    case "false":
                    case "off":
                    case "no":
                    case "":
                        return Boolean.FALSE;
                    default:
                        throw bad("a boolean");
                }
            default:
                if (isEmptyValue(token, "a boolean")) {
                    return null;
                }
                throw bad("a boolean");
        }
    }

    /**
     * A date ({@code yyyy-MM-dd}). The zero date is absent. Text in any other form never fails the
     * response: the field reads as {@code null} and its raw text is kept among the unknown fields
     * under the field's name.
     */
    public LocalDate readDate(String name) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            keepUnparsed(name);
            return null;
        }
        char[] text = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int length = parser.getTextLength();
        try {
            return TextScalars.parseDate(text, offset, length);
        } catch (DateTimeException e) {
            keepUnparsed(name);
            return null;
        }
    }

    /** A date and time ({@code yyyy-MM-dd HH:mm:ss}), with the same leniency as {@link #readDate}. */
    public LocalDateTime readDateTime(String name) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            keepUnparsed(name);
            return null;
        }
        char[] text = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int length = parser.getTextLength();
        try {
            return TextScalars.parseDateTime(text, offset, length);
        } catch (DateTimeException e) {
            keepUnparsed(name);
            return null;
        }
    }

    private void keepUnparsed(String name) throws IOException {
        Object raw = readRaw();
        if (raw instanceof String text && text.isBlank()) {
            return;
        }
        if (raw != null) {
            keep(name, raw);
        }
    }

    /**
     * Any value, raw: strings and numbers as their text, booleans as {@link Boolean}, objects as
     * unmodifiable maps, arrays as unmodifiable lists, {@code null} as {@code null}. Repeated keys
     * (repeated XML elements) become a list.
     */
    public Object readRaw() throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                String name;
                while ((name = parser.nextFieldName()) != null) {
                    parser.nextToken();
                    merge(map, name, readRaw());
                }
                return Collections.unmodifiableMap(map);
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(readRaw());
                }
                return Collections.unmodifiableList(list);
            }
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                return parser.getText();
        }
    }

    // ---- lists and maps ---------------------------------------------------------------------

    /**
     * Reads a list field and appends its items to {@code items} (created when {@code null}), which
     * it returns. {@code itemKey} is the singular key of WHMCS's wrapper ({@code client} in
     * {@code {"clients":{"client":[…]}}}), or {@code null} for a bare list ({@code "users":[…]}).
     * Every empty form gives no items; a single item where an array belongs is a list of one; a
     * bare array where a wrapper belongs is read as the items. Appending lets repeated XML elements
     * add up to one list.
     */
    public <T> ArrayList<T> readList(ArrayList<T> items, String itemKey, ValueReader<T> item) throws IOException {
        ArrayList<T> out = items == null ? new ArrayList<>() : items;
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_ARRAY) {
            readArrayItems(out, item);
        } else if (token == JsonToken.START_OBJECT && itemKey != null) {
            String name;
            while ((name = parser.nextFieldName()) != null) {
                parser.nextToken();
                if (name.equals(itemKey)) {
                    if (parser.currentToken() == JsonToken.START_ARRAY) {
                        readArrayItems(out, item);
                    } else {
                        addItem(out, item);
                    }
                } else {
                    throw bad("only \"" + itemKey + "\" items inside this list, not \"" + name + "\"");
                }
            }
        } else if (token == JsonToken.START_OBJECT || !isEmptyValue(token, "a list")) {
            addItem(out, item); // one item where a list belongs: a list of one
        }
        return out;
    }

    private <T> void readArrayItems(List<T> out, ValueReader<T> item) throws IOException {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            addItem(out, item);
        }
    }

    private <T> void addItem(List<T> out, ValueReader<T> item) throws IOException {
        T value = item.read(this);
        if (value != null) {
            out.add(value);
        }
    }

    /**
     * Reads a map keyed by data (TLDs, years, currency codes) into {@code entries} (created when
     * {@code null}). A JSON array, which PHP writes for keys 0, 1, 2…, is read with those keys.
     */
    public <T> LinkedHashMap<String, T> readMap(LinkedHashMap<String, T> entries, ValueReader<T> value)
            throws IOException {
        LinkedHashMap<String, T> out = entries == null ? new LinkedHashMap<>() : entries;
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            String key;
            while ((key = parser.nextFieldName()) != null) {
                parser.nextToken();
                T decoded = value.read(this);
                if (decoded != null) {
                    out.put(key, decoded);
                }
            }
        } else if (token == JsonToken.START_ARRAY) {
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                T decoded = value.read(this);
                if (decoded != null) {
                    out.put(Integer.toString(index), decoded);
                }
                index++;
            }
        } else if (!isEmptyValue(token, "an object keyed by data")) {
            throw mismatch("an object keyed by data");
        }
        return out;
    }

    /** An unmodifiable view of a list built by {@link #readList}; empty for {@code null}. */
    public static <T> List<T> listOf(List<T> items) {
        return items == null ? List.of() : Collections.unmodifiableList(items);
    }

    /** An unmodifiable view of a map built by {@link #readMap}; empty for {@code null}. */
    public static <T> Map<String, T> mapOf(Map<String, T> entries) {
        return entries == null ? Map.of() : Collections.unmodifiableMap(entries);
    }

    // ---- helpers ----------------------------------------------------------------------------

    /**
     * Whether the current value is one of WHMCS's ways of saying "nothing": {@code null}, a blank
     * string, {@code []} or {@code {}} (an empty array or object is consumed).
     */
    private boolean isEmptyValue(JsonToken token, String expected) throws IOException {
        switch (token) {
            case VALUE_NULL:
                return true;
            case VALUE_STRING:
                return TextScalars.isBlank(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
            case START_ARRAY:
                if (parser.nextToken() == JsonToken.END_ARRAY) {
                    return true;
                }
                throw new WhmcsDecodeException(action, path(), "expected " + expected + " but found a list", null);
            case START_OBJECT:
                if (parser.nextToken() == JsonToken.END_OBJECT) {
                    return true;
                }
                throw new WhmcsDecodeException(action, path(), "expected " + expected + " but found an object", null);
            default:
                return false;
        }
    }

    private static void merge(Map<String, Object> map, String name, Object value) {
        if (!map.containsKey(name)) {
            map.put(name, value);
            return;
        }
        Object previous = map.get(name);
        List<Object> repeated;
        if (previous instanceof RepeatedValues list) {
            repeated = list;
        } else {
            repeated = new RepeatedValues();
            repeated.add(previous);
            map.put(name, repeated);
        }
        repeated.add(value);
    }

    /** Values of a key that occurred more than once in one object (repeated XML elements). */
    private static final class RepeatedValues extends ArrayList<Object> {
        private static final long serialVersionUID = 1L;
    }

    private WhmcsDecodeException bad(String expected) throws IOException {
        String shown = parser.currentToken().isScalarValue() ? quoted(parser.getText()) : parser.currentToken().asString();
        return new WhmcsDecodeException(action, path(), shown + " is not " + expected, null);
    }

    private WhmcsDecodeException mismatch(String expected) {
        JsonToken token = parser.currentToken();
        String found = token == null ? "the end of the body" : describe(token);
        return new WhmcsDecodeException(action, path(), "expected " + expected + " but found " + found, null);
    }

    private static String describe(JsonToken token) {
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "a list";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            default:
                return token.name();
        }
    }

    private static String quoted(String text) {
        String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return '"' + shown + '"';
    }

    /** Where the parser is, as {@code invoices.invoice[3].total}. */
    public String path() {
        StringBuilder out = new StringBuilder();
        appendPath(parser.getParsingContext(), out);
        return out.toString();
    }

    private static void appendPath(JsonStreamContext context, StringBuilder out) {
        if (context == null || context.inRoot()) {
            return;
        }
        appendPath(context.getParent(), out);
        if (context.inArray()) {
            out.append('[').append(Math.max(context.getCurrentIndex(), 0)).append(']');
        } else if (context.getCurrentName() != null) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(context.getCurrentName());
        }
    }
}
