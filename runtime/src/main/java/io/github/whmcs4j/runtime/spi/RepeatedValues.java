package io.github.whmcs4j.runtime.spi;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.RandomAccess;

/**
 * Values of a key that occurred more than once in one object (repeated XML elements): a list equal
 * to any list of the same values, unmodifiable to its users.
 */
final class RepeatedValues extends AbstractList<Object> implements RandomAccess {
    private final ArrayList<Object> values = new ArrayList<>(4);

    void append(Object value) {
        values.add(value);
    }

    @Override
    public Object get(int index) {
        return values.get(index);
    }

    @Override
    public int size() {
        return values.size();
    }
}
