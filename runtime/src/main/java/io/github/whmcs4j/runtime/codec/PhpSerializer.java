package io.github.whmcs4j.runtime.codec;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;

/**
 * Writes values in the format of PHP 8's {@code serialize()} (with its default
 * {@code serialize_precision = -1}), byte for byte, which WHMCS expects (base64-encoded) for custom
 * fields, config options, domain fields and a few more parameters.
 *
 * <p>Supported: {@code null} ({@code N;}), {@link Boolean} ({@code b:1;}), integral numbers
 * ({@code i:5;}), {@link Double}, {@link Float} and {@link BigDecimal} ({@code d:1.5;}), strings
 * ({@code s:6:"Google";}, the length counted in UTF-8 bytes as PHP does), and maps and collections as
 * PHP arrays ({@code a:1:{...}}; collections keyed 0, 1, 2...). Map keys that are canonical decimal
 * integers within PHP's integer range ({@code PHP_INT_MIN} to {@code PHP_INT_MAX}) are written as
 * integer keys, as PHP itself stores them; longer ones stay strings.
 *
 * <p>Floats are written as PHP writes them: the shortest digits that read back to the same double,
 * in plain form or, for decimal exponents below -4 or above 16, as {@code 1.0E+20} / {@code 1.0E-7}
 * ({@code -0.0} as {@code d:-0;}). A {@link BigDecimal} is a PHP float too, so it is written as the
 * nearest double, exactly as PHP would receive it: {@code new BigDecimal("12.50")} is {@code d:12.5;}.
 * Strings with an unpaired UTF-16 surrogate, which UTF-8 cannot carry, are refused.
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
        } else if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
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

    /** PHP turns string keys such as "12" (but not "012", "+1", "-0" or one past its integer range) into integer keys. */
    private static boolean isPhpIntegerKey(String key) {
        if (key.isEmpty() || key.length() > 20) {
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
        try {
            Long.parseLong(key);
            return true;
        } catch (NumberFormatException beyondPhpIntMax) {
            return false;
        }
    }

    private static void writeString(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("an unpaired UTF-16 surrogate at index " + i
                        + " has no UTF-8 form (PHP would receive '?')");
            }
        }
        out.append("s:").append(text.getBytes(StandardCharsets.UTF_8).length).append(":\"").append(text).append("\";");
    }

    /**
     * A float as PHP 7.1+ writes it with serialize_precision -1 ({@code zend_gcvt} over the shortest
     * round-trip digits): plain while the decimal point falls within 17 digits of the first one and the
     * value is not below 1.0E-4, otherwise {@code d.dddE+x}.
     */
    static String phpFloat(double value) {
        if (Double.isNaN(value)) {
            return "NAN";
        } else if (Double.isInfinite(value)) {
            return value > 0 ? "INF" : "-INF";
        } else if (value == 0) {
            return 1 / value < 0 ? "-0" : "0";
        }
        BigDecimal shortest = shortestDecimal(value);
        String digits = shortest.unscaledValue().abs().toString();
        int pointAfter = digits.length() - shortest.scale(); // value = 0.digits × 10^pointAfter
        if (pointAfter >= -3 && pointAfter <= 17) {
            return shortest.toPlainString();
        }
        StringBuilder text = new StringBuilder(digits.length() + 8);
        if (value < 0) {
            text.append('-');
        }
        text.append(digits.charAt(0)).append('.').append(digits.length() > 1 ? digits.substring(1) : "0");
        int exponent = pointAfter - 1;
        return text.append('E').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent)).toString();
    }

    /** The decimal with the fewest digits that reads back as {@code value}; of equals, the nearest to it. */
    private static BigDecimal shortestDecimal(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal best = null;
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal candidate = exact.round(new MathContext(precision, mode));
                if (candidate.doubleValue() == value && (best == null
                        || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = candidate;
                }
            }
            if (best != null) {
                return best.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }
}
