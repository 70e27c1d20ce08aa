package io.github.whmcs4j.runtime.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected strings as PHP 8's serialize() writes them (serialize_precision -1, its default). */
class PhpSerializerTest {
    @Test
    void serializesScalarsAsPhpDoes() {
        assertEquals("N;", PhpSerializer.serialize(null));
        assertEquals("b:1;", PhpSerializer.serialize(true));
        assertEquals("b:0;", PhpSerializer.serialize(false));
        assertEquals("i:-42;", PhpSerializer.serialize(-42));
        assertEquals("i:7858259149;", PhpSerializer.serialize(7858259149L));
        assertEquals("d:1.5;", PhpSerializer.serialize(1.5));
        assertEquals("d:0.1;", PhpSerializer.serialize(0.1));
        assertEquals("d:15.95;", PhpSerializer.serialize(new BigDecimal("15.95")));
        assertEquals("s:6:\"Google\";", PhpSerializer.serialize("Google"));
    }

    /** PHP: serialize(1e20), serialize(1e-7), ... each written by PHP 8.2. */
    @Test
    void writesFloatsWithPhpsShortestDigitsAndExponentForm() {
        assertEquals("d:1.0E+20;", PhpSerializer.serialize(1e20));
        assertEquals("d:1.0E-7;", PhpSerializer.serialize(1e-7));
        assertEquals("d:-0;", PhpSerializer.serialize(-0.0));
        assertEquals("d:5.0E-324;", PhpSerializer.serialize(Double.MIN_VALUE));
        assertEquals("d:1.7976931348623157E+308;", PhpSerializer.serialize(Double.MAX_VALUE));
        assertEquals("d:1.2345678901234568E+17;", PhpSerializer.serialize(123456789012345678.0));
        assertEquals("d:10000000000000000;", PhpSerializer.serialize(1e16));
        assertEquals("d:0.0001;", PhpSerializer.serialize(0.0001));
        assertEquals("d:1.0E-5;", PhpSerializer.serialize(0.00001));
        assertEquals("d:-1.0E+20;", PhpSerializer.serialize(-1e20));
        assertEquals("d:0.30000000000000004;", PhpSerializer.serialize(0.1 + 0.2));
        assertEquals("d:100;", PhpSerializer.serialize(100.0));
        assertEquals("d:2.5;", PhpSerializer.serialize(2.5f));
    }

    /** A decimal reaches PHP as a float: serialize(12.50) is d:12.5. */
    @Test
    void writesDecimalsAsThePhpFloatTheyBecome() {
        assertEquals("d:12.5;", PhpSerializer.serialize(new BigDecimal("12.50")));
        assertEquals("d:1.0E+20;", PhpSerializer.serialize(new BigDecimal("100000000000000000000")));
        assertEquals("d:100;", PhpSerializer.serialize(new BigDecimal("1E+2")));
    }

    /** PHP: serialize(["9223372036854775807" => 1, "9223372036854775808" => 2, ...]). */
    @Test
    void keepsIntegerKeysUpToPhpIntMax() {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("9223372036854775807", 1);
        keys.put("9223372036854775808", 2);
        keys.put("-9223372036854775808", 3);
        keys.put("-9223372036854775809", 4);
        keys.put("1234567890123456789", 6);
        keys.put("-0", 7);
        assertEquals("a:6:{i:9223372036854775807;i:1;s:19:\"9223372036854775808\";i:2;i:-9223372036854775808;i:3;"
                + "s:20:\"-9223372036854775809\";i:4;i:1234567890123456789;i:6;s:2:\"-0\";i:7;}",
                PhpSerializer.serialize(keys));
    }

    @Test
    void refusesAnUnpairedSurrogate() {
        assertThrows(IllegalArgumentException.class, () -> PhpSerializer.serialize("half \uD83D"));
        assertThrows(IllegalArgumentException.class, () -> PhpSerializer.serialize(Map.of("k\uDE00", "v")));
    }

    @Test
    void countsStringLengthsInUtf8Bytes() {
        assertEquals("s:7:\"Zürich\";", PhpSerializer.serialize("Zürich"));
        assertEquals("s:3:\"€\";", PhpSerializer.serialize("€"));
        assertEquals("s:4:\"😀\";", PhpSerializer.serialize("😀"));
    }

    @Test
    void serializesArraysWithPhpKeyRules() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("1", "Google");        // numeric string keys become integer keys in PHP
        fields.put("name", "Ada");
        fields.put("007", "kept");        // not canonical decimal: stays a string key
        fields.put("-3", List.of("a", 2));
        assertEquals("a:4:{i:1;s:6:\"Google\";s:4:\"name\";s:3:\"Ada\";s:3:\"007\";s:4:\"kept\";"
                + "i:-3;a:2:{i:0;s:1:\"a\";i:1;i:2;}}", PhpSerializer.serialize(fields));
    }

    @Test
    void base64EncodesTheSerializedBytes() {
        String encoded = PhpSerializer.serializeToBase64(Map.of("5", "Größe"));
        assertEquals("a:1:{i:5;s:7:\"Größe\";}",
                new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8));
    }

    @Test
    void refusesValuesPhpCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> PhpSerializer.serialize(new Object()));
    }
}
