package io.github.whmcs4j.cli;

import io.github.whmcs4j.runtime.RawRequest;
import io.github.whmcs4j.runtime.codec.PhpSerializer;
import io.github.whmcs4j.spec.ScalarText;
import io.github.whmcs4j.spec.model.ParamEncoding;
import io.github.whmcs4j.spec.model.ParamKind;
import io.github.whmcs4j.spec.model.ParamSpec;
import io.github.whmcs4j.spec.model.ScalarType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks option values against their parameter's spec (type, closed set of values) and adds them to a
 * raw request in the wire form the spec gives: booleans as {@code 1}/{@code 0}, comma-separated
 * arrays joined, PHP-serialized maps as base64 of {@code serialize()}, secrets as secret parameters.
 */
final class ParameterValues {
    private ParameterValues() {
    }

    static void add(RawRequest.Builder request, ParamSpec param, Object value) {
        if (param.kind() == ParamKind.NUMBERED_GROUP) {
            addGroup(request, param, strings(value));
            return;
        }
        Object wire = switch (param.kind()) {
            case SCALAR -> scalar(param, (String) value);
            case ARRAY -> array(param, strings(value));
            case MAP -> map(param, stringMap(value));
            case PHP_SERIALIZED -> PhpSerializer.serializeToBase64(stringMap(value));
            case PHP_SERIALIZED_ARRAY -> strings(value).stream().map(ParameterValues::pairs)
                    .map(PhpSerializer::serializeToBase64).toList();
            case BASE64_JSON -> Base64.getEncoder().encodeToString(((String) value).getBytes(StandardCharsets.UTF_8));
            case NUMBERED_GROUP -> throw new IllegalStateException("numbered groups are added by addGroup");
        };
        put(request, param, param.name(), wire);
    }

    private static void put(RawRequest.Builder request, ParamSpec param, String name, Object wire) {
        if (wire == null) {
            return;
        }
        if (param.sensitive()) {
            request.secretParam(name, wire);
        } else {
            request.param(name, wire);
        }
    }

    /** Element N of a numbered group ({@code member=value,…}) goes as each member's name followed by N. */
    private static void addGroup(RawRequest.Builder request, ParamSpec group, List<String> elements) {
        int number = 0;
        for (String element : elements) {
            number++;
            Map<String, String> values = pairs(element);
            for (String key : values.keySet()) {
                if (group.members().stream().noneMatch(member -> member.name().equals(key))) {
                    throw new UsageException(CommandOptions.optionName(group) + ": \"" + key + "\" is not one of "
                            + String.join(", ", group.members().stream().map(ParamSpec::name).toList()));
                }
            }
            for (ParamSpec member : group.members()) {
                String text = values.get(member.name());
                if (text == null) {
                    if (member.required()) {
                        throw new UsageException(CommandOptions.optionName(group) + ": element " + number
                                + " has no " + member.name());
                    }
                    continue;
                }
                put(request, member, member.name() + number, scalar(member, text));
            }
        }
    }

    private static Object scalar(ParamSpec param, String text) {
        Object value = checked(param, text);
        if (param.encoding() == ParamEncoding.PRESENCE && Boolean.FALSE.equals(value)) {
            return null;
        }
        return value;
    }

    private static Object array(ParamSpec param, List<String> values) {
        List<Object> checked = new ArrayList<>();
        values.forEach(value -> checked.add(checked(param, value)));
        if (param.encoding() == ParamEncoding.CSV) {
            return String.join(",", checked.stream().map(String::valueOf).toList());
        }
        return checked;
    }

    private static Map<String, Object> map(ParamSpec param, Map<String, String> values) {
        Map<String, Object> checked = new LinkedHashMap<>();
        values.forEach((key, value) -> checked.put(key, checked(param, value)));
        return checked;
    }

    /** The value as it goes into the request: a {@code Boolean} for a flag, else the text. */
    private static Object checked(ParamSpec param, String text) {
        String option = CommandOptions.optionName(param);
        if (!ScalarText.fits(param.type(), text)) {
            throw new UsageException(option + ": \"" + (param.sensitive() ? "***" : text) + "\" is not a "
                    + param.type().specName());
        }
        if (!param.enumValues().isEmpty() && !param.enumValues().contains(text)) {
            throw new UsageException(option + ": \"" + text + "\" is not one of " + String.join(", ", param.enumValues()));
        }
        if (param.type() == ScalarType.BOOL) {
            return ScalarText.isTrue(text);
        }
        return text;
    }

    private static Map<String, String> pairs(String text) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            int equals = pair.indexOf('=');
            if (equals < 1) {
                throw new UsageException("\"" + pair + "\" is not key=value");
            }
            pairs.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return pairs;
    }

    private static List<String> strings(Object value) {
        List<String> strings = new ArrayList<>();
        ((List<?>) value).forEach(item -> strings.add(String.valueOf(item)));
        return strings;
    }

    private static Map<String, String> stringMap(Object value) {
        Map<String, String> map = new LinkedHashMap<>();
        ((Map<?, ?>) value).forEach((key, item) -> map.put(String.valueOf(key), String.valueOf(item)));
        return map;
    }
}
