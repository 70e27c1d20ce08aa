package io.github.whmcs4j.tests.decoding;

import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.spec.model.FieldSpec;
import io.github.whmcs4j.spec.model.ScalarType;
import io.github.whmcs4j.spec.model.Shape;
import io.github.whmcs4j.tests.decoding.Wire.Arr;
import io.github.whmcs4j.tests.decoding.Wire.Bool;
import io.github.whmcs4j.tests.decoding.Wire.Member;
import io.github.whmcs4j.tests.decoding.Wire.Num;
import io.github.whmcs4j.tests.decoding.Wire.Obj;
import io.github.whmcs4j.tests.decoding.Wire.Str;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An independent reading of a clean response: what every component of the decoded record must hold,
 * worked out from the spec shape and the clean wire form alone, and compared with the record the
 * SDK decoded. It lists every difference with its path.
 */
final class Oracle {
    private static final Pattern ENTITY = Pattern.compile("&(amp|quot|apos|lt|gt|#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7});");

    private final List<String> problems = new ArrayList<>();
    private final boolean unescapeHtml;

    private Oracle(boolean unescapeHtml) {
        this.unescapeHtml = unescapeHtml;
    }

    /** The differences between {@code record} and what {@code clean} says it must hold; empty when none. */
    static List<String> check(CommandSpec command, Obj clean, Object record) {
        return check(command, clean, record, false);
    }

    /** As {@link #check(CommandSpec, Obj, Object)}, for a decode that HTML-unescaped string fields (only those). */
    static List<String> check(CommandSpec command, Obj clean, Object record, boolean unescapeHtml) {
        Oracle oracle = new Oracle(unescapeHtml);
        Set<String> envelope = command.envelope().equals("status") ? Set.of("result", "message", "status")
                : Set.of("result", "message");
        oracle.object(command.response(), clean, record, "", envelope);
        return oracle.problems;
    }

    private void object(Shape.ObjectShape shape, Obj clean, Object record, String path, Set<String> envelope) {
        if (clean.members().isEmpty() && envelope.isEmpty()) {
            same(path, null, record); // {} is absent
            return;
        }
        if (record == null) {
            problems.add(path + ": decoded as absent, expected " + Wire.raw(clean));
            return;
        }
        RecordComponent[] components = record.getClass().getRecordComponents();
        if (components.length != shape.fields().size() + 1) {
            problems.add(path + ": " + record.getClass().getSimpleName() + " has " + components.length + " components");
            return;
        }
        Map<String, Object> unknown = new LinkedHashMap<>();
        for (Member member : clean.members()) {
            if (!envelope.contains(member.name()) && shape.fields().stream().noneMatch(f -> f.name().equals(member.name()))) {
                unknown.put(member.name(), Wire.raw(member.value()));
            }
        }
        for (int i = 0; i < shape.fields().size(); i++) {
            FieldSpec field = shape.fields().get(i);
            Wire value = clean.get(field.name());
            String at = path.isEmpty() ? field.name() : path + "." + field.name();
            Object actual = component(components[i], record);
            if (value == null) {
                same(at, absent(field.shape()), actual);
            } else if (isOddDate(field.shape(), value)) {
                same(at, null, actual);
                unknown.put(field.name(), ((Str) value).text());
            } else {
                value(field.shape(), value, actual, at);
            }
        }
        same(path + "{unknownFields}", unknown, component(components[components.length - 1], record));
    }

    private void value(Shape shape, Wire clean, Object actual, String path) {
        if (shape instanceof Shape.Scalar scalar) {
            same(path, scalar(scalar.type(), clean), actual);
        } else if (shape instanceof Shape.ObjectShape object) {
            object(object, (Obj) clean, actual, path, Set.of());
        } else if (shape instanceof Shape.ListShape list) {
            Arr array = (Arr) (list.wrapped() ? ((Obj) clean).get(list.itemKey()) : clean);
            if (!(actual instanceof List<?> items) || items.size() != array.items().size()) {
                problems.add(path + ": expected " + array.items().size() + " items, decoded " + actual);
                return;
            }
            String itemPath = list.wrapped() ? path + "." + list.itemKey() : path;
            for (int i = 0; i < items.size(); i++) {
                value(list.item(), array.items().get(i), items.get(i), itemPath + "[" + i + "]");
            }
        } else {
            Shape.MapShape map = (Shape.MapShape) shape;
            Obj entries = (Obj) clean;
            List<String> keys = entries.members().stream().map(Member::name).toList();
            if (!(actual instanceof Map<?, ?> decoded) || !List.copyOf(decoded.keySet()).equals(keys)) {
                problems.add(path + ": expected the keys " + keys + " in order, decoded " + actual);
                return;
            }
            for (Member entry : entries.members()) {
                value(map.value(), entry.value(), decoded.get(entry.name()), path + "." + entry.name());
            }
        }
    }

    private Object scalar(ScalarType type, Wire clean) {
        return switch (type) {
            case STRING -> ((Str) clean).text().isEmpty() ? null // "" is an empty value, as null is
                    : unescapeHtml ? unescape(((Str) clean).text()) : ((Str) clean).text();
            case INT -> Integer.valueOf(((Num) clean).literal());
            case LONG -> Long.valueOf(((Num) clean).literal());
            case DECIMAL -> new BigDecimal(((Str) clean).text());
            case BOOL -> ((Bool) clean).value();
            case DATE -> LocalDate.parse(((Str) clean).text());
            case DATETIME -> LocalDateTime.parse(((Str) clean).text().replace(' ', 'T'));
            case ANY -> Wire.raw(clean);
        };
    }

    /** WHMCS's escaping undone, written apart from the runtime's: one pass, so "&amp;lt;" gives "&lt;". */
    private static String unescape(String text) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String replacement = switch (name) {
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "lt" -> "<";
                case "gt" -> ">";
                default -> {
                    int code = name.charAt(1) == 'x' || name.charAt(1) == 'X' ? Integer.parseInt(name.substring(2), 16)
                            : Integer.parseInt(name.substring(1));
                    boolean valid = code > 0 && code <= Character.MAX_CODE_POINT
                            && (code < Character.MIN_SURROGATE || code > Character.MAX_SURROGATE);
                    yield valid ? new String(Character.toChars(code)) : entity.group();
                }
            };
            entity.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        entity.appendTail(out);
        return out.toString();
    }

    private static boolean isOddDate(Shape shape, Wire value) {
        return shape instanceof Shape.Scalar scalar
                && (scalar.type() == ScalarType.DATE || scalar.type() == ScalarType.DATETIME)
                && CleanResponses.ODD_DATES.contains(((Str) value).text());
    }

    private static Object absent(Shape shape) {
        if (shape instanceof Shape.ListShape) {
            return List.of();
        } else if (shape instanceof Shape.MapShape) {
            return Map.of();
        }
        return null;
    }

    private void same(String path, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            problems.add(path + ": expected " + expected + ", decoded " + actual);
        }
    }

    private static Object component(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
