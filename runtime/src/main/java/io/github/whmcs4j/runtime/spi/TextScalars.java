package io.github.whmcs4j.runtime.spi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Parses WHMCS scalars straight from a character range, so a numeric string or a date is read
 * without first building a {@link String} (the token's characters are reused by the parser), and
 * without {@code DateTimeFormatter}. No method throws: each returns a sentinel ({@code null},
 * {@code false}, {@link #ZERO_DATE}) and leaves the message to the caller, who knows the field.
 *
 * <p>Surrounding whitespace (anything up to {@code ' '}, as XML text may carry line breaks) is
 * ignored everywhere.
 */
final class TextScalars {
    /** What {@link #toDate} returns for the zero date {@code 0000-00-00}, which means "none". */
    static final LocalDate ZERO_DATE = LocalDate.MIN;
    /** What {@link #toDateTime} returns for {@code 0000-00-00 00:00:00}. */
    static final LocalDateTime ZERO_DATE_TIME = LocalDateTime.MIN;

    /** Slots of the array {@link #parseDateTime} fills. */
    static final int YEAR = 0;
    static final int MONTH = 1;
    static final int DAY = 2;
    static final int HAS_TIME = 3;
    static final int HOUR = 4;
    static final int MINUTE = 5;
    static final int SECOND = 6;
    static final int NANO = 7;
    static final int FIELDS = 8;

    private TextScalars() {
    }

    static int trimStart(char[] text, int start, int end) {
        while (start < end && text[start] <= ' ') {
            start++;
        }
        return start;
    }

    static int trimEnd(char[] text, int start, int end) {
        while (end > start && text[end - 1] <= ' ') {
            end--;
        }
        return end;
    }

    static boolean isBlank(char[] text, int offset, int length) {
        return trimStart(text, offset, offset + length) == offset + length;
    }

    /**
     * An optionally signed decimal integer within 64 bits; a fraction of zeros only is allowed
     * ({@code "5.00"}, as WHMCS sends quantities).
     *
     * @throws NumberFormatException when the text is not one (the only case that allocates)
     */
    static long parseLong(char[] text, int offset, int length) {
        int end = trimEnd(text, offset, offset + length);
        int i = trimStart(text, offset, end);
        boolean negative = false;
        if (i < end && (text[i] == '-' || text[i] == '+')) {
            negative = text[i] == '-';
            i++;
        }
        int digitsStart = i;
        // Accumulate negatively so Long.MIN_VALUE's magnitude fits.
        long value = 0;
        for (; i < end; i++) {
            int digit = text[i] - '0';
            if (digit < 0 || digit > 9) {
                break;
            }
            if (value < Long.MIN_VALUE / 10) {
                throw new NumberFormatException("more than 64 bits");
            }
            long next = value * 10 - digit;
            if (next > value) {
                throw new NumberFormatException("more than 64 bits");
            }
            value = next;
        }
        if (i == digitsStart) {
            throw new NumberFormatException("no digits");
        }
        if (i < end && text[i] == '.') {
            for (i++; i < end; i++) {
                if (text[i] != '0') {
                    throw new NumberFormatException("a fraction");
                }
            }
        }
        if (i != end) {
            throw new NumberFormatException("not a number");
        }
        if (negative) {
            return value;
        }
        if (value == Long.MIN_VALUE) {
            throw new NumberFormatException("more than 64 bits");
        }
        return -value;
    }

    /** Whether the text is an optionally signed run of digits (of any length). */
    static boolean isInteger(char[] text, int offset, int length) {
        int end = trimEnd(text, offset, offset + length);
        int i = trimStart(text, offset, end);
        if (i < end && (text[i] == '-' || text[i] == '+')) {
            i++;
        }
        if (i == end) {
            return false;
        }
        for (; i < end; i++) {
            if (text[i] < '0' || text[i] > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The boolean a text spells: {@code 1}, {@code true}, {@code on}, {@code yes} and {@code 0},
     * {@code false}, {@code off}, {@code no}, the empty text, in any case; {@code null} for anything else.
     */
    static Boolean parseBool(char[] text, int offset, int length) {
        int end = trimEnd(text, offset, offset + length);
        int start = trimStart(text, offset, end);
        switch (end - start) {
            case 0:
                return Boolean.FALSE;
            case 1:
                return text[start] == '1' ? Boolean.TRUE : text[start] == '0' ? Boolean.FALSE : null;
            case 2:
                return is(text, start, "on") ? Boolean.TRUE : is(text, start, "no") ? Boolean.FALSE : null;
            case 3:
                return is(text, start, "yes") ? Boolean.TRUE : is(text, start, "off") ? Boolean.FALSE : null;
            case 4:
                return is(text, start, "true") ? Boolean.TRUE : null;
            case 5:
                return is(text, start, "false") ? Boolean.FALSE : null;
            default:
                return null;
        }
    }

    /** Whether the text at {@code start} is {@code lower}, ignoring ASCII case. */
    private static boolean is(char[] text, int start, String lower) {
        for (int i = 0; i < lower.length(); i++) {
            char c = text[start + i];
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads {@code yyyy-M-d}, optionally followed by a time {@code H:mm[:ss[.fraction]]} after a
     * space or {@code T}, into {@code out} (see the slot constants). Returns {@code false} for any
     * other text, and for dates and times that do not exist (February 30th, 24:00). Time zones are
     * not accepted: WHMCS's times are the server's local time, and a zoned text is kept raw.
     */
    static boolean parseDateTime(char[] text, int offset, int length, int[] out) {
        int end = trimEnd(text, offset, offset + length);
        int i = trimStart(text, offset, end);
        int usual = parseUsualForm(text, i, end, out);
        if (usual >= 0) {
            return usual == 1;
        }
        int year = number(text, i, end, 4, 4);
        if (year < 0) {
            return false;
        }
        i += 4;
        if (i >= end || text[i] != '-') {
            return false;
        }
        int month = number(text, ++i, end, 1, 2);
        if (month < 0) {
            return false;
        }
        i += digitCount(text, i, end, 2);
        if (i >= end || text[i] != '-') {
            return false;
        }
        int day = number(text, ++i, end, 1, 2);
        if (day < 0) {
            return false;
        }
        i += digitCount(text, i, end, 2);
        out[YEAR] = year;
        out[MONTH] = month;
        out[DAY] = day;
        out[HAS_TIME] = 0;
        out[HOUR] = 0;
        out[MINUTE] = 0;
        out[SECOND] = 0;
        out[NANO] = 0;
        if (i < end) {
            if (text[i] != ' ' && text[i] != 'T') {
                return false;
            }
            int hour = number(text, ++i, end, 1, 2);
            if (hour < 0) {
                return false;
            }
            i += digitCount(text, i, end, 2);
            if (i >= end || text[i] != ':') {
                return false;
            }
            int minute = number(text, ++i, end, 2, 2);
            if (minute < 0) {
                return false;
            }
            i += 2;
            int second = 0;
            int nano = 0;
            if (i < end && text[i] == ':') {
                second = number(text, ++i, end, 2, 2);
                if (second < 0) {
                    return false;
                }
                i += 2;
                if (i < end && text[i] == '.') {
                    int digits = digitCount(text, ++i, end, 9);
                    if (digits == 0) {
                        return false;
                    }
                    nano = number(text, i, end, digits, digits);
                    for (int d = digits; d < 9; d++) {
                        nano *= 10;
                    }
                    i += digits;
                }
            }
            if (i != end || hour > 23 || minute > 59 || second > 59) {
                return false;
            }
            out[HAS_TIME] = 1;
            out[HOUR] = hour;
            out[MINUTE] = minute;
            out[SECOND] = second;
            out[NANO] = nano;
        }
        return isCalendarDate(out);
    }

    /**
     * The forms WHMCS sends nearly always, {@code yyyy-MM-dd} and {@code yyyy-MM-dd HH:mm:ss}, read by
     * position: 1 when the text is one of them and a real date and time (or the zero date), 0 when it
     * has their form but is not one (February 30th), -1 when it has neither form.
     */
    private static int parseUsualForm(char[] text, int start, int end, int[] out) {
        int length = end - start;
        if ((length != 10 && length != 19) || text[start + 4] != '-' || text[start + 7] != '-') {
            return -1;
        }
        int century = twoDigits(text, start);
        int yearOfCentury = twoDigits(text, start + 2);
        int year = (century | yearOfCentury) < 0 ? -1 : century * 100 + yearOfCentury;
        int month = twoDigits(text, start + 5);
        int day = twoDigits(text, start + 8);
        int hour = 0;
        int minute = 0;
        int second = 0;
        if (length == 19) {
            if (text[start + 10] != ' ' || text[start + 13] != ':' || text[start + 16] != ':') {
                return -1;
            }
            hour = twoDigits(text, start + 11);
            minute = twoDigits(text, start + 14);
            second = twoDigits(text, start + 17);
        }
        if ((year | month | day | hour | minute | second) < 0) {
            return -1;
        }
        out[YEAR] = year;
        out[MONTH] = month;
        out[DAY] = day;
        out[HAS_TIME] = length == 19 ? 1 : 0;
        out[HOUR] = hour;
        out[MINUTE] = minute;
        out[SECOND] = second;
        out[NANO] = 0;
        return hour <= 23 && minute <= 59 && second <= 59 && isCalendarDate(out) ? 1 : 0;
    }

    /** The number written by the two characters at {@code start}; -1 when one is not a digit. */
    private static int twoDigits(char[] text, int start) {
        int tens = text[start] - '0';
        int ones = text[start + 1] - '0';
        return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
    }

    /** Whether the parsed date is a day of the calendar (February 30th is not), or WHMCS's zero date. */
    private static boolean isCalendarDate(int[] parsed) {
        int month = parsed[MONTH];
        int day = parsed[DAY];
        return isZeroDate(parsed) || (month >= 1 && month <= 12 && day >= 1 && day <= lengthOfMonth(parsed[YEAR], month));
    }

    private static boolean isZeroDate(int[] parsed) {
        return parsed[YEAR] == 0 && parsed[MONTH] == 0 && parsed[DAY] == 0;
    }

    private static boolean isMidnight(int[] parsed) {
        return parsed[HOUR] == 0 && parsed[MINUTE] == 0 && parsed[SECOND] == 0 && parsed[NANO] == 0;
    }

    /**
     * The date {@link #parseDateTime} read: {@link #ZERO_DATE} for the zero date (with no time or a
     * zero time); {@code null} when it carries a time other than midnight, which a date cannot hold.
     */
    static LocalDate toDate(int[] parsed) {
        if (!isMidnight(parsed)) {
            return null;
        }
        if (isZeroDate(parsed)) {
            return ZERO_DATE;
        }
        return LocalDate.of(parsed[YEAR], parsed[MONTH], parsed[DAY]);
    }

    /**
     * The date and time {@link #parseDateTime} read: {@link #ZERO_DATE_TIME} for the zero date (with
     * no time or a zero time); {@code null} for a date without a time, or a zero date with a time.
     */
    static LocalDateTime toDateTime(int[] parsed) {
        if (isZeroDate(parsed)) {
            return isMidnight(parsed) ? ZERO_DATE_TIME : null;
        }
        if (parsed[HAS_TIME] == 0) {
            return null;
        }
        return LocalDateTime.of(parsed[YEAR], parsed[MONTH], parsed[DAY], parsed[HOUR], parsed[MINUTE],
                parsed[SECOND], parsed[NANO]);
    }

    private static int lengthOfMonth(int year, int month) {
        switch (month) {
            case 2:
                boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
                return leap ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    /** How many digits (up to {@code max}) start at {@code i}. */
    private static int digitCount(char[] text, int i, int end, int max) {
        int count = 0;
        while (count < max && i + count < end && text[i + count] >= '0' && text[i + count] <= '9') {
            count++;
        }
        return count;
    }

    /** The number of {@code min} to {@code max} digits at {@code i} (as many as there are); -1 when fewer. */
    private static int number(char[] text, int i, int end, int min, int max) {
        int count = digitCount(text, i, end, max);
        if (count < min) {
            return -1;
        }
        int value = 0;
        for (int k = i; k < i + count; k++) {
            value = value * 10 + (text[k] - '0');
        }
        return value;
    }

    /**
     * The fast path for what WHMCS sends as money: {@code [-]digits[.digits]} with at most 18 digits,
     * as {@code BigDecimal.valueOf(unscaled, scale)} (the same value and scale as
     * {@code new BigDecimal(text)}, without parsing through its general code); {@code null} for any
     * other form, which the caller parses the general way.
     */
    static BigDecimal parseSmallDecimal(char[] text, int start, int end) {
        int i = start;
        boolean negative = i < end && text[i] == '-';
        if (negative) {
            i++;
        }
        long unscaled = 0;
        int digits = 0;
        int scale = -1;
        for (; i < end; i++) {
            char c = text[i];
            if (c >= '0' && c <= '9') {
                if (++digits > 18) {
                    return null;
                }
                unscaled = unscaled * 10 + (c - '0');
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0 && digits > 0) {
                scale = 0;
            } else {
                return null;
            }
        }
        if (digits == 0 || scale == 0) {
            return null; // "", "-", "1." : left to the general parser and its message
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
    }

    /** The longest text read as a decimal; parsing a longer one would take time that grows with its square. */
    private static final int LONGEST_DECIMAL = 1000;

    /**
     * {@code [+-]digits[.digits]} or {@code [+-].digits}, with an optional exponent of at most four
     * digits, and at most {@value #LONGEST_DECIMAL} characters (Jackson's own limit for number
     * tokens): what PHP writes, and nothing {@link BigDecimal} would need long to take apart.
     */
    static boolean isPlainDecimal(char[] text, int start, int end) {
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
}
