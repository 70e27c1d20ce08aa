package io.github.whmcs4j.benchmarks.databind;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The one thing databind cannot read from a WHMCS response on its own: dates. WHMCS writes
 * {@code yyyy-MM-dd} and {@code yyyy-MM-dd HH:mm:ss} and means "none" by the zero date
 * {@code 0000-00-00}, which {@code java.time} (and so jackson-datatype-jsr310) rejects. These
 * deserializers map the zero date and empty text to {@code null} and parse everything else with
 * {@code java.time}'s own parsers, as jsr310's deserializers do: the code a databind user writes.
 */
public final class WhmcsDates {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private WhmcsDates() {
    }

    /** A module with both deserializers. */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("WhmcsDates");
        module.addDeserializer(LocalDate.class, new DateDeserializer());
        module.addDeserializer(LocalDateTime.class, new DateTimeDeserializer());
        return module;
    }

    private static final class DateDeserializer extends StdScalarDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        DateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            if (text == null || text.isBlank() || text.equals("0000-00-00")) {
                return null;
            }
            return LocalDate.parse(text);
        }
    }

    private static final class DateTimeDeserializer extends StdScalarDeserializer<LocalDateTime> {
        private static final long serialVersionUID = 1L;

        DateTimeDeserializer() {
            super(LocalDateTime.class);
        }

        @Override
        public LocalDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            if (text == null || text.isBlank() || text.equals("0000-00-00 00:00:00")) {
                return null;
            }
            return LocalDateTime.parse(text, DATE_TIME);
        }
    }
}
