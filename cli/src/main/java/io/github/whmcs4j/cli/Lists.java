package io.github.whmcs4j.cli;

import io.github.whmcs4j.spec.model.Shape;
import java.util.List;
import java.util.Map;

/**
 * The forms WHMCS sends a list in: {@code {"clients":{"client":[…]}}}, a bare array, one object where
 * a list of one belongs, and {@code ""}, {@code null}, {@code []}, {@code {}} or an empty wrapper for
 * none.
 */
public final class Lists {
    private Lists() {
    }

    /** The items of a list value, whatever its form. */
    public static List<?> items(Shape.ListShape list, Object raw) {
        Object inner = raw;
        if (list.wrapped() && raw instanceof Map<?, ?> wrapper && wrapper.containsKey(list.itemKey())) {
            inner = wrapper.get(list.itemKey());
        }
        if (inner instanceof List<?> items) {
            return items;
        } else if (isEmptyForm(inner)) {
            return List.of();
        }
        return List.of(inner);
    }

    /** Whether a value is one of WHMCS's ways of saying "nothing". */
    public static boolean isEmptyForm(Object raw) {
        return raw == null || "".equals(raw) || (raw instanceof Map<?, ?> map && map.isEmpty())
                || (raw instanceof List<?> list && list.isEmpty());
    }
}
