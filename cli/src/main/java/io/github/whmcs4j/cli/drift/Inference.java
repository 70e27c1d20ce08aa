package io.github.whmcs4j.cli.drift;

import io.github.whmcs4j.spec.ScalarText;
import io.github.whmcs4j.spec.model.ScalarType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.SourceVersion;

/**
 * Infers a spec fragment for a value the spec does not describe: a scalar type name, or for objects
 * and lists the mapping our spec format writes ({@code fields}, {@code list}, {@code of}).
 */
final class Inference {
    private Inference() {
    }

    /** The spec fragment for {@code value}: a type name (String) or a mapping (Map). */
    static Object of(Object value) {
        if (value instanceof Boolean) {
            return ScalarType.BOOL.specName();
        } else if (value instanceof Map<?, ?> map) {
            if (map.size() == 1) {
                Map.Entry<?, ?> only = map.entrySet().iterator().next();
                if (only.getValue() instanceof List<?> items && !items.isEmpty() && items.get(0) instanceof Map<?, ?>) {
                    Map<String, Object> list = new LinkedHashMap<>();
                    list.put("list", String.valueOf(only.getKey()));
                    list.put("fields", fields(items.get(0)));
                    return list;
                }
            }
            return map.isEmpty() ? ScalarType.ANY.specName() : Map.of("fields", fields(map));
        } else if (value instanceof List<?> items) {
            Map<String, Object> list = new LinkedHashMap<>();
            list.put("list", "bare");
            if (!items.isEmpty() && items.get(0) instanceof Map<?, ?> first) {
                list.put("fields", fields(first));
            } else {
                list.put("of", items.isEmpty() ? ScalarType.STRING.specName() : of(items.get(0)));
            }
            return list;
        }
        return value == null ? ScalarType.STRING.specName() : ScalarText.infer(String.valueOf(value)).specName();
    }

    private static Map<String, Object> fields(Object object) {
        Map<String, Object> fields = new LinkedHashMap<>();
        ((Map<?, ?>) object).forEach((name, value) -> fields.put(String.valueOf(name), field(String.valueOf(name), of(value))));
        return fields;
    }

    /** A field's fragment, with a Java name when the WHMCS name cannot be one. */
    static Object field(String name, Object fragment) {
        if (SourceVersion.isName(name) && !name.equals("unknownFields")) {
            return fragment;
        }
        Map<String, Object> mapping = new LinkedHashMap<>();
        if (fragment instanceof Map<?, ?> shape) {
            shape.forEach((key, value) -> mapping.put(String.valueOf(key), value));
        } else {
            mapping.put("type", fragment);
        }
        mapping.put("java", javaName(name));
        return mapping;
    }

    private static String javaName(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9_]", "_");
        cleaned = cleaned.isEmpty() || !Character.isJavaIdentifierStart(cleaned.charAt(0)) ? "_" + cleaned : cleaned;
        return SourceVersion.isKeyword(cleaned) || cleaned.equals("unknownFields") ? cleaned + "_" : cleaned;
    }

    /** The narrowest type both values fit: equal types stay, whole numbers widen to decimals, else text. */
    static ScalarType widen(ScalarType a, ScalarType b) {
        if (a == b) {
            return a;
        }
        if ((a == ScalarType.INT || a == ScalarType.LONG) && (b == ScalarType.INT || b == ScalarType.LONG)) {
            return ScalarType.LONG;
        }
        if (numeric(a) && numeric(b)) {
            return ScalarType.DECIMAL;
        }
        if ((a == ScalarType.DATE && b == ScalarType.DATETIME) || (a == ScalarType.DATETIME && b == ScalarType.DATE)) {
            return ScalarType.DATETIME;
        }
        return ScalarType.STRING;
    }

    static Object widen(Object a, Object b) {
        if (a instanceof String first && b instanceof String next) {
            return widen(ScalarType.bySpecName(first).orElse(ScalarType.STRING),
                    ScalarType.bySpecName(next).orElse(ScalarType.STRING)).specName();
        }
        return a;
    }

    private static boolean numeric(ScalarType type) {
        return type == ScalarType.INT || type == ScalarType.LONG || type == ScalarType.DECIMAL;
    }

    /** The type to propose for a field of {@code type} that received {@code text}. */
    static ScalarType proposal(ScalarType type, String text) {
        ScalarType seen = ScalarText.infer(text);
        ScalarType widened = widen(type, seen);
        return ScalarText.fits(widened, text) ? widened : ScalarType.STRING;
    }
}
