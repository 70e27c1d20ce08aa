package io.github.whmcs4j.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Lenient numbers, booleans and dates are read from the parser's own characters: no String is built
 * for a numeric string or a date. Measured as bytes allocated per value on this thread, which an
 * intermediate String (some 50 bytes for a 10-character text) would exceed.
 */
class HotPathAllocationTest {
    private static final JsonFactory JSON = new JsonFactory();
    private static final int VALUES = 20_000;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @FunctionalInterface
    private interface Read {
        long value(ResponseReader in) throws IOException;
    }

    /** Bytes allocated per value reading a JSON array of {@code VALUES} copies of {@code value} (after a warm-up). */
    private static double bytesPerValue(String value, Read read) throws IOException {
        byte[] body = ("[" + (value + ",").repeat(VALUES - 1) + value + "]").getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 3; round++) {
            readAll(body, read); // warm-up, so the measure is of the steady state
        }
        long before = THREADS.getCurrentThreadAllocatedBytes();
        long checksum = readAll(body, read);
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
        assertTrue(checksum != 0);
        return (double) allocated / VALUES;
    }

    private static long readAll(byte[] body, Read read) throws IOException {
        long checksum = 0;
        try (JsonParser parser = JSON.createParser(body)) {
            ResponseReader in = new ResponseReader(parser, "Test", Envelope.RESULT, false);
            parser.nextToken();
            while (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
                checksum += read.value(in);
            }
        }
        return checksum;
    }

    @Test
    void numericStringsBuildNoString() throws IOException {
        double perLong = bytesPerValue("\"7858259149\"", in -> in.readLong("n"));
        assertTrue(perLong <= 25, "a boxed Long (24 bytes) at most, not a String: " + perLong + " bytes per value");
        double perInt = bytesPerValue("\" 4711 \"", in -> in.readInt("n"));
        assertTrue(perInt <= 25, "a boxed Integer (16 or 24 bytes) at most, no Long as well: " + perInt);
    }

    @Test
    void booleanStringsAllocateNothing() throws IOException {
        double perBool = bytesPerValue("\"True\"", in -> in.readBool("b") ? 1 : 2);
        assertTrue(perBool <= 2, "Boolean constants only: " + perBool);
    }

    @Test
    void datesBuildNoStringAndNoFormatter() throws IOException {
        double perDate = bytesPerValue("\"2024-03-01\"", in -> in.readDate("d").toEpochDay());
        assertTrue(perDate <= 32, "a LocalDate at most: " + perDate);
        double perDateTime = bytesPerValue("\"2024-03-01 10:11:12\"", in -> in.readDateTime("d").getSecond() + 1);
        assertTrue(perDateTime <= 80, "a LocalDateTime (with its date and time) at most: " + perDateTime);
        assertEquals(0, bytesPerValue("\"0000-00-00\"", in -> in.readDate("d") == null ? 1 : 0), 1,
                "the zero date allocates nothing");
    }

    @Test
    void decimalStringsBuildNoString() throws IOException {
        double perDecimal = bytesPerValue("\"1234.56\"", in -> in.readDecimal("d").scale());
        assertTrue(perDecimal <= 56, "a BigDecimal (40 or 48 bytes) at most: " + perDecimal);
    }
}
