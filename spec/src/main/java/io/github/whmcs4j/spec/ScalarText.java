package io.github.whmcs4j.spec;

import io.github.whmcs4j.spec.model.ScalarType;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a value as text fits a scalar type the way WHMCS sends and reads it: numbers as digits,
 * money as a plain decimal, the usual spellings of a boolean, {@code yyyy-MM-dd} dates and their zero
 * form. An empty value fits every type (WHMCS sends {@code ""} for "nothing").
 */
public final class ScalarText {
    private static final Pattern WHOLE = Pattern.compile("-?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATETIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    private static final Set<String> TRUE = Set.of("1", "true", "on", "yes");
    private static final Set<String> BOOLEANS = Set.of("0", "1", "true", "false", "on", "off", "yes", "no");

    private ScalarText() {
    }

    /** Whether {@code text} is a value of {@code type}. */
    public static boolean fits(ScalarType type, String text) {
        if (text.isEmpty()) {
            return true;
        }
        return switch (type) {
            case STRING, ANY -> true;
            case INT -> WHOLE.matcher(text).matches() && fitsIn(text, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case LONG -> WHOLE.matcher(text).matches() && fitsIn(text, Long.MIN_VALUE, Long.MAX_VALUE);
            case DECIMAL -> DECIMAL.matcher(text).matches();
            case BOOL -> BOOLEANS.contains(text.toLowerCase(Locale.ROOT));
            case DATE -> DATE.matcher(text).matches() || DATETIME.matcher(text).matches();
            case DATETIME -> DATETIME.matcher(text).matches() || DATE.matcher(text).matches();
        };
    }

    /** Whether a boolean's text (one that {@link #fits} {@code BOOL}) means true: {@code 1}, {@code true}, {@code on}, {@code yes}. */
    public static boolean isTrue(String text) {
        return TRUE.contains(text.toLowerCase(Locale.ROOT));
    }

    /** The narrowest type that {@code text} fits, for describing a value the spec does not know. */
    public static ScalarType infer(String text) {
        for (ScalarType type : new ScalarType[] {ScalarType.LONG, ScalarType.DECIMAL, ScalarType.DATETIME,
                ScalarType.DATE}) {
            if (!text.isEmpty() && fits(type, text) && !(type == ScalarType.DATETIME && DATE.matcher(text).matches())) {
                return type;
            }
        }
        return ScalarType.STRING;
    }

    private static boolean fitsIn(String digits, long min, long max) {
        try {
            long value = Long.parseLong(digits);
            return value >= min && value <= max;
        } catch (NumberFormatException tooLong) {
            return false;
        }
    }
}
