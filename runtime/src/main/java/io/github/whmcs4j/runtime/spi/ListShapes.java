package io.github.whmcs4j.runtime.spi;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The list shapes PHP writes, recognised in a raw value that a list's item reader could not take:
 * an object keyed {@code 0}, {@code 1}, {@code 2}… (what {@code json_encode} writes for an array
 * whose keys are not 0..n-1), and WHMCS's wrapper object around items.
 */
final class ListShapes {
    /** As a list's wrapper key: no wrapper is expected here. */
    static final String NO_WRAPPER = "";

    private ListShapes() {
    }

    /**
     * The items {@code raw} holds when it is a list shape (index-keyed objects in key order);
     * {@code null} when it is not one. An object with one key is a wrapper when {@code wrapperKey}
     * allows that key ({@code null}: any, {@link #NO_WRAPPER}: none) and it holds a list or an
     * object, or any value when the items are single values (which an object cannot be).
     */
    static List<?> itemsOf(Object raw, String wrapperKey, boolean singleValues) {
        if (!(raw instanceof Map<?, ?> map) || map.isEmpty()) {
            return null;
        }
        if (map.keySet().stream().allMatch(key -> isIndex((String) key))) {
            return map.entrySet().stream()
                    .sorted((a, b) -> Long.compare(Long.parseLong((String) a.getKey()), Long.parseLong((String) b.getKey())))
                    .map(Map.Entry::getValue).toList();
        }
        if (map.size() == 1 && (wrapperKey == null || !wrapperKey.isEmpty())) {
            Map.Entry<?, ?> only = map.entrySet().iterator().next();
            Object inner = only.getValue();
            if ((wrapperKey == null || wrapperKey.equals(only.getKey()))
                    && (singleValues || inner instanceof List<?> || inner instanceof Map<?, ?>)) {
                return inner instanceof List<?> list ? list : Collections.singletonList(inner);
            }
        }
        return null;
    }

    /**
     * Whether a list item read is one of the empty forms, which lists leave out: {@code null}, blank
     * text, and (for raw items) an empty object or list. XML cannot tell these from no item at all.
     */
    static boolean isEmptyItem(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof String text) {
            return text.isBlank();
        }
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty();
        }
        return value instanceof List<?> list && list.isEmpty();
    }

    /** A key PHP gives an array item: a whole number. */
    private static boolean isIndex(String key) {
        int length = key.length();
        if (length == 0 || length > 18) {
            return false;
        }
        for (int i = key.charAt(0) == '-' && length > 1 ? 1 : 0; i < length; i++) {
            if (key.charAt(i) < '0' || key.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
