package io.github.whmcs4j.benchmarks.databind;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

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
        module.addDeserializer(LocalDate.class, new ZeroDateAware<>(LocalDate.class, "0000-00-00", LocalDate::parse));
        module.addDeserializer(LocalDateTime.class, new ZeroDateAware<>(LocalDateTime.class, "0000-00-00 00:00:00",
                text -> LocalDateTime.parse(text, DATE_TIME)));
        return module;
    }

    /** Empty text and the zero date are {@code null}; anything else goes to {@code java.time}'s parser. */
    private static final class ZeroDateAware<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;

        private final String zero;
        private final transient Function<String, T> parse;

        ZeroDateAware(Class<T> type, String zero, Function<String, T> parse) {
            super(type);
            this.zero = zero;
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            if (text == null || text.isBlank() || text.equals(zero)) {
                return null;
            }
            return parse.apply(text);
        }
    }
}
