package io.github.whmcs4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.whmcs4j.spec.ScalarText;
import io.github.whmcs4j.spec.model.FieldSpec;
import io.github.whmcs4j.spec.model.ScalarType;
import io.github.whmcs4j.spec.model.Shape;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Turns a raw answer (strings, booleans, lists and maps, as WHMCS sent them) into JSON typed by the
 * spec, the way the SDK's records see it: ids and counts as numbers, money as exact decimals,
 * booleans as {@code true}/{@code false}, the zero date as {@code null}, every list as an array
 * (its wrapper, empty forms and one-object form undone). A value that does not fit its type is kept
 * as it came, never dropped; fields the spec does not describe are kept as they came too.
 */
public final class TypedJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TypedJson() {
    }

    /** The fields of an answer, typed by the command's response shape. */
    public static ObjectNode object(Shape.ObjectShape shape, Map<String, Object> raw) {
        ObjectNode out = NODES.objectNode();
        for (FieldSpec field : shape.fields()) {
            if (raw.containsKey(field.name())) {
                out.set(field.name(), typed(field.shape(), raw.get(field.name())));
            }
        }
        raw.forEach((name, value) -> {
            if (!out.has(name)) {
                out.set(name, untyped(value));
            }
        });
        return out;
    }

    static JsonNode typed(Shape shape, Object raw) {
        if (shape instanceof Shape.Scalar scalar) {
            return scalar(scalar.type(), raw);
        } else if (shape instanceof Shape.ObjectShape object) {
            return raw instanceof Map<?, ?> map ? object(object, stringKeys(map)) : emptyOr(raw, NODES.objectNode());
        } else if (shape instanceof Shape.ListShape list) {
            ArrayNode items = NODES.arrayNode();
            for (Object item : Lists.items(list, raw)) {
                items.add(typed(list.item(), item));
            }
            return items;
        } else if (shape instanceof Shape.MapShape map && raw instanceof Map<?, ?> entries) {
            ObjectNode out = NODES.objectNode();
            entries.forEach((key, value) -> out.set(String.valueOf(key), typed(map.value(), value)));
            return out;
        }
        return emptyOr(raw, NODES.objectNode());
    }

    private static JsonNode emptyOr(Object raw, JsonNode empty) {
        return Lists.isEmptyForm(raw) ? empty : untyped(raw);
    }

    private static JsonNode scalar(ScalarType type, Object raw) {
        if (raw == null) {
            return NODES.nullNode();
        }
        if (!(raw instanceof String text)) {
            return type == ScalarType.BOOL && raw instanceof Boolean flag ? NODES.booleanNode(flag) : untyped(raw);
        }
        if (text.isEmpty() && type != ScalarType.STRING && type != ScalarType.ANY) {
            return NODES.nullNode();
        }
        if (!ScalarText.fits(type, text)) {
            return NODES.textNode(text);
        }
        return switch (type) {
            case INT, LONG -> NODES.numberNode(Long.parseLong(text));
            case DECIMAL -> DecimalNode.valueOf(new BigDecimal(text));
            case BOOL -> NODES.booleanNode(ScalarText.isTrue(text));
            case DATE, DATETIME -> text.startsWith("0000-00-00") ? NODES.nullNode() : NODES.textNode(text);
            case STRING, ANY -> NODES.textNode(text);
        };
    }

    /** A raw value as JSON, untouched. */
    public static JsonNode untyped(Object raw) {
        if (raw == null) {
            return NODES.nullNode();
        } else if (raw instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        } else if (raw instanceof Map<?, ?> map) {
            ObjectNode out = NODES.objectNode();
            map.forEach((key, value) -> out.set(String.valueOf(key), untyped(value)));
            return out;
        } else if (raw instanceof List<?> list) {
            ArrayNode out = NODES.arrayNode();
            list.forEach(item -> out.add(untyped(item)));
            return out;
        }
        return NODES.textNode(String.valueOf(raw));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> stringKeys(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
