package io.github.whmcs4j.runtime.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.github.whmcs4j.runtime.Envelope;
import io.github.whmcs4j.runtime.error.WhmcsDecodeException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The cursor generated decoders read a WHMCS response with. It wraps Jackson's token stream (JSON,
 * or XML through the XML module, which yields the same tokens) and accepts every form WHMCS is known
 * to send for each kind of value: numbers as numbers or strings, the many spellings of a boolean,
 * empty values as {@code ""}, {@code null}, {@code []} or {@code {}}, zero dates, a single object
 * where a list was expected, and repeated XML elements.
 *
 * <p>Each {@code read*} method reads the value the parser is positioned on, and leaves the parser
 * on that value's last token. Objects are read with {@link #beginObject()}, {@link #nextField()}
 * and {@link #endObject()}; fields the decoder does not know are handed to
 * {@link #keepUnknown(String)} and come back from {@code endObject()}, so nothing in a response is
 * lost. A value that does not fit its type fails with a {@link WhmcsDecodeException} naming the
 * command and the path of the value ({@code invoices.invoice[3].total}); so does the body ending
 * early, and nesting deeper than {@link DecodeOptions#maxNestingDepth()}. The parser's own failures
 * (its {@link IOException}s, and the XML parser's occasional unchecked ones) are left to
 * {@link ResponseDecoding}, which turns them into {@code WhmcsDecodeException}s with the path where
 * reading stopped.
 *
 * <p>Empty forms: {@code null}, blank text, {@code []} and {@code {}} read as absent for every
 * type but text (where {@code ""} stays {@code ""}) and booleans (where {@code ""} is {@code false},
 * as in WHMCS's {@code "on"}/{@code ""}); lists and maps leave empty items out. Dates that are not
 * dates (other formats, Unix seconds, HTML) read as absent and are kept raw among the unknown fields.
 *
 * <p>At the top level the reader takes the envelope fields ({@code result}, {@code message}, and
 * {@code status} for commands whose envelope is {@link Envelope#STATUS}) for itself.
 *
 * <p>Numbers, booleans and dates are parsed from the parser's character buffer without building a
 * {@code String} first; for XML, whose parser only has strings, through one reused buffer.
 */
public final class ResponseReader {
    /** The longest text read as a decimal; parsing a longer one would take time that grows with its square. */
    private static final int LONGEST_DECIMAL = 1000;

    private final JsonParser parser;
    private final String action;
    private final Envelope envelope;
    private final boolean xml;
    private final boolean unescapeHtml;
    private final int maxNestingDepth;

    /** Unknown fields of each object being read, innermost last; {@code null} until one is found. */
    private final ArrayList<Map<String, Object>> unknownFrames = new ArrayList<>();
    /** {@link #beginObject()} looked past the object's start: the parser is on its first field name. */
    private boolean fieldPending;
    /** Set by {@link #wholeNumber()}: the value was one of the empty forms. */
    private boolean absent;
    private String result;
    private String message;

    /** The text of the current token, for XML (whose parser has no char buffer of its own to lend). */
    private char[] textBuffer;
    private int textOffset;
    private int textLength;
    private final int[] dateFields = new int[TextScalars.FIELDS];

    /**
     * Items being read that are not inside a JSON array (repeated XML elements, a single object where
     * a list belongs): the object context holding the field, and the item's index, for {@link #path()}.
     */
    private JsonStreamContext[] itemOwners = new JsonStreamContext[8];
    private int[] itemIndexes = new int[8];
    private int itemDepth;

    /** A reader with the default {@link DecodeOptions}. */
    public ResponseReader(JsonParser parser, String action, Envelope envelope, boolean xml) {
        this(parser, action, envelope, xml, DecodeOptions.DEFAULTS);
    }

    /**
     * @param parser the token stream, not yet started or on the response's first token
     * @param action the command, for messages
     * @param envelope how the command reports success
     * @param xml whether the tokens come from XML (where the root's {@code version} and {@code action} are framing)
     * @param options the nesting limit and whether string values are HTML-unescaped
     */
    public ResponseReader(JsonParser parser, String action, Envelope envelope, boolean xml, DecodeOptions options) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.action = action;
        this.envelope = Objects.requireNonNull(envelope, "envelope");
        this.xml = xml;
        this.unescapeHtml = options.unescapeHtml();
        this.maxNestingDepth = options.maxNestingDepth();
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
     * an empty value instead ({@code null}, {@code ""}, {@code []}, {@code {}}).
     */
    public boolean beginObject() throws IOException {
        JsonToken token = current("an object");
        if (token == JsonToken.START_OBJECT) {
            enter();
            JsonToken first = parser.nextToken();
            if (first == JsonToken.END_OBJECT) {
                return false;
            }
            if (first != JsonToken.FIELD_NAME) {
                throw mismatch("a field name");
            }
            fieldPending = true;
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
            String name;
            if (fieldPending) {
                fieldPending = false;
                name = parser.currentName();
            } else {
                name = parser.nextFieldName();
            }
            if (name == null) {
                if (parser.currentToken() == JsonToken.END_OBJECT) {
                    return null;
                }
                throw mismatch("a field name");
            }
            valueOf(name);
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
        if (top < 0) {
            return; // a value outside any object (only in tests): there is no record to keep it on
        }
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
                if (parser.currentToken().isScalarValue()) {
                    message = readString();
                    keep(name, message); // on success the message is data, so it stays reachable
                } else {
                    Object raw = readRaw(); // some errors carry a list or map of messages
                    keep(name, raw);
                    message = raw == null ? null : raw.toString();
                }
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

    /**
     * A string: text as sent (numbers and booleans as their text), HTML-unescaped when the options
     * say so; {@code null} when absent.
     */
    public String readString() throws IOException {
        JsonToken token = current("a string");
        switch (token) {
            case VALUE_STRING:
                String text = parser.getText();
                return unescapeHtml ? HtmlEntities.unescape(text) : text;
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

    /**
     * A string the spec says is plain text (names, companies, subjects): read as {@link #readString()},
     * and HTML-unescaped whatever the options say, since WHMCS escapes such text when it stores it.
     */
    public String readPlainText() throws IOException {
        String text = readString();
        return text == null || unescapeHtml ? text : HtmlEntities.unescape(text);
    }

    /** A whole number that must fit a {@code long}: a JSON number or a numeric string. */
    public Long readLong() throws IOException {
        long value = wholeNumber();
        return absent ? null : value;
    }

    /** A whole number that must fit an {@code int}. */
    public Integer readInt() throws IOException {
        long value = wholeNumber();
        if (absent) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw bad("a whole number within 32 bits");
        }
        return (int) value;
    }

    /** The current whole number, unboxed; {@link #absent} says whether there was none. */
    private long wholeNumber() throws IOException {
        absent = false;
        JsonToken token = current("a whole number");
        switch (token) {
            case VALUE_NUMBER_INT:
                if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw bad("a whole number within 64 bits");
                }
                return parser.getLongValue();
            case VALUE_STRING: {
                char[] text = text();
                if (TextScalars.isBlank(text, textOffset, textLength)) {
                    absent = true;
                    return 0;
                }
                try {
                    return TextScalars.parseLong(text, textOffset, textLength);
                } catch (NumberFormatException e) {
                    throw bad(TextScalars.isInteger(text, textOffset, textLength)
                            ? "a whole number within 64 bits" : "a whole number");
                }
            }
            case VALUE_NUMBER_FLOAT:
                BigDecimal decimal = parser.getDecimalValue();
                if (decimal.signum() == 0) {
                    return 0;
                }
                if (decimal.precision() - decimal.scale() > 19) {
                    throw bad("a whole number within 64 bits");
                }
                try {
                    return decimal.longValueExact();
                } catch (ArithmeticException e) {
                    throw bad("a whole number within 64 bits");
                }
            case VALUE_NULL:
                absent = true;
                return 0;
            default:
                if (isEmptyValue(token, "a whole number")) {
                    absent = true;
                    return 0;
                }
                throw bad("a whole number");
        }
    }

    /** A decimal (money, rates), read from its text and never through {@code double}. */
    public BigDecimal readDecimal() throws IOException {
        JsonToken token = current("a decimal");
        switch (token) {
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return parser.getDecimalValue();
            case VALUE_STRING: {
                char[] text = text();
                int end = TextScalars.trimEnd(text, textOffset, textOffset + textLength);
                int start = TextScalars.trimStart(text, textOffset, end);
                if (start == end) {
                    return null;
                }
                BigDecimal money = TextScalars.parseSmallDecimal(text, start, end);
                if (money != null) {
                    return money;
                }
                if (!isPlainDecimal(text, start, end)) {
                    throw bad("a decimal");
                }
                try {
                    return new BigDecimal(text, start, end - start);
                } catch (NumberFormatException e) {
                    throw bad("a decimal");
                }
            }
            case VALUE_NULL:
                return null;
            default:
                if (isEmptyValue(token, "a decimal")) {
                    return null;
                }
                throw bad("a decimal");
        }
    }

    /**
     * {@code [+-]digits[.digits]} or {@code [+-].digits}, with an optional exponent of at most four
     * digits, and at most {@value #LONGEST_DECIMAL} characters (Jackson's own limit for number
     * tokens): what PHP writes, and nothing {@link BigDecimal} would need long to take apart.
     */
    private static boolean isPlainDecimal(char[] text, int start, int end) {
        if (end - start > LONGEST_DECIMAL) {
            return false;
        }
        int i = start;
        if (text[i] == '-' || text[i] == '+') {
            i++;
        }
        int digits = 0;
        while (i < end && text[i] >= '0' && text[i] <= '9') {
            i++;
            digits++;
        }
        if (i < end && text[i] == '.') {
            i++;
            while (i < end && text[i] >= '0' && text[i] <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < end && (text[i] == 'e' || text[i] == 'E')) {
            i++;
            if (i < end && (text[i] == '-' || text[i] == '+')) {
                i++;
            }
            int exponent = 0;
            while (i < end && text[i] >= '0' && text[i] <= '9') {
                i++;
                exponent++;
            }
            if (exponent == 0 || exponent > 4) {
                return false;
            }
        }
        return i == end;
    }

    /**
     * A boolean in any of the spellings WHMCS uses: {@code true}/{@code false}, {@code 1}/{@code 0}
     * as numbers or strings, {@code "true"}/{@code "false"}, {@code "on"}/{@code ""},
     * {@code "yes"}/{@code "no"}, {@code "off"}, in any case. An empty string is {@code false};
     * {@code null} is absent.
     */
    public Boolean readBool() throws IOException {
        JsonToken token = current("a boolean");
        switch (token) {
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            case VALUE_NUMBER_INT:
                if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    return Boolean.TRUE; // too big for a long, so not zero
                }
                return parser.getLongValue() != 0;
            case VALUE_NUMBER_FLOAT:
                return parser.getDecimalValue().signum() != 0;
            case VALUE_STRING: {
                char[] text = text();
                Boolean value = TextScalars.parseBool(text, textOffset, textLength);
                if (value == null) {
                    throw bad("a boolean");
                }
                return value;
            }
            default:
                if (isEmptyValue(token, "a boolean")) {
                    return null;
                }
                throw bad("a boolean");
        }
    }

    /**
     * A date ({@code yyyy-MM-dd}; one-digit months and days, and a midnight time, are accepted).
     * The zero date is absent. Any other value never fails the response: the field reads as
     * {@code null} and its raw value is kept among the unknown fields under {@code name}.
     */
    public LocalDate readDate(String name) throws IOException {
        JsonToken token = current("a date");
        if (token != JsonToken.VALUE_STRING) {
            keepUnparsed(name);
            return null;
        }
        char[] text = text();
        LocalDate date = TextScalars.parseDateTime(text, textOffset, textLength, dateFields)
                ? TextScalars.toDate(dateFields) : null;
        if (date == null) {
            keepUnparsed(name);
            return null;
        }
        return date == TextScalars.ZERO_DATE ? null : date;
    }

    /**
     * A date and time ({@code yyyy-MM-dd HH:mm:ss}; also with {@code T}, one-digit fields, no
     * seconds, or a fraction of a second), with the same leniency as {@link #readDate}.
     */
    public LocalDateTime readDateTime(String name) throws IOException {
        JsonToken token = current("a date and time");
        if (token != JsonToken.VALUE_STRING) {
            keepUnparsed(name);
            return null;
        }
        char[] text = text();
        LocalDateTime dateTime = TextScalars.parseDateTime(text, textOffset, textLength, dateFields)
                ? TextScalars.toDateTime(dateFields) : null;
        if (dateTime == null) {
            keepUnparsed(name);
            return null;
        }
        return dateTime == TextScalars.ZERO_DATE_TIME ? null : dateTime;
    }

    /** Keeps a value that is not a date as it came, unless it is one of the empty forms. */
    private void keepUnparsed(String name) throws IOException {
        Object raw = readRaw();
        if (raw == null || (raw instanceof String text && text.isBlank()) || raw.equals(List.of())
                || raw.equals(Map.of())) {
            return;
        }
        keep(name, raw);
    }

    /**
     * Any value, raw: strings and numbers as their text, booleans as {@link Boolean}, objects as
     * unmodifiable maps, arrays as unmodifiable lists, {@code null} as {@code null}. Repeated keys
     * (repeated XML elements) become a list. Text is never HTML-unescaped here.
     */
    public Object readRaw() throws IOException {
        JsonToken token = current("a value");
        switch (token) {
            case START_OBJECT: {
                enter();
                Map<String, Object> map = new LinkedHashMap<>();
                String name;
                while ((name = parser.nextFieldName()) != null) {
                    valueOf(name);
                    merge(map, name, readRaw());
                }
                expectEnd(JsonToken.END_OBJECT);
                return Collections.unmodifiableMap(map);
            }
            case START_ARRAY: {
                enter();
                List<Object> list = new ArrayList<>();
                while (next("a list item") != JsonToken.END_ARRAY) {
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
            case VALUE_STRING:
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return parser.getText();
            default:
                throw mismatch("a value");
        }
    }

    /**
     * A raw value for a field that may occur more than once (a repeated XML element, as WHMCS writes
     * an array): the first occurrence reads as {@link #readRaw()} does, later ones join it in a list,
     * so {@code <a>x</a><a>y</a>} reads like {@code "a":["x","y"]}. Pass the field's value so far.
     */
    public Object readRaw(Object previous) throws IOException {
        Object value = readRaw();
        return previous == null ? value : join(previous, value);
    }

    /** {@code previous} and {@code value} as one list of repeated values, reusing it when it is one. */
    private static RepeatedValues join(Object previous, Object value) {
        RepeatedValues repeated;
        if (previous instanceof RepeatedValues list) {
            repeated = list;
        } else {
            repeated = new RepeatedValues();
            repeated.append(previous);
        }
        repeated.append(value);
        return repeated;
    }

    // ---- lists and maps ---------------------------------------------------------------------

    /**
     * Reads a list field and appends its items to {@code items} (created when {@code null}), which
     * it returns. {@code itemKey} is the singular key of WHMCS's wrapper ({@code client} in
     * {@code {"clients":{"client":[…]}}}), or {@code null} for a bare list ({@code "users":[…]}).
     * Every empty form gives no items; a single item where an array belongs is a list of one; a
     * bare array where a wrapper belongs is read as the items. Appending lets repeated XML elements
     * add up to one list. Items that are empty ({@code null}, blank text, {@code {}}, {@code []}) are left
     * out, in JSON as in XML, where they cannot be told from no item.
     */
    public <T> ArrayList<T> readList(ArrayList<T> items, String itemKey, ValueReader<T> item) throws IOException {
        ArrayList<T> out = items == null ? new ArrayList<>() : items;
        JsonToken token = current("a list");
        if (token == JsonToken.START_ARRAY) {
            readArrayItems(out, item);
        } else if (token == JsonToken.START_OBJECT && itemKey != null) {
            enter();
            String name;
            while ((name = parser.nextFieldName()) != null) {
                valueOf(name);
                if (!name.equals(itemKey)) {
                    throw new WhmcsDecodeException(action, path(), "expected a list of \"" + itemKey
                            + "\" items but found a \"" + name + "\" field", null);
                }
                if (parser.currentToken() == JsonToken.START_ARRAY) {
                    readArrayItems(out, item);
                } else {
                    addLooseItem(out, item);
                }
            }
            expectEnd(JsonToken.END_OBJECT);
        } else if (token == JsonToken.START_OBJECT || !isEmptyValue(token, "a list")) {
            addLooseItem(out, item); // one item where a list belongs: a list of one
        }
        return out;
    }

    private <T> void readArrayItems(List<T> out, ValueReader<T> item) throws IOException {
        enter();
        while (next("a list item") != JsonToken.END_ARRAY) {
            T value = item.read(this);
            if (!isEmptyItem(value)) {
                out.add(value);
            }
        }
    }

    /**
     * Whether a list item read is one of the empty forms, which lists leave out: {@code null}, blank
     * text, and (for raw items) an empty object or list. XML cannot tell these from no item at all.
     */
    private static boolean isEmptyItem(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof String text) {
            return text.isBlank();
        }
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty();
        }
        return value instanceof List<?> list && list.isEmpty();
    }

    /** Reads an item that is not inside an array, remembering its index for {@link #path()}. */
    private <T> void addLooseItem(List<T> out, ValueReader<T> item) throws IOException {
        JsonToken token = parser.currentToken();
        JsonStreamContext context = parser.getParsingContext();
        JsonStreamContext owner = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY
                ? context.getParent() : context;
        if (itemDepth == itemOwners.length) {
            itemOwners = Arrays.copyOf(itemOwners, itemDepth * 2);
            itemIndexes = Arrays.copyOf(itemIndexes, itemDepth * 2);
        }
        itemOwners[itemDepth] = owner;
        itemIndexes[itemDepth] = out.size();
        itemDepth++;
        T value = item.read(this);
        // Not in a finally block: when reading fails, the path of the failure still names the item.
        itemDepth--;
        itemOwners[itemDepth] = null;
        if (!isEmptyItem(value)) {
            out.add(value);
        }
    }

    /**
     * Reads a map keyed by data (TLDs, years, currency codes) into {@code entries} (created when
     * {@code null}). A JSON array, which PHP writes for keys 0, 1, 2…, is read with those keys.
     * Empty values are left out.
     */
    public <T> LinkedHashMap<String, T> readMap(LinkedHashMap<String, T> entries, ValueReader<T> value)
            throws IOException {
        LinkedHashMap<String, T> out = entries == null ? new LinkedHashMap<>() : entries;
        JsonToken token = current("an object keyed by data");
        if (token == JsonToken.START_OBJECT) {
            enter();
            String key;
            while ((key = parser.nextFieldName()) != null) {
                valueOf(key);
                T decoded = value.read(this);
                if (decoded != null) {
                    out.put(key, decoded);
                }
            }
            expectEnd(JsonToken.END_OBJECT);
        } else if (token == JsonToken.START_ARRAY) {
            enter();
            int index = 0;
            while (next("a value") != JsonToken.END_ARRAY) {
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

    /** The current token; the body ending where a value belongs is a decode error. */
    private JsonToken current(String expected) {
        return current(expected, parser.currentToken());
    }

    private JsonToken current(String expected, JsonToken token) {
        if (token == null) {
            throw new WhmcsDecodeException(action, path(), "expected " + expected + " but the body ended", null);
        }
        return token;
    }

    /** Moves from a field name onto its value. */
    private void valueOf(String name) throws IOException {
        if (parser.nextToken() == null) {
            throw new WhmcsDecodeException(action, path(), "expected the value of \"" + name + "\" but the body ended",
                    null);
        }
    }

    private JsonToken next(String expected) throws IOException {
        return current(expected, parser.nextToken());
    }

    /** After a loop over field names: the object must have ended, not the body. */
    private void expectEnd(JsonToken end) {
        if (parser.currentToken() != end) {
            throw mismatch(end == JsonToken.END_OBJECT ? "the end of an object" : "the end of a list");
        }
    }

    /** Called on each object or list start the reader steps into. */
    private void enter() {
        if (parser.getParsingContext().getNestingDepth() > maxNestingDepth) {
            throw new WhmcsDecodeException(action, path(), "objects and lists nested deeper than " + maxNestingDepth
                    + " levels (the limit set by maxNestingDepth)", null);
        }
    }

    /** The current string token's text, as {@link #textOffset} and {@link #textLength} in the returned array. */
    private char[] text() throws IOException {
        if (!xml) {
            char[] characters = parser.getTextCharacters();
            textOffset = parser.getTextOffset();
            textLength = parser.getTextLength();
            return characters;
        }
        String text = parser.getText();
        int length = text.length();
        if (textBuffer == null || textBuffer.length < length) {
            textBuffer = new char[Math.max(length, 32)];
        }
        text.getChars(0, length, textBuffer, 0);
        textOffset = 0;
        textLength = length;
        return textBuffer;
    }

    /**
     * Whether the current value is one of WHMCS's ways of saying "nothing": {@code null}, a blank
     * string, {@code []} or {@code {}} (an empty array or object is consumed).
     */
    private boolean isEmptyValue(JsonToken token, String expected) throws IOException {
        switch (token) {
            case VALUE_NULL:
                return true;
            case VALUE_STRING:
                char[] text = text();
                return TextScalars.isBlank(text, textOffset, textLength);
            case START_ARRAY: {
                enter();
                String at = path(); // of the list, not of what is in it
                if (next("a list item") == JsonToken.END_ARRAY) {
                    return true;
                }
                throw new WhmcsDecodeException(action, at, "expected " + expected + " but found a list", null);
            }
            case START_OBJECT: {
                enter();
                String at = path();
                if (next("a field name") == JsonToken.END_OBJECT) {
                    return true;
                }
                throw new WhmcsDecodeException(action, at, "expected " + expected + " but found an object", null);
            }
            default:
                return false;
        }
    }

    private static void merge(Map<String, Object> map, String name, Object value) {
        if (!map.containsKey(name)) {
            map.put(name, value);
            return;
        }
        map.put(name, join(map.get(name), value));
    }

    /**
     * Values of a key that occurred more than once in one object (repeated XML elements): a list
     * equal to any list of the same values, unmodifiable to its users.
     */
    private static final class RepeatedValues extends AbstractList<Object> implements RandomAccess {
        private final ArrayList<Object> values = new ArrayList<>(4);

        void append(Object value) {
            values.add(value);
        }

        @Override
        public Object get(int index) {
            return values.get(index);
        }

        @Override
        public int size() {
            return values.size();
        }
    }

    private WhmcsDecodeException bad(String expected) throws IOException {
        JsonToken token = parser.currentToken();
        String shown = token != null && token.isScalarValue() ? quoted(parser.getText()) : describe(token);
        return new WhmcsDecodeException(action, path(), shown + " is not " + expected, null);
    }

    private WhmcsDecodeException mismatch(String expected) {
        JsonToken token = parser.currentToken();
        String found = token == null ? "the end of the body" : describe(token);
        return new WhmcsDecodeException(action, path(), "expected " + expected + " but found " + found, null);
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "a list";
            case END_OBJECT:
                return "the end of an object";
            case END_ARRAY:
                return "the end of a list";
            case FIELD_NAME:
                return "a field name";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.name();
        }
    }

    private static String quoted(String text) {
        String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return '"' + shown + '"';
    }

    /**
     * Where the parser is, as {@code invoices.invoice[3].total}. Items of repeated XML elements are
     * numbered like items of a JSON array.
     */
    public String path() {
        StringBuilder out = new StringBuilder();
        appendPath(parser.getParsingContext(), out);
        return out.toString();
    }

    private void appendPath(JsonStreamContext context, StringBuilder out) {
        if (context == null || context.inRoot()) {
            return;
        }
        appendPath(context.getParent(), out);
        if (context.inArray()) {
            if (context.getEntryCount() > 0) { // none on the list's start: the path is the list's own
                out.append('[').append(context.getCurrentIndex()).append(']');
            }
        } else if (context.getCurrentName() != null) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(context.getCurrentName());
            for (int i = itemDepth - 1; i >= 0; i--) {
                if (itemOwners[i] == context) {
                    out.append('[').append(itemIndexes[i]).append(']');
                    break;
                }
            }
        }
    }
}
