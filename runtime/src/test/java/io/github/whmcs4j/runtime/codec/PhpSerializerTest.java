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

/** Expected strings written by hand from PHP's documented serialize() format. */
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
