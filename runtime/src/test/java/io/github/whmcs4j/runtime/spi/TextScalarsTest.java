package io.github.whmcs4j.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextScalarsTest {
    /** Parses from the middle of a larger buffer, as the parser lends it. */
    private static Long parseLong(String text) {
        char[] buffer = ("##" + text + "##").toCharArray();
        try {
            return TextScalars.parseLong(buffer, 2, text.length());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Boolean parseBool(String text) {
        char[] buffer = ("xx" + text + "xx").toCharArray();
        return TextScalars.parseBool(buffer, 2, text.length());
    }

    private static LocalDate date(String text) {
        int[] fields = new int[TextScalars.FIELDS];
        char[] buffer = ("99" + text + "99").toCharArray();
        return TextScalars.parseDateTime(buffer, 2, text.length(), fields) ? TextScalars.toDate(fields) : null;
    }

    private static LocalDateTime dateTime(String text) {
        int[] fields = new int[TextScalars.FIELDS];
        char[] buffer = ("99" + text + "99").toCharArray();
        return TextScalars.parseDateTime(buffer, 2, text.length(), fields) ? TextScalars.toDateTime(fields) : null;
    }

    @Test
    void parsesWholeNumbersOfEveryWidth() {
        assertEquals(0L, parseLong("0"));
        assertEquals(7858259149L, parseLong("7858259149"));
        assertEquals(-42L, parseLong("-42"));
        assertEquals(42L, parseLong("+42"));
        assertEquals(7L, parseLong("007"));
        assertEquals(7L, parseLong("00000000000000000000007"), "leading zeros do not count towards 64 bits");
        assertEquals(Long.MAX_VALUE, parseLong("9223372036854775807"));
        assertEquals(Long.MIN_VALUE, parseLong("-9223372036854775808"));
        assertEquals(12L, parseLong(" \t12\n "), "whitespace around, as XML text has it");
        assertEquals(5L, parseLong("5.00"), "a quantity with a zero fraction");
        assertEquals(5L, parseLong("5."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-", "+", "1a", "a1", "1 2", "5.01", ".5", "1e3", "0x10", "9223372036854775808",
        "-9223372036854775809", "99999999999999999999", "١٢", "1,000"})
    void refusesWhatIsNotAWholeNumberWithin64Bits(String text) {
        assertNull(parseLong(text), text);
    }

    @Test
    void tellsIntegersFromOtherText() {
        assertTrue(TextScalars.isInteger("99999999999999999999".toCharArray(), 0, 20));
        assertTrue(TextScalars.isInteger(" -1 ".toCharArray(), 0, 4));
        assertFalse(TextScalars.isInteger("1.5".toCharArray(), 0, 3));
        assertFalse(TextScalars.isInteger("-".toCharArray(), 0, 1));
    }

    @Test
    void parsesEverySpellingOfABoolean() {
        for (String yes : new String[] {"1", "true", "TRUE", "True", "on", "On", "yes", "YES", " 1 "}) {
            assertEquals(Boolean.TRUE, parseBool(yes), yes);
        }
        for (String no : new String[] {"0", "false", "False", "off", "no", "NO", "", "  "}) {
            assertEquals(Boolean.FALSE, parseBool(no), no);
        }
        for (String neither : new String[] {"2", "-1", "tru", "yess", "enabled", "t", "y", "n", "truex"}) {
            assertNull(parseBool(neither), neither);
        }
    }

    @Test
    void parsesDatesInTheFormsWhmcsUses() {
        assertEquals(LocalDate.of(2024, 3, 1), date("2024-03-01"));
        assertEquals(LocalDate.of(2016, 1, 2), date("2016-1-2"));
        assertEquals(LocalDate.of(2016, 1, 2), date("2016-1-02"));
        assertEquals(LocalDate.of(2024, 2, 29), date("2024-02-29"), "a leap day");
        assertEquals(LocalDate.of(2024, 3, 1), date("2024-03-01 00:00:00"), "a midnight datetime in a date field");
        assertEquals(LocalDate.of(2024, 3, 1), date(" 2024-03-01\n"));
        assertSame(TextScalars.ZERO_DATE, date("0000-00-00"));
        assertSame(TextScalars.ZERO_DATE, date("0000-00-00 00:00:00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"17/05/2019", "02/25", "1700000000", "2023-02-29", "2024-13-01", "2024-00-10", "2024-01-32",
        "2024-03-01 10:00:00", "24-03-01", "2024/03/01", "2024-03-01Z", "<b>never</b>", "2024-03-011", "20240-03-01",
        "2024-003-01", "0000-00-00 10:00:00", "2024-0a-01", "+024-03-01", "2024-03-0 "})
    void refusesOtherDates(String text) {
        assertNull(date(text), text);
    }

    @Test
    void parsesDateTimesInTheFormsWhmcsUses() {
        assertEquals(LocalDateTime.of(2020, 9, 23, 13, 59, 35), dateTime("2020-09-23 13:59:35"));
        assertEquals(LocalDateTime.of(2016, 1, 2, 13, 59, 1), dateTime("2016-1-02 13:59:01"));
        assertEquals(LocalDateTime.of(2016, 1, 2, 3, 59, 1), dateTime("2016-01-02 3:59:01"));
        assertEquals(LocalDateTime.of(2020, 9, 23, 13, 59), dateTime("2020-09-23T13:59"));
        assertEquals(LocalDateTime.of(2020, 9, 23, 13, 59, 35, 120_000_000), dateTime("2020-09-23 13:59:35.12"));
        assertEquals(LocalDateTime.of(2020, 9, 23, 13, 59, 35, 123_456_789), dateTime("2020-09-23T13:59:35.123456789"));
        assertSame(TextScalars.ZERO_DATE_TIME, dateTime("0000-00-00 00:00:00"));
        assertSame(TextScalars.ZERO_DATE_TIME, dateTime("0000-00-00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-09-23", "17/05/2019 10:01", "2020-09-23 24:00:00", "2020-09-23 10:60:00",
        "2020-09-23 10:00:60", "2020-09-23 10:0", "2020-09-23 10", "2020-09-23T10:00:00Z", "2020-09-23T10:00:00+02:00",
        "2020-09-23 10:00:00.", "2020-09-23 10:00:00.1234567890", "2020-09-23  10:00:00", "2020-02-30 10:00:00",
        "0000-00-00 00:00:01", "1700000000", "2020-09-23 1a:00:00", "2020-09-23X10:00:00", "2020-09-23 10-00-00"})
    void refusesOtherDateTimes(String text) {
        assertNull(dateTime(text), text);
    }

    @org.junit.jupiter.api.Test
    void theSmallDecimalFastPathGivesWhatBigDecimalGives() {
        for (String text : java.util.List.of("15.95", "0.00", "-0.00", "-10.00", "1.00000", "007.50", "0", "123456789012345678",
                "12345678901234567.8", "0.00000000000000001")) {
            char[] chars = text.toCharArray();
            java.math.BigDecimal fast = TextScalars.parseSmallDecimal(chars, 0, chars.length);
            org.junit.jupiter.api.Assertions.assertEquals(new java.math.BigDecimal(text), fast, text);
            org.junit.jupiter.api.Assertions.assertEquals(new java.math.BigDecimal(text).scale(), fast.scale(), text);
        }
        for (String text : java.util.List.of("1234567890123456789", "0.000000000000000001", "1.", ".5", "+1", "1e3", "12,00", "-", "1.2.3", "")) {
            char[] chars = text.toCharArray();
            org.junit.jupiter.api.Assertions.assertNull(TextScalars.parseSmallDecimal(chars, 0, chars.length), text);
        }
    }
}
