package io.github.whmcs4j.runtime.codec;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;

/**
 * Writes values in the format of PHP's {@code serialize()}, byte for byte, which WHMCS expects
 * (base64-encoded) for custom fields, config options, domain fields and a few more parameters.
 *
 * <p>Supported: {@code null} ({@code N;}), {@link Boolean} ({@code b:1;}), integral numbers
 * ({@code i:5;}), {@link Double}, {@link Float} and {@link BigDecimal} ({@code d:1.5;}), strings
 * ({@code s:6:"Google";}, the length counted in UTF-8 bytes as PHP does), and maps and collections as
 * PHP arrays ({@code a:1:{...}}; collections keyed 0, 1, 2...). Map keys that are decimal integers
 * are written as integer keys, as PHP itself stores them.
 */
public final class PhpSerializer {
    private PhpSerializer() {
    }

    /** {@code serialize($value)}. */
    public static String serialize(Object value) {
        StringBuilder out = new StringBuilder(64);
        write(value, out);
        return out.toString();
    }

    /** {@code base64_encode(serialize($value))}. */
    public static String serializeToBase64(Object value) {
        return Base64.getEncoder().encodeToString(serialize(value).getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("N;");
        } else if (value instanceof Boolean flag) {
            out.append("b:").append(flag ? 1 : 0).append(';');
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            out.append("i:").append(value).append(';');
        } else if (value instanceof BigDecimal decimal) {
            out.append("d:").append(decimal.toPlainString()).append(';');
        } else if (value instanceof Double || value instanceof Float) {
            out.append("d:").append(phpFloat(((Number) value).doubleValue())).append(';');
        } else if (value instanceof Map<?, ?> map) {
            out.append("a:").append(map.size()).append(":{");
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                writeKey(entry.getKey(), out);
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append("a:").append(list.size()).append(":{");
            int index = 0;
            for (Object element : list) {
                out.append("i:").append(index++).append(';');
                write(element, out);
            }
            out.append('}');
        } else if (value instanceof CharSequence || value instanceof Character || value instanceof Number) {
            writeString(value.toString(), out);
        } else {
            throw new IllegalArgumentException("PHP serialize() has no form for " + value.getClass().getName()
                    + "; use strings, numbers, booleans, maps or lists");
        }
    }

    private static void writeKey(Object key, StringBuilder out) {
        String text = String.valueOf(key);
        if (key instanceof Integer || key instanceof Long || isPhpIntegerKey(text)) {
            out.append("i:").append(text).append(';');
        } else {
            writeString(text, out);
        }
    }

    /** PHP turns string keys such as "12" (but not "012" or "+1") into integer keys. */
    private static boolean isPhpIntegerKey(String key) {
        if (key.isEmpty() || key.length() > 18) {
            return false;
        }
        int start = key.charAt(0) == '-' ? 1 : 0;
        if (start == key.length() || (key.charAt(start) == '0' && key.length() > start + 1)
                || (start == 1 && key.equals("-0"))) {
            return false;
        }
        for (int i = start; i < key.length(); i++) {
            if (key.charAt(i) < '0' || key.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static void writeString(String text, StringBuilder out) {
        out.append("s:").append(text.getBytes(StandardCharsets.UTF_8).length).append(":\"").append(text).append("\";");
    }

    /** PHP 7.1+ serializes floats with serialize_precision -1: the shortest text that reads back exactly. */
    private static String phpFloat(double value) {
        if (Double.isNaN(value)) {
            return "NAN";
        } else if (Double.isInfinite(value)) {
            return value > 0 ? "INF" : "-INF";
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
