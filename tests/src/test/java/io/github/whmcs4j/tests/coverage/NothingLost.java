package io.github.whmcs4j.tests.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.spec.model.FieldSpec;
import io.github.whmcs4j.spec.model.ScalarType;
import io.github.whmcs4j.spec.model.Shape;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Walks a response as published (a JSON tree) beside its spec shape and the record the SDK decoded
 * from it, and lists every value of the JSON that the record does not hold, typed or in
 * {@code unknownFields()}.
 */
final class NothingLost {
    private static final Set<String> ENVELOPE = Set.of("result", "message", "status");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final List<String> lost;

    NothingLost(List<String> lost) {
        this.lost = lost;
    }

    void compareTop(JsonNode json, CommandSpec command, Object record) throws ReflectiveOperationException {
        Set<String> envelope = command.envelope().equals("status") ? ENVELOPE : Set.of("result", "message");
        compareObject(json, command.response(), record, "", envelope);
    }

    private void compareObject(JsonNode json, Shape.ObjectShape shape, Object record, String path, Set<String> skipped)
            throws ReflectiveOperationException {
        if (!json.isObject()) {
            if (!isEmpty(json)) {
                lost.add(path + ": expected an object, the example has " + json);
            }
            return;
        }
        if (record == null) {
            if (json.size() > 0) {
                lost.add(path + ": decoded as absent but the example has " + json);
            }
            return;
        }
        Map<?, ?> unknown = (Map<?, ?>) component(record, "unknownFields");
        for (Map.Entry<String, JsonNode> entry : json.properties()) {
            String key = entry.getKey();
            String at = path.isEmpty() ? key : path + "." + key;
            if (skipped.contains(key)) {
                if (key.equals("message") && !rawEquals(entry.getValue(), unknown.get(key))) {
                    lost.add(at + ": the success message is not kept");
                }
                continue;
            }
            FieldSpec field = shape.fields().stream().filter(f -> f.name().equals(key)).findFirst().orElse(null);
            if (field == null) {
                if (!unknown.containsKey(key) || !rawEquals(entry.getValue(), unknown.get(key))) {
                    lost.add(at + ": not in unknownFields as " + entry.getValue());
                }
                continue;
            }
            String name = field.javaName() != null ? field.javaName() : field.name();
            Object value = component(record, SourceVersion.isKeyword(name) ? name + "_" : name);
            compare(entry.getValue(), field.shape(), value, at, unknown.get(key));
        }
    }

    private void compare(JsonNode json, Shape shape, Object value, String path, Object keptRaw)
            throws ReflectiveOperationException {
        if (shape instanceof Shape.ObjectShape object) {
            compareObject(json, object, value, path, Set.of());
        } else if (shape instanceof Shape.ListShape list) {
            List<JsonNode> items = items(json, list);
            List<?> decoded = (List<?>) value;
            // An empty item ("" in a list of ids) is nothing: the runtime keeps no null items.
            List<JsonNode> present = items.stream().filter(item -> !isEmpty(item)).toList();
            if (present.size() != decoded.size()) {
                lost.add(path + ": " + present.size() + " items in the example, " + decoded.size() + " decoded");
                return;
            }
            for (int i = 0; i < present.size(); i++) {
                compare(present.get(i), list.item(), decoded.get(i), path + "[" + i + "]", null);
            }
        } else if (shape instanceof Shape.MapShape map) {
            Map<?, ?> decoded = (Map<?, ?>) value;
            if (json.isArray()) {
                for (int i = 0; i < json.size(); i++) {
                    compare(json.get(i), map.value(), decoded.get(Integer.toString(i)), path + "{" + i + "}", null);
                }
            } else if (json.isObject()) {
                for (Map.Entry<String, JsonNode> entry : json.properties()) {
                    if (!isEmpty(entry.getValue())) {
                        compare(entry.getValue(), map.value(), decoded.get(entry.getKey()), path + "{" + entry.getKey() + "}", null);
                    }
                }
            } else if (!isEmpty(json)) {
                lost.add(path + ": expected a map, the example has " + json);
            }
        } else {
            compareScalar(json, ((Shape.Scalar) shape).type(), value, path, keptRaw);
        }
    }

