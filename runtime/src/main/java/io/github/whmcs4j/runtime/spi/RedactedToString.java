package io.github.whmcs4j.runtime.spi;

import java.util.Collection;
import java.util.Map;

/**
 * Builds the {@code toString()} of a request: {@code GetClientsRequest[search=acme, limitnum=50]},
 * listing only what is set and showing secrets as {@code ***}.
 */
public final class RedactedToString {
    private final StringBuilder text;
    private boolean first = true;

    public RedactedToString(String typeName) {
        this.text = new StringBuilder(typeName).append('[');
    }

    /** Adds {@code name=value} when the value is set (not {@code null}, not an empty list or map). */
    public RedactedToString add(String name, Object value) {
        if (isSet(value)) {
            separator().append(name).append('=').append(value);
        }
        return this;
    }

    /** Adds {@code name=***} when the value is set; the value itself never appears. */
    public RedactedToString addSecret(String name, Object value) {
        if (isSet(value)) {
            separator().append(name).append("=***");
        }
        return this;
    }

    private StringBuilder separator() {
        if (!first) {
            text.append(", ");
        }
        first = false;
        return text;
    }

    private static boolean isSet(Object value) {
        if (value instanceof Collection<?> collection) {
            return !collection.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            return !map.isEmpty();
        }
        return value != null;
    }

    @Override
    public String toString() {
        return text + "]";
    }
}
