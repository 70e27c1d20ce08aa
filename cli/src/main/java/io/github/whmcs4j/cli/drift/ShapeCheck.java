package io.github.whmcs4j.cli.drift;

import io.github.whmcs4j.cli.Lists;
import io.github.whmcs4j.spec.ScalarText;
import io.github.whmcs4j.spec.model.FieldSpec;
import io.github.whmcs4j.spec.model.ScalarType;
import io.github.whmcs4j.spec.model.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares one raw answer with the command's response shape, straight from the tree WHMCS sent (no
 * decoder involved, so what it finds does not depend on how the SDK treats a bad value): fields the
 * spec lacks, scalars that do not fit their type, and the forms lists and empty values came in.
 */
final class ShapeCheck {
    private final Findings findings;

    private ShapeCheck(Findings findings) {
        this.findings = findings;
    }

    static void check(Shape.ObjectShape response, Map<String, Object> fields, Findings findings) {
        new ShapeCheck(findings).object(response, fields, "", List.of());
    }

    private void object(Shape.ObjectShape shape, Map<?, ?> raw, String path, List<String> specPath) {
        raw.forEach((key, value) -> {
            String name = String.valueOf(key);
            String here = path.isEmpty() ? name : path + "." + name;
            FieldSpec field = shape.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
            if (field == null) {
                findings.unknown(here, append(specPath, name), value, Inference.of(value));
            } else {
                value(field.shape(), value, here, append(specPath, name));
            }
        });
    }

    /** {@code specPath} is where the value's shape is written: a field's key, or {@code of}/{@code map}. */
    private void value(Shape shape, Object raw, String path, List<String> specPath) {
        if (shape instanceof Shape.Scalar scalar) {
            scalar(scalar.type(), raw, path, specPath);
        } else if (Lists.isEmptyForm(raw) && !(shape instanceof Shape.ListShape)) {
            findings.emptyForm(path, describeEmpty(raw));
        } else if (shape instanceof Shape.ObjectShape object) {
            if (raw instanceof Map<?, ?> map) {
                object(object, map, path, append(specPath, "fields"));
            } else {
                findings.mismatch(path, specPath, ScalarType.ANY, sample(raw), ScalarType.ANY);
            }
        } else if (shape instanceof Shape.ListShape list) {
            list(list, raw, path, specPath);
        } else if (shape instanceof Shape.MapShape map) {
            if (raw instanceof Map<?, ?> entries) {
                entries.forEach((key, entry) -> value(map.value(), entry, path + ".*", itemPath(specPath, "map", map.value())));
            } else {
                findings.mismatch(path, specPath, ScalarType.ANY, sample(raw), ScalarType.ANY);
            }
        }
    }

    private void list(Shape.ListShape list, Object raw, String path, List<String> specPath) {
        if (Lists.isEmptyForm(raw) || (list.wrapped() && raw instanceof Map<?, ?> wrapper
                && wrapper.size() == 1 && Lists.isEmptyForm(wrapper.get(list.itemKey())))) {
            findings.emptyForm(path, describeEmpty(raw));
            return;
        }
        String itemsPath = list.wrapped() ? path + "." + list.itemKey() + "[]" : path + "[]";
        Object inner = raw;
        if (list.wrapped() && raw instanceof Map<?, ?> wrapper && wrapper.containsKey(list.itemKey())) {
            inner = wrapper.get(list.itemKey());
            findings.listForm(path, inner instanceof List<?> ? "wrapped array (" + list.itemKey() + "[])"
                    : "wrapped single object (" + list.itemKey() + ")");
        } else if (raw instanceof List<?>) {
            findings.listForm(path, list.wrapped() ? "bare array where a wrapper belongs" : "bare array");
        } else {
            findings.listForm(path, "single object where a list belongs");
        }
        for (Object item : Lists.items(list, raw)) {
            value(list.item(), item, itemsPath, itemPath(specPath, "of", list.item()));
        }
    }

    /** Where an item's shape is written: an object's fields sit on the list or map mapping itself. */
    private static List<String> itemPath(List<String> specPath, String key, Shape item) {
        return item instanceof Shape.ObjectShape ? specPath : append(specPath, key);
    }

    private void scalar(ScalarType type, Object raw, String path, List<String> specPath) {
        if (raw == null || "".equals(raw)) {
            return;
        }
        if (raw instanceof Boolean) {
            if (type != ScalarType.BOOL && type != ScalarType.STRING && type != ScalarType.ANY) {
                findings.mismatch(path, specPath, type, raw.toString(), ScalarType.BOOL == type ? type : ScalarType.ANY);
            }
            return;
        }
        if (raw instanceof Map<?, ?> || raw instanceof List<?>) {
            if (type != ScalarType.ANY && !Lists.isEmptyForm(raw)) {
                findings.mismatch(path, specPath, type, sample(raw), ScalarType.ANY);
            }
            return;
        }
        String text = String.valueOf(raw);
        if (!ScalarText.fits(type, text)) {
            findings.mismatch(path, specPath, type, text, Inference.proposal(type, text));
        }
    }

    private static String describeEmpty(Object raw) {
        if (raw == null) {
            return "null";
        } else if (raw instanceof Map<?, ?> map) {
            return map.isEmpty() ? "{}" : "empty wrapper";
        } else if (raw instanceof List<?>) {
            return "[]";
        }
        return "\"\"";
    }

    private static String sample(Object raw) {
        String text = String.valueOf(raw);
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private static List<String> append(List<String> path, String key) {
        List<String> longer = new ArrayList<>(path);
        longer.add(key);
        return List.copyOf(longer);
    }
}
