package io.github.whmcs4j.runtime.spi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.whmcs4j.runtime.codec.PhpSerializer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds an {@code application/x-www-form-urlencoded} body exactly as PHP's {@code http_build_query}
 * writes it, which is what WHMCS parses: UTF-8, {@code urlencode} escaping (space as {@code +},
 * only letters, digits and {@code -_.} left as they are), arrays as {@code name[0]=a&name[1]=b}
 * and maps as {@code name[key]=value}.
 *
 * <p>{@code null} values are left out. Booleans go as {@code 1} and {@code 0}, never as
 * {@code true}/{@code false}, which PHP would read as true both.
 *
 * <p>The writer also remembers a redacted rendering of the body for logs and messages: values of
 * parameters named sensitive are written there as {@code ***}.
 *
 * <p>What PHP would receive changed is refused with {@link IllegalArgumentException} naming the
 * parameter, never sent altered: a value with no form encoding (any object other than text, numbers,
 * booleans, dates, enums, lists and maps), an unpaired UTF-16 surrogate, a name PHP rewrites
 * ({@code .} or space before the first {@code [}, an unmatched bracket, an empty key; an empty map key or
 * one with {@code [} or {@code ]}), and more variables than PHP's {@code max_input_vars}, past which PHP
 * drops the rest without a word.
 */
public final class FormWriter {
    static final String REDACTED = "***";
    /** PHP's default {@code max_input_vars}: the variables of one request it reads before it drops the rest. */
    public static final int DEFAULT_MAX_VARIABLES = 1000;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final JsonFactory JSON = new JsonFactory();
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private final StringBuilder body = new StringBuilder(256);
    private final StringBuilder redacted = new StringBuilder(256);
    private final Set<String> sensitive;
    private final int maxVariables;
    private final List<String> secretValues = new ArrayList<>();
    private int variables;

    /** @param sensitive top-level parameter names whose values must never appear in logs */
    public FormWriter(Set<String> sensitive) {
        this(sensitive, DEFAULT_MAX_VARIABLES);
    }

    /**
     * @param sensitive top-level parameter names whose values must never appear in logs
     * @param maxVariables the most {@code name=value} pairs the body may hold (the server's {@code max_input_vars})
     */
    public FormWriter(Set<String> sensitive, int maxVariables) {
        if (maxVariables <= 0) {
            throw new IllegalArgumentException("maxVariables must be positive");
        }
        this.sensitive = Set.copyOf(sensitive);
        this.maxVariables = maxVariables;
    }

    public FormWriter add(String name, String value) {
        if (value != null) {
            append(name, value, sensitive.contains(baseName(name)));
        }
        return this;
    }

    /** Adds a value whose value is secret whatever its name, such as credentials. */
    public FormWriter addSecret(String name, String value) {
        if (value != null) {
            append(name, value, true);
        }
        return this;
    }

    public FormWriter add(String name, Integer value) {
        return value == null ? this : add(name, value.toString());
    }

    public FormWriter add(String name, Long value) {
        return value == null ? this : add(name, value.toString());
    }

    public FormWriter add(String name, BigDecimal value) {
        return value == null ? this : add(name, value.toPlainString());
    }

    public FormWriter add(String name, Boolean value) {
        return value == null ? this : add(name, value ? "1" : "0");
    }

    public FormWriter add(String name, LocalDate value) {
        return value == null ? this : add(name, value.toString());
    }

    public FormWriter add(String name, LocalDateTime value) {
        return value == null ? this : add(name, DATE_TIME.format(value));
    }

    /** Adds {@code name=1} when the flag is true and nothing otherwise, for flags WHMCS reads as set when present. */
    public FormWriter addPresenceFlag(String name, Boolean value) {
        return Boolean.TRUE.equals(value) ? add(name, "1") : this;
    }

    /**
     * Adds any value with a form encoding, choosing its wire form by type: text, numbers, booleans,
     * dates and enums as one variable; lists and maps, at any depth, as {@code http_build_query} nests
     * them ({@code name[0][id]=1}).
     *
     * @throws IllegalArgumentException for a value with no form encoding
     */
    public FormWriter addValue(String name, Object value) {
        if (value == null) {
            return this;
        } else if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
            addNested(name, value);
            return this;
        } else if (value instanceof Boolean flag) {
            return add(name, flag);
        } else if (value instanceof BigDecimal decimal) {
            return add(name, decimal);
        } else if (value instanceof LocalDateTime dateTime) {
            return add(name, dateTime);
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (!Double.isFinite(number)) {
                throw new IllegalArgumentException("parameter " + name + ": " + number + " has no form encoding");
            }
            return add(name, new BigDecimal(value.toString()).toPlainString());
        } else if (value instanceof CharSequence || value instanceof Character || value instanceof Number
                || value instanceof LocalDate || value instanceof Enum<?>) {
            return add(name, value.toString());
        }
        throw new IllegalArgumentException("parameter " + name + ": a " + value.getClass().getName()
                + " has no form encoding; send text, a number, a boolean, a date, a list or a map");
    }

    /** Adds {@code name[0]=…&name[1]=…}, the only array form PHP reads back whole; elements may nest. */
    public FormWriter addArray(String name, Collection<?> values) {
        if (values != null) {
            addNested(name, values);
        }
        return this;
    }

    /** Adds the values as one comma-separated parameter, for the WHMCS parameters that expect that. */
    public FormWriter addCommaSeparated(String name, Collection<?> values) {
        if (values != null && !values.isEmpty()) {
            StringBuilder joined = new StringBuilder();
            for (Iterator<?> it = values.iterator(); it.hasNext(); ) {
                Object value = it.next();
                joined.append(value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value));
                if (it.hasNext()) {
                    joined.append(',');
                }
            }
            add(name, joined.toString());
        }
        return this;
    }

    /** Adds {@code name[key]=value} for each entry; nested maps and lists nest further. */
    public FormWriter addMap(String name, Map<String, ?> values) {
        if (values != null) {
            for (Map.Entry<String, ?> entry : values.entrySet()) {
                addNested(name + '[' + requireKey(name, entry.getKey()) + ']', entry.getValue());
            }
        }
        return this;
    }

    private void addNested(String name, Object value) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, nested) -> addNested(name + '[' + requireKey(name, key) + ']', nested));
        } else if (value instanceof Collection<?> list) {
            int index = 0;
            for (Object nested : list) {
                addNested(name + '[' + index++ + ']', nested);
            }
        } else {
            addValue(name, value);
        }
    }

    /** Adds base64 of PHP {@code serialize()} of the map, as WHMCS wants custom fields and config options. */
    public FormWriter addPhpSerialized(String name, Map<String, ?> values) {
        return values == null ? this : add(name, PhpSerializer.serializeToBase64(values));
    }

    /** Adds one base64 PHP-serialized map per element, as {@code name[0]=…&name[1]=…}. */
    public FormWriter addPhpSerializedArray(String name, Collection<? extends Map<String, ?>> values) {
        if (values != null) {
            int index = 0;
            for (Map<String, ?> value : values) {
                addPhpSerialized(name + '[' + index++ + ']', value);
            }
        }
        return this;
    }

    /**
     * Adds base64 of the value's JSON text, as WHMCS wants ticket attachments: maps, collections,
     * strings, numbers, booleans and {@code null}.
     */
    public FormWriter addBase64Json(String name, Object value) {
        if (value == null) {
            return this;
        }
        StringWriter json = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(json)) {
            writeJson(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return add(name, Base64.getEncoder().encodeToString(json.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void writeJson(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeFieldName(String.valueOf(entry.getKey()));
                writeJson(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            generator.writeStartArray();
            for (Object element : list) {
                writeJson(generator, element);
            }
            generator.writeEndArray();
        } else if (value instanceof Boolean flag) {
            generator.writeBoolean(flag);
        } else if (value instanceof BigDecimal decimal) {
            generator.writeNumber(decimal);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            generator.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number number) {
            generator.writeNumber(number.doubleValue());
        } else {
            generator.writeString(value.toString());
        }
    }

    /**
     * The values written as secret (credentials and sensitive parameters), as given: for scrubbing a
     * server's echo of them from messages.
     */
    public List<String> secretValues() {
        return List.copyOf(secretValues);
    }

    /** The encoded body. */
    public byte[] toBytes() {
        return body.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The encoded body as text. */
    public String encoded() {
        return body.toString();
    }

    /** The body with every sensitive value replaced by {@code ***}, safe to log. */
    public String redacted() {
        return redacted.toString();
    }

    private void append(String name, String value, boolean secret) {
        requireName(name);
        if (variables == maxVariables) {
            throw new IllegalArgumentException("parameter " + baseName(name) + ": the request would carry more than "
                    + maxVariables + " form variables, and PHP (max_input_vars) silently drops those past its limit;"
                    + " send fewer values per call, or raise the limit (maxFormVariables) to the server's max_input_vars");
        }
        int bodyLength = body.length();
        int redactedLength = redacted.length();
        try {
            appendPair(name, value, secret);
        } catch (IllegalArgumentException unpaired) {
            body.setLength(bodyLength); // nothing of a refused pair stays
            redacted.setLength(redactedLength);
            throw new IllegalArgumentException("parameter " + name + ": " + unpaired.getMessage(), unpaired);
        }
        variables++;
        if (secret) {
            secretValues.add(value);
        }
    }

    private void appendPair(String name, String value, boolean secret) {
        if (body.length() > 0) {
            body.append('&');
            redacted.append('&');
        }
        int start = body.length();
        encode(name, body);
        body.append('=');
        redacted.append(body, start, body.length());
        if (secret) {
            encode(value, body);
            redacted.append(REDACTED);
        } else {
            int valueStart = body.length();
            encode(value, body);
            redacted.append(body, valueStart, body.length());
        }
    }

    /** A map key PHP keeps as it is: not empty, without brackets (which would nest it further). */
    private static Object requireKey(String name, Object key) {
        String text = String.valueOf(key);
        if (text.isEmpty() || text.indexOf('[') >= 0 || text.indexOf(']') >= 0) {
            throw new IllegalArgumentException("parameter " + name + ": map key \"" + text + "\" would reach PHP"
                    + " changed; keys must be non-empty and without [ or ]");
        }
        return key;
    }

    /**
     * A name PHP reads back as written: {@code base[key]...} where the base is non-empty without
     * {@code .}, space or brackets (PHP turns {@code .} and space into {@code _}) and each key is non-empty.
     */
    private static void requireName(String name) {
        int bracket = name.indexOf('[');
        int baseEnd = bracket < 0 ? name.length() : bracket;
        boolean valid = baseEnd > 0;
        for (int i = 0; i < baseEnd && valid; i++) {
            char c = name.charAt(i);
            valid = c != '.' && c != ' ' && c != ']';
        }
        for (int i = baseEnd; i < name.length() && valid; ) {
            int close = name.indexOf(']', i);
            valid = name.charAt(i) == '[' && close > i + 1 && name.lastIndexOf('[', close) == i;
            i = close + 1;
        }
        if (!valid) {
            throw new IllegalArgumentException("parameter name \"" + name + "\" would reach PHP changed: names must"
                    + " be non-empty, without '.', space or brackets (map keys non-empty, without brackets)");
        }
    }

    private static String baseName(String name) {
        int bracket = name.indexOf('[');
        return bracket < 0 ? name : name.substring(0, bracket);
    }

    /** PHP's {@code urlencode($text)}, as values and names go in the body. */
    public static String urlencode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        encode(text, out);
        return out.toString();
    }

    /**
     * PHP {@code urlencode}: letters, digits and {@code -_.} stay, space becomes {@code +}, the rest {@code %XX} of UTF-8.
     * Runs of characters that stay are copied at once: most names and values are nothing else.
     */
    static void encode(String text, StringBuilder out) {
        int length = text.length();
        int unescapedFrom = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (staysAsItIs(c)) {
                continue;
            }
            out.append(text, unescapedFrom, i);
            if (c == ' ') {
                out.append('+');
            } else if (c < 0x80) {
                percent(c, out);
            } else {
                if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < length
                        && Character.isLowSurrogate(text.charAt(i + 1)))) {
                    throw new IllegalArgumentException("an unpaired UTF-16 surrogate at index " + i
                            + " has no UTF-8 form (PHP would receive '?')");
                }
                int end = Character.isHighSurrogate(c) ? i + 2 : i + 1;
                for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    percent(b & 0xFF, out);
                }
                i = end - 1;
            }
            unescapedFrom = i + 1;
        }
        out.append(text, unescapedFrom, length);
    }

    private static boolean staysAsItIs(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                || c == '.';
    }

    private static void percent(int b, StringBuilder out) {
        out.append('%').append((char) HEX[b >> 4]).append((char) HEX[b & 0xF]);
    }
}
