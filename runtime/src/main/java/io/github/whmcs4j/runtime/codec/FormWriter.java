package io.github.whmcs4j.runtime.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Collection;
import java.util.Iterator;
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
 */
public final class FormWriter {
    static final String REDACTED = "***";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final JsonFactory JSON = new JsonFactory();
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private final StringBuilder body = new StringBuilder(256);
    private final StringBuilder redacted = new StringBuilder(256);
    private final Set<String> sensitive;

    /** @param sensitive top-level parameter names whose values must never appear in logs */
    public FormWriter(Set<String> sensitive) {
        this.sensitive = Set.copyOf(sensitive);
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

    /** Adds any supported scalar (string, number, boolean, date), choosing its wire form by type. */
    public FormWriter addValue(String name, Object value) {
        if (value == null) {
            return this;
        } else if (value instanceof Boolean flag) {
            return add(name, flag);
        } else if (value instanceof BigDecimal decimal) {
            return add(name, decimal);
        } else if (value instanceof LocalDateTime dateTime) {
            return add(name, dateTime);
        }
        return add(name, value.toString());
    }

    /** Adds {@code name[0]=…&name[1]=…}, the only array form PHP reads back whole. */
    public FormWriter addArray(String name, Collection<?> values) {
        if (values != null) {
            int index = 0;
            for (Object value : values) {
                addValue(name + '[' + index++ + ']', value);
            }
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
                addNested(name + '[' + entry.getKey() + ']', entry.getValue());
            }
        }
        return this;
    }

    private void addNested(String name, Object value) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, nested) -> addNested(name + '[' + key + ']', nested));
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

    private static String baseName(String name) {
        int bracket = name.indexOf('[');
        return bracket < 0 ? name : name.substring(0, bracket);
    }

    /** PHP {@code urlencode}: letters, digits and {@code -_.} stay, space becomes {@code +}, the rest {@code %XX} of UTF-8. */
    static void encode(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.') {
                out.append(c);
            } else if (c == ' ') {
                out.append('+');
            } else if (c < 0x80) {
                percent(c, out);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
                for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    percent(b & 0xFF, out);
                }
                i = end - 1;
            }
        }
    }

    private static void percent(int b, StringBuilder out) {
        out.append('%').append((char) HEX[b >> 4]).append((char) HEX[b & 0xF]);
    }
}
