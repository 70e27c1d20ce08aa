package io.github.whmcs4j.runtime.spi;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.HashMap;
import java.util.Map;

/**
 * The fields of one response record, in the order the spec lists them, which is the order WHMCS
 * sends them in. {@link ResponseReader#nextField(FieldNames)} uses it to identify a field by its
 * position: it asks the parser first whether the next name is the one expected after the last field
 * read, which the JSON parser answers by comparing the body's bytes with the name's, without looking
 * the name up. A field in another order, or one the record does not have, is looked up by name.
 * Generated decoders create one per record, once.
 */
public final class FieldNames {
    private final String[] names;
    private final SerializableString[] encoded;
    private final Map<String, Integer> positions;

    private FieldNames(String[] names) {
        this.names = names.clone();
        this.encoded = new SerializableString[names.length];
        this.positions = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            encoded[i] = new SerializedString(names[i]);
            if (positions.putIfAbsent(names[i], i) != null) {
                throw new IllegalArgumentException("field \"" + names[i] + "\" named twice");
            }
        }
    }

    /** The fields, in the order WHMCS sends them; a field's position is its index here. */
    public static FieldNames of(String... names) {
        return new FieldNames(names);
    }

    /** How many fields the record has. */
    int size() {
        return names.length;
    }

    /** The name of the field at {@code position}. */
    String name(int position) {
        return names[position];
    }

    /** The name at {@code position}, as the parser compares it with the body. */
    SerializableString encoded(int position) {
        return encoded[position];
    }

    /**
     * The position of the field {@code name}, trying {@code expected} first;
     * {@link ResponseReader#UNKNOWN_FIELD} when the record has no such field.
     */
    int positionOf(String name, int expected) {
        if (expected < names.length && names[expected].equals(name)) {
            return expected;
        }
        Integer position = positions.get(name);
        return position == null ? ResponseReader.UNKNOWN_FIELD : position;
    }
}
