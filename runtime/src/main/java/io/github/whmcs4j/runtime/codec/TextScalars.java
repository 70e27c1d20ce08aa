package io.github.whmcs4j.runtime.codec;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Parses WHMCS scalars straight from a character range, so a numeric string or a date is read
 * without first building a {@link String} (the token's characters are reused by the parser).
 * Each method returns a sentinel instead of throwing, leaving the error message to the caller who
 * knows the field.
 */
final class TextScalars {
    private TextScalars() {
    }

    static boolean isBlank(char[] text, int offset, int length) {
        for (int i = offset, end = offset + length; i < end; i++) {
            if (!Character.isWhitespace(text[i])) {
                return false;
            }
        }
        return true;
    }

    /** An optionally signed decimal integer, surrounding spaces allowed; {@code null} when the text is not one. */
    static Long parseLong(char[] text, int offset, int length) {
        int start = offset;
        int end = offset + length;
        while (start < end && text[start] == ' ') {
            start++;
        }
        while (end > start && text[end - 1] == ' ') {
            end--;
        }
        boolean negative = false;
        if (start < end && (text[start] == '-' || text[start] == '+')) {
            negative = text[start] == '-';
            start++;
        }
        if (start == end || end - start > 19) {
            return null;
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            int digit = text[i] - '0';
            if (digit < 0 || digit > 9) {
                return null;
            }
            // Accumulate negatively so Long.MIN_VALUE's magnitude fits; overflow shows as a sign flip.
            long next = value * 10 - digit;
            if (next > value || (value < Long.MIN_VALUE / 10)) {
                return null;
            }
            value = next;
        }
        if (negative) {
            return value;
        }
        return value == Long.MIN_VALUE ? null : -value;
    }

    /**
     * {@code yyyy-MM-dd}; {@code null} for the zero date {@code 0000-00-00}.
     *
     * @throws DateTimeException when the text is not such a date
     */
    static LocalDate parseDate(char[] text, int offset, int length) {
        if (length != 10 || text[offset + 4] != '-' || text[offset + 7] != '-') {
            throw new DateTimeException("not yyyy-MM-dd");
        }
        int year = digits(text, offset, 4);
        int month = digits(text, offset + 5, 2);
        int day = digits(text, offset + 8, 2);
        if (year == 0 && month == 0 && day == 0) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /**
     * {@code yyyy-MM-dd HH:mm:ss} (or with {@code T}); {@code null} for {@code 0000-00-00 00:00:00}.
     *
     * @throws DateTimeException when the text is not such a date and time
     */
    static LocalDateTime parseDateTime(char[] text, int offset, int length) {
        if (length != 19 || (text[offset + 10] != ' ' && text[offset + 10] != 'T')
                || text[offset + 13] != ':' || text[offset + 16] != ':') {
            throw new DateTimeException("not yyyy-MM-dd HH:mm:ss");
        }
        LocalDate date = parseDate(text, offset, 10);
        int hour = digits(text, offset + 11, 2);
        int minute = digits(text, offset + 14, 2);
        int second = digits(text, offset + 17, 2);
        if (date == null) {
            if (hour == 0 && minute == 0 && second == 0) {
                return null;
            }
            throw new DateTimeException("zero date with a time");
        }
        return LocalDateTime.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), hour, minute, second);
    }

    private static int digits(char[] text, int offset, int count) {
        int value = 0;
        for (int i = offset; i < offset + count; i++) {
            int digit = text[i] - '0';
            if (digit < 0 || digit > 9) {
                throw new DateTimeException("not a digit");
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
