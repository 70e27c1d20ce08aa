package io.github.whmcs4j.tests.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.spec.model.FieldSpec;
import io.github.whmcs4j.spec.model.ParamKind;
import io.github.whmcs4j.spec.model.ParamSpec;
import io.github.whmcs4j.tests.reference.BundledSpec;
import io.github.whmcs4j.tests.reference.WhmcsReference;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The spec covers the official reference: every documented command in the facade it belongs to,
 * every request parameter with its kind (array or scalar), required flag and deprecation, and every
 * top-level response field. Deliberate differences live in {@code coverage/allowed-differences.txt},
 * one per line with its reason; an allowed difference that no longer occurs fails the test too, so
 * the list stays true.
 */
class SpecCoverageTest {
    private static final Set<String> ENVELOPE = Set.of("result", "message");

    @Test
    void specCoversEveryDocumentedCommandParameterAndResponseField() throws IOException {
        JsonNode reference = WhmcsReference.require().commands();
        Map<String, CommandSpec> spec = BundledSpec.commands();
        List<String> differences = new ArrayList<>();
        for (JsonNode documented : reference) {
            String name = documented.get("name").asText();
            CommandSpec command = spec.get(name);
            if (command == null) {
                differences.add(name + ": command missing");
                continue;
            }
            compareCommand(documented, command, differences);
        }
        Map<String, String> allowed = allowedDifferences();
        List<String> unexplained = differences.stream().filter(d -> !allowed.containsKey(d)).toList();
        List<String> stale = allowed.keySet().stream().filter(d -> !differences.contains(d)).toList();
        assertEquals(List.of(), unexplained, "differences from the reference that are not in the allow-list");
        assertEquals(List.of(), stale, "allow-list entries that no longer occur: remove them");
        assertEquals(reference.size(), spec.size(), "the spec has commands the reference does not know");
    }

    private static void compareCommand(JsonNode documented, CommandSpec command, List<String> differences) {
        String name = command.name();
        String category = documented.get("sdkCategory").asText();
        if (!category.equals(command.category())) {
            differences.add(name + ": in " + command.category() + ", the reference's facade is " + category);
        }
        if (documented.get("deprecated").asBoolean() && !command.isDeprecated()) {
            differences.add(name + ": deprecated in the reference, not in the spec");
        }
        Map<String, ParamSpec> params = new LinkedHashMap<>();
        command.params().forEach(param -> params.put(param.name(), param));
        for (JsonNode param : documented.get("request")) {
            String paramName = param.get("name").asText();
            if (paramName.equals("action")) {
                continue;
            }
            ParamSpec specParam = params.remove(paramName);
            String at = name + " param " + paramName + ": ";
            if (specParam == null) {
                differences.add(at + "missing");
                continue;
            }
            String type = param.get("type").asText();
            boolean documentedArray = type.endsWith("[]") || type.equals("array");
            boolean specArray = specParam.kind() == ParamKind.ARRAY || specParam.kind() == ParamKind.MAP
                    || specParam.kind() == ParamKind.PHP_SERIALIZED_ARRAY;
            if (documentedArray != specArray) {
                differences.add(at + (documentedArray ? "documented as an array (" + type + "), a scalar in the spec"
                        : "documented as a scalar (" + type + "), an array in the spec"));
            }
            if (param.get("required").asBoolean() != specParam.required()) {
                differences.add(at + (specParam.required() ? "optional in the reference, required in the spec"
                        : "required in the reference, optional in the spec"));
            }
            if (param.get("deprecated").asBoolean() && !specParam.isDeprecated()) {
                differences.add(at + "deprecated in the reference, not in the spec");
            }
        }
        params.keySet().forEach(extra -> differences.add(name + " param " + extra + ": not in the reference"));

        Set<String> envelope = command.envelope().equals("status") ? Set.of("result", "message", "status") : ENVELOPE;
        for (JsonNode field : documented.get("response")) {
            String fieldName = field.get("name").asText();
            boolean present = command.response().fields().stream().map(FieldSpec::name).anyMatch(fieldName::equals);
            if (!present && !envelope.contains(fieldName)) {
                differences.add(name + " response " + fieldName + ": missing");
            }
        }
    }

    /** {@code difference | reason} per line; {@code #} starts a comment. */
    private static Map<String, String> allowedDifferences() throws IOException {
        Map<String, String> allowed = new LinkedHashMap<>();
        try (InputStream in = SpecCoverageTest.class.getResourceAsStream("/coverage/allowed-differences.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int bar = line.indexOf(" | ");
                if (bar < 0 || line.substring(bar + 3).isBlank()) {
                    throw new IllegalStateException("allow-list line without a reason: " + line);
                }
                allowed.put(line.substring(0, bar).trim(), line.substring(bar + 3).trim());
            }
        }
        return allowed;
    }
}