    /** The items of a list in any of WHMCS's forms: wrapped, bare, one object, or empty. */
    private static List<JsonNode> items(JsonNode json, Shape.ListShape list) {
        List<JsonNode> items = new ArrayList<>();
        if (json.isArray()) {
            json.forEach(items::add);
        } else if (json.isObject() && list.wrapped()) {
            JsonNode inner = json.get(list.itemKey());
            if (inner != null && inner.isArray()) {
                inner.forEach(items::add);
            } else if (inner != null && !isEmpty(inner)) {
                items.add(inner);
            }
        } else if (!isEmpty(json)) {
            items.add(json);
        }
        return items;
    }

    private void compareScalar(JsonNode json, ScalarType type, Object value, String path, Object keptRaw) {
        String text = json.isValueNode() ? json.asText() : null;
        boolean empty = isEmpty(json);
        boolean same = switch (type) {
            case STRING -> json.isNull() || "".equals(text) ? value == null : text != null && text.equals(value);
            case INT, LONG, DECIMAL -> empty ? value == null
                    : value != null && text != null && new BigDecimal(text.trim()).compareTo(new BigDecimal(value.toString())) == 0;
            case BOOL -> empty ? value == null : text != null && bool(text).equals(value);
            case DATE -> empty ? value == null : dateMatches(text, value, keptRaw, true);
            case DATETIME -> empty ? value == null : dateMatches(text, value, keptRaw, false);
            case ANY -> rawEquals(json, value);
        };
        if (!same) {
            lost.add(path + ": the example has " + json + ", decoded " + value);
        }
    }

    /** A parsed date equals the text; the zero date is absent; any other form is kept raw. */
    private static boolean dateMatches(String text, Object value, Object keptRaw, boolean dateOnly) {
        if (text == null) {
            return false;
        }
        if (text.startsWith("0000-00-00")) {
            return value == null;
        }
        if (value == null) {
            return text.equals(keptRaw);
        }
        return dateOnly ? ((LocalDate) value).toString().equals(text) : DATE_TIME.format((LocalDateTime) value).equals(text);
    }

    private static Boolean bool(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "1", "true", "on", "yes" -> Boolean.TRUE;
            default -> Boolean.FALSE;
        };
    }

    /** Raw values as the runtime keeps them: text for strings and numbers, booleans, maps, lists, null. */
    static boolean rawEquals(JsonNode json, Object raw) {
        if (json == null || json.isNull()) {
            return raw == null;
        } else if (json.isBoolean()) {
            return Boolean.valueOf(json.booleanValue()).equals(raw);
        } else if (json.isNumber()) {
            return raw instanceof String text && new BigDecimal(text).compareTo(json.decimalValue()) == 0;
        } else if (json.isTextual()) {
            return json.textValue().equals(raw);
        } else if (json.isArray()) {
            if (!(raw instanceof List<?> list) || list.size() != json.size()) {
                return false;
            }
            for (int i = 0; i < json.size(); i++) {
                if (!rawEquals(json.get(i), list.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (!(raw instanceof Map<?, ?> map) || map.size() != json.size()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> entry : json.properties()) {
            if (!rawEquals(entry.getValue(), map.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEmpty(JsonNode json) {
        return json == null || json.isNull() || (json.isTextual() && json.textValue().isBlank())
                || (json.isContainerNode() && json.size() == 0);
    }

    private static Object component(Object record, String name) throws ReflectiveOperationException {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component.getAccessor().invoke(record);
            }
        }
        throw new IllegalStateException(record.getClass().getName() + " has no component " + name);
    }
}
