package io.github.whmcs4j.runtime.spi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.github.whmcs4j.runtime.error.WhmcsDecodeException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The cursor generated decoders read a WHMCS response with. It wraps Jackson's token stream (JSON,
 * or XML through the XML module, which yields the same tokens) and accepts every form WHMCS is known
 * to send for each kind of value: numbers as numbers or strings, the many spellings of a boolean,
 * empty values, zero dates, and every shape PHP gives a list.
 *
 * <p>Each {@code read*} method reads the value the parser is positioned on, and leaves the parser
 * on that value's last token. Objects are read with {@link #beginObject(String)}, {@link #nextField()}
 * and {@link #endObject()}; fields the decoder does not know are handed to
 * {@link #keepUnknown(String)} and come back from {@code endObject()}, so nothing in a response is
 * lost.
 *
 * <p><b>A value never fails the response.</b> A value that cannot be typed as the spec says
 * ({@code "$15.95 USD"} for a decimal, {@code "INR"} for an id, {@code "maybe"} for a boolean, a number
 * past the type's range, an object or a list where a single value belongs, a date in an unknown form)
 * reads as {@code null}; its raw value is kept among the unknown fields of the object holding it,
 * under the field's name, and a warning naming the command and the path (with a short excerpt of the
 * value, never of a field the spec marks sensitive) is logged once per command and path through
 * {@code System.Logger} {@code io.github.whmcs4j.decoding}. Values of sensitive fields are not kept, since
 * unknown fields appear in {@code toString()}. With {@link DecodeOptions#strictDecoding()} such a value
 * (dates excepted) fails with a {@link WhmcsDecodeException} naming the command and the path of the
 * value ({@code invoices.invoice[3].total}). The body ending early, and nesting deeper than
 * {@link DecodeOptions#maxNestingDepth()}, always fail. The parser's own failures (its
 * {@link IOException}s, and the XML parser's occasional unchecked ones) are left to
 * the runtime's decoding, which turns them into {@code WhmcsDecodeException}s with the path where
 * reading stopped.
 *
 * <p><b>Empty values</b>, the same in JSON and XML: {@code null}, {@code ""} (an empty XML element),
 * {@code []} and {@code {}} read as {@code null} for every single value, text and booleans included;
 * blank text reads as {@code null} for every type but text. Lists and maps leave empty items out.
 * The zero dates ({@code 0000-00-00}, with or without a time) are {@code null} too.
 *
 * <p><b>Lists</b> ({@link #readList}) take, for a field the spec calls wrapped ({@code clients.client[]})
 * or bare ({@code users[]}) alike: a JSON array; WHMCS's wrapper object around an array, around one
 * item, or around an object keyed {@code "0"}, {@code "1"}, …; such an object without the wrapper
 * (what PHP's {@code json_encode} writes for an array whose keys are not 0..n-1; items in key order);
 * one item where a list belongs; a wrapper where the spec says bare; every empty form; and repeated
 * XML elements, which add up to one list. An object item in which not one field of the spec is found
 * is not taken for an item: when it has the shape of a list it is read as one, otherwise it is kept
 * raw like a value that cannot be typed, and the list does not get an all-{@code null} item.
 *
 * <p><b>Repeated scalars.</b> A single-valued field that occurs more than once in one object (a
 * repeated XML element, a duplicate JSON key) keeps its first value (see {@link #firstOf}); every
 * value, as text, is kept among the unknown fields under the field's name, as a list.
 *
 * <p>At the top level the reader takes the envelope fields ({@code result}, {@code message}, and
 * {@code status} for commands whose envelope is {@link Envelope#STATUS}) for itself, through {@link EnvelopeFields}.
 *
 * <p>Numbers, booleans and dates are parsed from the parser's character buffer without building a
 * {@code String} first; for XML, whose parser only has strings, through one reused buffer. Values
 * that read well allocate nothing but their result; the work for odd values and odd list shapes is
 * done only when they occur.
 */
public final class ResponseReader {
    /** What {@link #nextField(FieldNames)} returns at the end of the object. */
    public static final int END_OF_OBJECT = -1;
    /** What {@link #nextField(FieldNames)} returns for a field the record does not have. */
    public static final int UNKNOWN_FIELD = -2;

    /** Parses a raw value written back as JSON, to read it again as list items. */
    private static final JsonFactory TREE = new JsonFactory();
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    /** The token stream; replaced for a moment while a raw value is read again as list items. */
    private JsonParser parser;
    private final String action;
    private final EnvelopeFields envelope;
    private final boolean xml;
    private final boolean unescapeHtml;
    private final boolean strict;
    private final int maxNestingDepth;

    /** How many objects are being read: the outermost is at depth 0, the innermost at {@code objects - 1}. */
    private int objects;
    /** Unknown fields of each object being read, by depth; {@code null} until one is found. */
    private Map<?, ?>[] unknownFrames = new Map<?, ?>[16];
    /** For each object being read, how many of its fields the decoder took as fields of the spec. */
    private int[] knownFields = new int[16];
    /** For each object being read, the position of the field expected next: the one after the last field read. */
    private int[] expectedFields = new int[16];
    /** The name of the last field {@link #otherField} moved to, which {@link #keepUnknown()} keeps. */
    private String fieldName;
    /** {@link #beginObject} looked past the object's start: the parser is on its first field name. */
    private boolean fieldPending;
    /** With {@link #fieldPending}: that name is the first of the record's {@link FieldNames}, as the parser found. */
    private boolean firstFieldFound;
    /** {@link #readList} looked past an object's start: the parser is on its first field name. */
    private boolean objectStarted;
    /** The value being read belongs to a field the spec marks sensitive: never kept raw nor shown. */
    private boolean secret;
    /**
     * While a list item is read, the depth of the object holding the list: a value at that depth that
     * is not an item is handed to the list ({@link #captured}) instead of being kept; -1 otherwise.
     */
    private int captureDepth = -1;
    /** A value handed to the list being read; {@code null} but between its capture and {@link #readItem}'s return. */
    private Object captured;
    /** The path of {@link #captured}. */
    private String capturedAt;
    /** Whether {@link #captured} is an object read as an item (else a value where a single value belongs). */
    private boolean capturedItemObject;
    /** What the item reader expected instead of {@link #captured}, for messages. */
    private String capturedExpected;
    /** Where the raw value being read again as list items was, for {@link #path()}; {@code null} otherwise. */
    private String pathPrefix;
    /** Set by {@link #wholeNumber(JsonToken)}: the value was one of the empty forms. */
    private boolean absent;
    /** Set by {@link #wholeNumber(JsonToken)}: what the value was expected to be, when it is not; {@code null} when it is. */
    private String numberProblem;

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
     * @param options the nesting limit, whether string values are HTML-unescaped, and whether decoding is strict
     */
    public ResponseReader(JsonParser parser, String action, Envelope envelope, boolean xml, DecodeOptions options) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.action = action;
        this.envelope = new EnvelopeFields(Objects.requireNonNull(envelope, "envelope"), xml);
        this.xml = xml;
        this.unescapeHtml = options.unescapeHtml();
        this.strict = options.strictDecoding();
        this.maxNestingDepth = options.maxNestingDepth();
    }

    /** The envelope's {@code result} (or {@code status}), {@code null} when the response had none. */
    public String result() {
        return envelope.result();
    }

    /** The envelope's {@code message}, or {@code null}. */
    public String message() {
        return envelope.message();
    }

    /** Whether the envelope read so far says the call failed. */
    public boolean isError() {
        return envelope.isError();
    }

    /** Whether the current value is a single value (no object or list). */
    boolean atScalar() {
        JsonToken token = parser.currentToken();
        return !objectStarted && token != null && token.isScalarValue();
    }

    /** Whether the current value is a JSON array (some commands answer with a bare one). */
    public boolean atList() {
        return !objectStarted && parser.currentToken() == JsonToken.START_ARRAY;
    }

    // ---- objects ----------------------------------------------------------------------------

    /** {@link #beginObject(String)} for the whole response, which has no field to keep an odd value under. */
    public boolean beginObject() throws IOException {
        return beginObject(null, null);
    }

    /**
     * Starts reading an object, the value of the field {@code name}. Returns {@code false}, having
     * consumed the value, when WHMCS sent an empty value instead ({@code null}, {@code ""}, {@code []},
     * {@code {}}), or a value that is not an object (kept raw under {@code name}, or failing when
     * decoding is strict or there is no field to keep it under).
     */
    public boolean beginObject(String name) throws IOException {
        return beginObject(name, null);
    }

    /** {@link #beginObject(String, FieldNames)} for the whole response. */
    public boolean beginObject(FieldNames fields) throws IOException {
        return beginObject(null, fields);
    }

    /**
     * {@link #beginObject(String)} for a record whose fields are read with {@link #nextField(FieldNames)}:
     * the first field is expected to be the first of {@code fields} ({@code null}: no expectation).
     */
    public boolean beginObject(String name, FieldNames fields) throws IOException {
        JsonToken token = current("an object");
        if (token == JsonToken.START_OBJECT) {
            JsonToken first = openObject(fields);
            if (first == JsonToken.END_OBJECT) {
                return false;
            }
            if (first != JsonToken.FIELD_NAME) {
                throw mismatch("a field name");
            }
            fieldPending = true;
            int depth = objects++;
            if (depth == knownFields.length) {
                knownFields = Arrays.copyOf(knownFields, depth * 2);
                expectedFields = Arrays.copyOf(expectedFields, depth * 2);
                unknownFrames = Arrays.copyOf(unknownFrames, depth * 2);
            }
            unknownFrames[depth] = null;
            knownFields[depth] = 0;
            expectedFields[depth] = 0;
            return true;
        }
        if (token == JsonToken.VALUE_NULL) {
            return false;
        }
        if (name == null) { // the response itself: anything but an empty form is not a WHMCS response
            if (token == JsonToken.START_ARRAY) {
                String at = path();
                enter();
                if (next("a list item") == JsonToken.END_ARRAY) {
                    return false;
                }
                throw new WhmcsDecodeException(action, at, "expected an object but found a list", null);
            }
            if (isBlankText(token)) {
                return false;
            }
            throw mismatch("an object");
        }
        if (token == JsonToken.START_ARRAY) {
            notSingleValue(name, token, "an object");
        } else if (!isBlankText(token)) {
            untyped(name, "an object");
        }
        return false;
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
            if (objects == 1 && envelope.take(name, this)) {
                continue;
            }
            knownFields[objects - 1]++; // undone by keepUnknown
            return name;
        }
    }

    /**
     * Moves to the next field of the current object and onto its value, and returns the field's
     * position in {@code fields}: {@link #UNKNOWN_FIELD} for a field the record does not have (read
     * it with {@link #keepUnknown()}), {@link #END_OF_OBJECT} at the end of the object. The field
     * after the last one read is expected first, and compared by the parser without a look-up.
     */
    public int nextField(FieldNames fields) throws IOException {
        int depth = objects - 1;
        int expected = expectedFields[depth];
        // The usual case, kept small: the expected field, in an object other than the envelope's.
        boolean ask = !fieldPending && depth > 0 && expected < fields.size();
        if (ask && parser.nextFieldName(fields.encoded(expected))) {
            return takeExpected(depth, expected);
        }
        return otherField(fields, depth, expected, ask);
    }

    /**
     * The parser found the expected field's name (asked by {@link #nextField(FieldNames)} or, for the
     * first field, by {@link #beginObject}): steps onto its value, whose first byte the parser has read
     * with the name, and expects the field after it.
     */
    private int takeExpected(int depth, int expected) throws IOException {
        parser.nextToken();
        expectedFields[depth] = expected + 1;
        knownFields[depth]++;
        return expected;
    }

    /**
     * {@link #nextField(FieldNames)} in the other cases: the first field, whose name {@link #beginObject}
     * has read; a field other than the expected one, which is expected to be followed by the one
     * after it; an unknown field; the end of the object; and the envelope's fields. {@code asked}: the
     * parser was asked for the expected field, and has moved to another or to the end.
     */
    private int otherField(FieldNames fields, int depth, int expected, boolean asked) throws IOException {
        while (true) {
            String name;
            if (fieldPending) {
                fieldPending = false;
                if (firstFieldFound && depth > 0) {
                    return takeExpected(depth, expected);
                }
                name = parser.currentName();
            } else if (asked) {
                asked = false;
                name = parser.currentToken() == JsonToken.FIELD_NAME ? parser.currentName() : null;
            } else {
                name = parser.nextFieldName();
            }
            if (name == null) {
                if (parser.currentToken() == JsonToken.END_OBJECT) {
                    return END_OF_OBJECT;
                }
                throw mismatch("a field name");
            }
            valueOf(name);
            if (depth == 0 && envelope.take(name, this)) {
                continue;
            }
            int position = fields.positionOf(name, expected);
            if (position != UNKNOWN_FIELD) {
                expected = position + 1;
                expectedFields[depth] = expected;
            }
            knownFields[depth]++; // undone by keepUnknown
            fieldName = name;
            return position;
        }
    }

    /** Ends the current object and returns its unknown fields, unmodifiable. */
    public Map<String, Object> endObject() {
        int depth = --objects;
        Map<String, Object> unknown = unknownAt(depth);
        unknownFrames[depth] = null;
        Map<String, Object> fields = unknown == null ? Map.of() : Collections.unmodifiableMap(unknown);
        if (depth == captureDepth && knownFields[depth] == 0 && !fields.isEmpty()) {
            captured = fields; // not one field of the item: the list decides what it is
            capturedAt = path();
            capturedItemObject = true;
            capturedExpected = "an item of the list";
        }
        return fields;
    }

    /**
     * Keeps the field {@link #nextField(FieldNames)} moved to, which the spec does not describe, as a raw
     * value: call it when {@code nextField} returned {@link #UNKNOWN_FIELD}.
     */
    public void keepUnknown() throws IOException {
        keepUnknown(fieldName);
    }

    /** Keeps the current field, which the spec does not describe, as a raw value. */
    public void keepUnknown(String name) throws IOException {
        knownFields[objects - 1]--;
        keep(name, readRaw());
    }

    /** Keeps {@code value} among the unknown fields of the current object, under {@code name}. */
    void keep(String name, Object value) {
        int top = objects - 1;
        if (top < 0) {
            return; // a value outside any object (only in tests): there is no record to keep it on
        }
        Map<String, Object> unknown = unknownAt(top);
        if (unknown == null) {
            unknown = new LinkedHashMap<>();
            unknownFrames[top] = unknown;
        }
        merge(unknown, name, value);
    }

    /** The unknown fields of the object at {@code depth}, which only {@link #keep} creates. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> unknownAt(int depth) {
        return (Map<String, Object>) unknownFrames[depth];
    }

    /** An envelope field's text, as sent. */
    String readEnvelopeText() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            String text = parser.getText();
            return unescapeHtml ? HtmlEntities.unescape(text) : text;
        }
        if (token != null && token.isScalarValue()) {
            return token == JsonToken.VALUE_NULL ? null : parser.getText();
        }
        Object raw = readRaw();
        return raw == null ? null : raw.toString();
    }

    // ---- fields that repeat, secret fields --------------------------------------------------

    /**
     * The value of a single-valued field that may occur more than once in an object (a repeated XML
     * element): the first value read stays; when a later one comes, every value is kept as text among
     * the unknown fields under {@code name}, as a list, so that none is lost. Pass the field's value so
     * far and the value just read.
     */
    public <T> T firstOf(String name, T previous, T value) {
        if (previous == null) {
            return value;
        }
        if (value != null && !secret) {
            Map<String, Object> unknown = objects == 0 ? null : unknownAt(objects - 1);
            if (unknown == null || !unknown.containsKey(name)) {
                keep(name, asText(previous));
            }
            keep(name, asText(value));
        }
        return previous;
    }

    private static Object asText(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        } else if (value instanceof LocalDateTime dateTime) {
            return DATE_TIME.format(dateTime);
        } else if (value instanceof Boolean) {
            return value;
        }
        return value.toString();
    }

    /**
     * Reads the value of a field the spec marks sensitive with {@code reader}: should it not fit its
     * type, it is neither kept nor shown in a warning, only its kind is. A repeated secret keeps its
     * first value and drops the others. Pass the field's value so far.
     */
    public <T> T readSecret(String name, T previous, ItemReader<T> reader) throws IOException {
        boolean outer = secret;
        secret = true;
        try {
            T value = reader.read(this, name);
            return previous != null ? previous : value;
        } finally {
            secret = outer;
        }
    }

    // ---- scalars ----------------------------------------------------------------------------

    /**
     * A string: text as sent (numbers and booleans as their text), HTML-unescaped when the options
     * say so; {@code null} when absent or empty.
     */
    public String readString(String name) throws IOException {
        JsonToken token = current("a string");
        if (token == JsonToken.VALUE_STRING) { // the usual case, ahead of the switch
            String text = parser.getText();
            if (text.isEmpty()) {
                return null;
            }
            return unescapeHtml ? HtmlEntities.unescape(text) : text;
        }
        switch (token) {
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return parser.getText();
            case VALUE_TRUE:
                return "true";
            case VALUE_FALSE:
                return "false";
            case VALUE_NULL:
                return null;
            case START_OBJECT:
            case START_ARRAY:
                return notSingleValue(name, token, "a string");
            default:
                throw mismatch("a string");
        }
    }

    /**
     * A string the spec says is plain text (names, companies, subjects): read as {@link #readString},
     * and HTML-unescaped whatever the options say, since WHMCS escapes such text when it stores it.
     */
    public String readPlainText(String name) throws IOException {
        String text = readString(name);
        return text == null || unescapeHtml ? text : HtmlEntities.unescape(text);
    }

    /** A whole number that must fit a {@code long}: a JSON number or a numeric string. */
    public Long readLong(String name) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT // the usual case, kept small for the JIT
                && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return parser.getLongValue();
        }
        JsonToken token = current("a whole number");
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            return notSingleValue(name, token, "a whole number");
        }
        long value = wholeNumber(token);
        if (absent) {
            return null;
        }
        if (numberProblem != null) {
            return untyped(name, numberProblem);
        }
        return value;
    }

    /** A whole number that must fit an {@code int}. */
    public Integer readInt(String name) throws IOException {
        JsonToken token = current("a whole number");
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            return notSingleValue(name, token, "a whole number within 32 bits");
        }
        long value = wholeNumber(token);
        if (absent) {
            return null;
        }
        if (numberProblem != null) {
            return untyped(name, numberProblem);
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            return untyped(name, "a whole number within 32 bits");
        }
        return (int) value;
    }

    /**
     * The current whole number (a single value), unboxed. {@link #absent} says whether there was none,
     * {@link #numberProblem} what was expected when the value is not one.
     */
    private long wholeNumber(JsonToken token) throws IOException {
        absent = false;
        numberProblem = null;
        switch (token) {
            case VALUE_NUMBER_INT:
                if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    numberProblem = "a whole number within 64 bits";
                    return 0;
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
                    numberProblem = TextScalars.isInteger(text, textOffset, textLength)
                            ? "a whole number within 64 bits" : "a whole number";
                    return 0;
                }
            }
            case VALUE_NUMBER_FLOAT:
                BigDecimal decimal = parser.getDecimalValue();
                if (decimal.signum() == 0) {
                    return 0;
                }
                if (decimal.precision() - decimal.scale() > 19) {
                    numberProblem = "a whole number within 64 bits";
                    return 0;
                }
                try {
                    return decimal.longValueExact();
                } catch (ArithmeticException e) {
                    numberProblem = decimal.stripTrailingZeros().scale() > 0 ? "a whole number"
                            : "a whole number within 64 bits";
                    return 0;
                }
            case VALUE_NULL:
                absent = true;
                return 0;
            default:
                numberProblem = "a whole number";
                return 0;
        }
    }

    /** A decimal (money, rates), read from its text and never through {@code double}. */
    public BigDecimal readDecimal(String name) throws IOException {
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
                if (!TextScalars.isPlainDecimal(text, start, end)) {
                    return untyped(name, "a decimal");
                }
                try {
                    return new BigDecimal(text, start, end - start);
                } catch (NumberFormatException e) {
                    return untyped(name, "a decimal");
                }
            }
            case VALUE_NULL:
                return null;
            case START_OBJECT:
            case START_ARRAY:
                return notSingleValue(name, token, "a decimal");
            default:
                return untyped(name, "a decimal");
        }
    }

    /**
     * A boolean in any of the spellings WHMCS uses: {@code true}/{@code false}, {@code 1}/{@code 0}
     * as numbers or strings, {@code "true"}/{@code "false"}, {@code "on"}/{@code "off"},
     * {@code "yes"}/{@code "no"}, in any case. Empty text, like {@code null}, is absent.
     */
    public Boolean readBool(String name) throws IOException {
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
                if (TextScalars.isBlank(text, textOffset, textLength)) {
                    return null;
                }
                Boolean value = TextScalars.parseBool(text, textOffset, textLength);
                return value != null ? value : untyped(name, "a boolean");
            }
            case START_OBJECT:
            case START_ARRAY:
                return notSingleValue(name, token, "a boolean");
            default:
                return untyped(name, "a boolean");
        }
    }

    /**
     * A date ({@code yyyy-MM-dd}; one-digit months and days, and a midnight time, are accepted).
     * The zero date is absent. Any other value never fails the response, even when decoding is
     * strict: the field reads as {@code null} and its raw value is kept among the unknown fields
     * under {@code name}.
     */
    public LocalDate readDate(String name) throws IOException {
        JsonToken token = current("a date");
        if (token != JsonToken.VALUE_STRING) {
            return notDate(name, token, "a date");
        }
        char[] text = text();
        if (TextScalars.isBlank(text, textOffset, textLength)) {
            return null;
        }
        LocalDate date = TextScalars.parseDateTime(text, textOffset, textLength, dateFields)
                ? TextScalars.toDate(dateFields) : null;
        if (date == null) {
            return untypedDate(name, "a date");
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
            return notDate(name, token, "a date and time");
        }
        char[] text = text();
        if (TextScalars.isBlank(text, textOffset, textLength)) {
            return null;
        }
        LocalDateTime dateTime = TextScalars.parseDateTime(text, textOffset, textLength, dateFields)
                ? TextScalars.toDateTime(dateFields) : null;
        if (dateTime == null) {
            return untypedDate(name, "a date and time");
        }
        return dateTime == TextScalars.ZERO_DATE_TIME ? null : dateTime;
    }

    /** A date field holding something other than text: absent when empty, else kept raw. */
    private <T> T notDate(String name, JsonToken token, String expected) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            return notSingleValue(name, token, expected, false);
        }
        return untypedDate(name, expected);
    }

    /** Text that is not a date: kept raw whatever the options, as dates in odd forms are common. */
    private <T> T untypedDate(String name, String expected) throws IOException {
        String at = path();
        String shown = shown();
        return keepUntyped(name, at, shown, readRaw(), expected);
    }

    // ---- values that cannot be typed --------------------------------------------------------

    /**
     * The current single value cannot be typed as {@code expected}: fails when decoding is strict (or
     * there is no field to keep it under), else reads as {@code null} and is kept raw under {@code name}.
     */
    private <T> T untyped(String name, String expected) throws IOException {
        if (strict || name == null) {
            throw bad(expected);
        }
        String at = path();
        String shown = shown();
        return keepUntyped(name, at, shown, readRaw(), expected);
    }

    /**
     * An object or a list where a single value belongs: {@code null} when empty; otherwise handed to
     * the list reading it as an item, or failing when {@code failing}, or kept raw under {@code name}.
     */
    private <T> T notSingleValue(String name, JsonToken token, String expected) throws IOException {
        return notSingleValue(name, token, expected, strict || name == null);
    }

    private <T> T notSingleValue(String name, JsonToken token, String expected, boolean failing) throws IOException {
        String at = objectStarted ? path(parser.getParsingContext().getParent()) : path();
        boolean object = token == JsonToken.START_OBJECT;
        JsonToken first;
        if (object) {
            first = openObject();
        } else {
            enter();
            first = next("a list item");
        }
        if (first == (object ? JsonToken.END_OBJECT : JsonToken.END_ARRAY)) {
            return null; // {} or []: PHP's empty array
        }
        boolean capturing = captureDepth == objects;
        if (failing && !capturing) {
            throw new WhmcsDecodeException(action, at, "expected " + expected + " but found " + Excerpts.describe(token), null);
        }
        Object raw = object ? rawObjectRest() : rawArrayRest();
        if (capturing) {
            captured = raw;
            capturedAt = at;
            capturedItemObject = false;
            capturedExpected = expected;
            return null;
        }
        return keepUntyped(name, at, shownRaw(raw), raw, expected);
    }

    /** Keeps {@code raw} under {@code name} (unless it is a secret) and reports it once per command and path. */
    private <T> T keepUntyped(String name, String at, String shown, Object raw, String expected) {
        if (!secret) {
            keep(name, raw);
        }
        UntypedValueWarnings.warn(action, at, shown, expected, !secret);
        return null;
    }

    /** The current single value, as messages show it: quoted and cut short, or only its kind for a secret. */
    private String shown() throws IOException {
        JsonToken token = parser.currentToken();
        if (secret || token == null || !token.isScalarValue()) {
            return Excerpts.describe(token);
        }
        return Excerpts.quoted(parser.getText());
    }

    /** A raw object or list, as messages show it. */
    private String shownRaw(Object raw) {
        return Excerpts.raw(raw, secret);
    }

    // ---- raw values -------------------------------------------------------------------------

    /**
     * Any value, raw: strings and numbers as their text, booleans as {@link Boolean}, objects as
     * unmodifiable maps, arrays as unmodifiable lists, {@code null} as {@code null}. Repeated keys
     * (repeated XML elements) become a list. Text is never HTML-unescaped here.
     */
    public Object readRaw() throws IOException {
        JsonToken token = current("a value");
        switch (token) {
            case START_OBJECT:
                openObject();
                return rawObjectRest();
            case START_ARRAY:
                enter();
                next("a list item");
                return rawArrayRest();
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

    /** The rest of an object whose start has been read: the parser is on its first field name, or its end. */
    private Map<String, Object> rawObjectRest() throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        while (parser.currentToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            valueOf(name);
            merge(map, name, readRaw());
            parser.nextToken();
        }
        expectEnd(JsonToken.END_OBJECT);
        return Collections.unmodifiableMap(map);
    }

    /** The rest of a list whose start has been read: the parser is on its first item, or its end. */
    private List<Object> rawArrayRest() throws IOException {
        List<Object> list = new ArrayList<>();
        JsonToken token = current("a list item", parser.currentToken());
        while (token != JsonToken.END_ARRAY) {
            list.add(readRaw());
            token = next("a list item");
        }
        return Collections.unmodifiableList(list);
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
     * Reads the list field {@code name} and appends its items to {@code items} (created when
     * {@code null}), which it returns. {@code itemKey} is the singular key of WHMCS's wrapper
     * ({@code client} in {@code {"clients":{"client":[…]}}}), or {@code null} for a list the spec
     * calls bare ({@code "users":[…]}). Every shape in the class description is accepted whichever
     * the spec says; appending lets repeated XML elements add up to one list. Items that are empty
     * ({@code null}, blank text, {@code {}}, {@code []}) are left out, in JSON as in XML, where they
     * cannot be told from no item. A value that is no list shape leaves the list as it was and is kept
     * raw under {@code name} (or fails, when decoding is strict).
     */
    public <T> ArrayList<T> readList(ArrayList<T> items, String name, String itemKey, ItemReader<T> item)
            throws IOException {
        ArrayList<T> out = items == null ? new ArrayList<>() : items;
        JsonToken token = current("a list");
        if (token == JsonToken.START_ARRAY) {
            readArrayItems(out, name, item);
        } else if (token == JsonToken.START_OBJECT) {
            JsonToken first = openObject();
            if (first == JsonToken.END_OBJECT) {
                return out;
            }
            if (first != JsonToken.FIELD_NAME) {
                throw mismatch("a field name");
            }
            if (itemKey != null && itemKey.equals(parser.currentName())) {
                readWrapper(out, name, itemKey, item);
            } else {
                // One item, an object keyed 0, 1, 2…, or (for a bare list) a wrapper: the item is tried first.
                objectStarted = true;
                readItem(out, name, item, true, itemKey);
            }
        } else if (token != JsonToken.VALUE_NULL && !isBlankText(token)) {
            readItem(out, name, item, true, ListShapes.NO_WRAPPER); // one item where a list belongs: a list of one
        }
        return out;
    }

    /** WHMCS's wrapper object, on its first field (the item key): each field holds items. */
    private <T> void readWrapper(List<T> out, String name, String itemKey, ItemReader<T> item) throws IOException {
        JsonToken token = JsonToken.FIELD_NAME;
        while (token == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            valueOf(key);
            if (!key.equals(itemKey)) {
                String at = path();
                if (strict) {
                    throw new WhmcsDecodeException(action, at, "expected a list of \"" + itemKey
                            + "\" items but found a \"" + key + "\" field", null);
                }
                Object raw = readRaw();
                keepUntyped(name, at, "a \"" + key + "\" field", Collections.singletonMap(key, raw),
                        "an item of the list");
            } else if (parser.currentToken() == JsonToken.START_ARRAY) {
                readArrayItems(out, name, item);
            } else {
                readItem(out, name, item, true, ListShapes.NO_WRAPPER); // one item, or an object keyed 0, 1, 2…
            }
            token = parser.nextToken();
        }
        expectEnd(JsonToken.END_OBJECT);
    }

    private <T> void readArrayItems(List<T> out, String name, ItemReader<T> item) throws IOException {
        enter();
        while (next("a list item") != JsonToken.END_ARRAY) {
            readItem(out, name, item, false, ListShapes.NO_WRAPPER);
        }
    }

    /**
     * Reads one item and adds it unless empty. An item the reader cannot take (an object with not one
     * field of the spec, an object or a list where a single value belongs) is read again by
     * {@link #readAgain}. A loose item (not inside a JSON array) has its index remembered for
     * {@link #path()}. {@code wrapperKey}: which single key makes a captured object a wrapper
     * ({@code null}: any, {@link ListShapes#NO_WRAPPER}: none).
     */
    private <T> void readItem(List<T> out, String name, ItemReader<T> item, boolean loose, String wrapperKey)
            throws IOException {
        int outerDepth = captureDepth;
        captureDepth = objects;
        T value;
        if (loose) {
            enterLooseItem(out.size());
            value = item.read(this, name);
            // Not in a finally block: when reading fails, the path of the failure still names the item.
            itemOwners[--itemDepth] = null;
        } else {
            value = item.read(this, name);
        }
        captureDepth = outerDepth;
        if (captured != null) {
            readCapturedAgain(out, name, item, wrapperKey);
        } else if (!ListShapes.isEmptyItem(value)) {
            out.add(value);
        }
    }

    /** Remembers, for {@link #path()}, the index of a loose item about to be read, and the object holding its field. */
    private void enterLooseItem(int index) {
        JsonToken token = parser.currentToken();
        JsonStreamContext context = parser.getParsingContext();
        boolean entered = objectStarted || token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
        JsonStreamContext owner = entered ? context.getParent() : context;
        if (itemDepth == itemOwners.length) {
            itemOwners = Arrays.copyOf(itemOwners, itemDepth * 2);
            itemIndexes = Arrays.copyOf(itemIndexes, itemDepth * 2);
        }
        itemOwners[itemDepth] = owner;
        itemIndexes[itemDepth] = index;
        itemDepth++;
    }

    /** The item just read was handed over raw ({@link #captured}): reads it again by {@link #readAgain}. */
    private <T> void readCapturedAgain(List<T> out, String name, ItemReader<T> item, String wrapperKey)
            throws IOException {
        Object raw = captured;
        String at = capturedAt;
        captured = null;
        capturedAt = null;
        readAgain(out, name, item, raw, at, wrapperKey, !capturedItemObject, capturedExpected);
    }

    /**
     * An item the item reader could not take, as a raw value: the items of a list shape PHP writes (an
     * object keyed 0, 1, 2…, in key order; a wrapper object around items) read again from it; kept raw
     * under {@code name} (or failing, when strict) when it is none.
     */
    private <T> void readAgain(List<T> out, String name, ItemReader<T> item, Object raw, String at, String wrapperKey,
                               boolean singleValues, String expected) throws IOException {
        List<?> items = ListShapes.itemsOf(raw, wrapperKey, singleValues);
        if (items == null) {
            if (strict) {
                throw new WhmcsDecodeException(action, at, "expected " + expected + " but found " + shownRaw(raw), null);
            }
            keepUntyped(name, at, shownRaw(raw), raw, expected);
            return;
        }
        for (Object node : items) {
            readTree(out, name, item, node, at);
        }
    }

    /** Reads a raw value again, written back as JSON, as an item of the list, its path starting at {@code at}. */
    private <T> void readTree(List<T> out, String name, ItemReader<T> item, Object node, String at) throws IOException {
        JsonParser outer = parser;
        String outerPrefix = pathPrefix;
        try (JsonParser tree = TREE.createParser(RawJson.write(node))) {
            parser = tree;
            pathPrefix = at;
            tree.nextToken();
            readItem(out, name, item, false, ListShapes.NO_WRAPPER);
        } finally {
            parser = outer;
            pathPrefix = outerPrefix;
        }
    }

    /**
     * Reads the map field {@code name}, keyed by data (TLDs, years, currency codes), into
     * {@code entries} (created when {@code null}). A JSON array, which PHP writes for keys 0, 1, 2…,
     * is read with those keys. Empty values are left out; a value that is no map is kept raw under
     * {@code name} (or fails, when decoding is strict).
     */
    public <T> LinkedHashMap<String, T> readMap(LinkedHashMap<String, T> entries, String name, ItemReader<T> value)
            throws IOException {
        LinkedHashMap<String, T> out = entries == null ? new LinkedHashMap<>() : entries;
        int outerDepth = captureDepth;
        captureDepth = -1; // the values are not items of a list being read
        JsonToken token = current("an object keyed by data");
        if (token == JsonToken.START_OBJECT) {
            JsonToken entry = openObject();
            while (entry == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                valueOf(key);
                T decoded = value.read(this, name);
                if (decoded != null) {
                    out.put(key, decoded);
                }
                entry = parser.nextToken();
            }
            expectEnd(JsonToken.END_OBJECT);
        } else if (token == JsonToken.START_ARRAY) {
            enter();
            int index = 0;
            while (next("a value") != JsonToken.END_ARRAY) {
                T decoded = value.read(this, name);
                if (decoded != null) {
                    out.put(Integer.toString(index), decoded);
                }
                index++;
            }
        } else if (token != JsonToken.VALUE_NULL && !isBlankText(token)) {
            untyped(name, "an object keyed by data");
        }
        captureDepth = outerDepth;
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
        if (objectStarted) {
            return JsonToken.START_OBJECT;
        }
        return current(expected, parser.currentToken());
    }

    private JsonToken current(String expected, JsonToken token) {
        if (token == null) {
            throw new WhmcsDecodeException(action, path(), "expected " + expected + " but the body ended", null);
        }
        return token;
    }

    /**
     * Steps into the object whose start is the current token (or past which {@link #readList} has
     * already looked) and returns the token after its start: its first field name, or its end.
     */
    private JsonToken openObject() throws IOException {
        return openObject(null);
    }

    /** {@link #openObject()}, letting the parser compare the first name with the first of {@code fields}. */
    private JsonToken openObject(FieldNames fields) throws IOException {
        firstFieldFound = false;
        if (objectStarted) {
            objectStarted = false;
            return JsonToken.FIELD_NAME;
        }
        enter();
        if (fields != null && fields.size() > 0) {
            firstFieldFound = parser.nextFieldName(fields.encoded(0));
            return parser.currentToken();
        }
        return parser.nextToken();
    }

    /** Moves from a field name onto its value. */
    private void valueOf(String name) throws IOException {
        if (parser.nextToken() == null) {
            throw endedBefore(name);
        }
    }

    private WhmcsDecodeException endedBefore(String name) {
        return new WhmcsDecodeException(action, path(), "expected the value of \"" + name + "\" but the body ended", null);
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

    /** Whether the current value is text that is empty or blank (an empty XML element, {@code ""}). */
    private boolean isBlankText(JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_STRING || objectStarted) {
            return false;
        }
        char[] text = text();
        return TextScalars.isBlank(text, textOffset, textLength);
    }

    private static void merge(Map<String, Object> map, String name, Object value) {
        if (!map.containsKey(name)) {
            map.put(name, value);
            return;
        }
        map.put(name, join(map.get(name), value));
    }

    private WhmcsDecodeException bad(String expected) throws IOException {
        return new WhmcsDecodeException(action, path(), shown() + " is not " + expected, null);
    }

    private WhmcsDecodeException mismatch(String expected) {
        JsonToken token = parser.currentToken();
        String found = token == null ? "the end of the body" : Excerpts.describe(token);
        return new WhmcsDecodeException(action, path(), "expected " + expected + " but found " + found, null);
    }

    /**
     * Where the parser is, as {@code invoices.invoice[3].total}. Items of repeated XML elements are
     * numbered like items of a JSON array.
     */
    public String path() {
        return path(parser.getParsingContext());
    }

    private String path(JsonStreamContext context) {
        StringBuilder out = new StringBuilder();
        if (pathPrefix != null) {
            out.append(pathPrefix);
        }
        appendPath(context, out);
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
