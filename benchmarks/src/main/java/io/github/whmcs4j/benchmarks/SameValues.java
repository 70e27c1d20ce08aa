package io.github.whmcs4j.benchmarks;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks, once per trial, that the generated decoder and the databind baseline read the same body
 * to the same values, so that the benchmark compares equal work: same number of items, and every
 * field of every item equal. Reflection is fine here; it never runs inside a measurement.
 */
final class SameValues {
    /** The envelope: the baseline records hold it, the SDK's records do not (it throws on error instead). */
    private static final List<String> ENVELOPE = List.of("result", "message");

    private SameValues() {
    }

    /**
     * @param generated a response record of the SDK
     * @param databind the baseline's record of the same response, whose components are the SDK
     *     record's, except that a wrapped list is a record holding the list
     * @throws IllegalStateException naming the first value that differs
     */
    static void check(Object generated, Object databind) {
        compareRecords(generated, databind, "");
    }

    private static void compareRecords(Object generated, Object databind, String path) {
        Map<?, ?> unknown = (Map<?, ?>) get(generated, "unknownFields");
        if (!unknown.isEmpty()) {
            throw new IllegalStateException(path + ": the SDK kept values it could not type: " + unknown);
        }
        for (RecordComponent component : databind.getClass().getRecordComponents()) {
            String name = component.getName();
            if (path.isEmpty() && ENVELOPE.contains(name)) {
                continue;
            }
            compareValues(get(generated, name), get(databind, name), path + "." + name);
        }
    }

    private static void compareValues(Object generated, Object databind, String path) {
        if (databind instanceof Record wrapper && generated instanceof List<?>) {
            // WHMCS's list wrapper ({"clients":{"client":[...]}}): the baseline's record holds the list.
            RecordComponent items = wrapper.getClass().getRecordComponents()[0];
            compareValues(generated, get(wrapper, items.getName()), path + "." + items.getName());
        } else if (databind instanceof List<?> expected && generated instanceof List<?> actual) {
            if (expected.size() != actual.size()) {
                throw new IllegalStateException(path + ": " + actual.size() + " items against " + expected.size());
            }
            for (int i = 0; i < expected.size(); i++) {
                compareRecords(actual.get(i), expected.get(i), path + "[" + i + "]");
            }
        } else if (generated == null && "".equals(databind)) {
            return; // the SDK reads empty text as null (its rule for empty values); databind keeps ""
        } else if (!Objects.equals(generated, databind)) {
            throw new IllegalStateException(path + ": the SDK read " + generated + ", databind " + databind);
        }
    }

    private static Object get(Object record, String accessor) {
        try {
            return record.getClass().getMethod(accessor).invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no " + accessor + "() on " + record.getClass().getName(), e);
        }
    }
}
