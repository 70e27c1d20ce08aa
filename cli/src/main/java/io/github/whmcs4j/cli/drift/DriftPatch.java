package io.github.whmcs4j.cli.drift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.whmcs4j.spec.model.CommandSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The YAML fragment that adds what drift found, in the spec format: one document per category,
 * {@code category} and {@code commands}, each drifted command with only the {@code response} keys
 * to add or retype. Merged key by key into the spec (as {@code drift --spec} does), it describes
 * everything that was seen.
 */
final class DriftPatch {
    private DriftPatch() {
    }

    static String yaml(String version, List<Findings> all, Map<String, CommandSpec> commands) {
        Map<String, ObjectNode> byCategory = new LinkedHashMap<>();
        for (Findings findings : all) {
            if (!findings.drifted()) {
                continue;
            }
            CommandSpec command = commands.get(findings.command);
            ObjectNode document = byCategory.computeIfAbsent(command.category(), category -> {
                ObjectNode root = SpecYaml.MAPPER.createObjectNode();
                root.put("category", category);
                root.putObject("commands");
                return root;
            });
            ObjectNode response = document.withObjectProperty("commands").withObjectProperty(command.name()).withObjectProperty("response");
            findings.unknown.values().forEach(unknown -> put(response, unknown.specPath(),
                    SpecYaml.MAPPER.valueToTree(Inference.field(last(unknown.specPath()), unknown.inferred()))));
            findings.mismatches.values().forEach(mismatch -> put(response, mismatch.specPath(),
                    SpecYaml.MAPPER.getNodeFactory().textNode(mismatch.proposed().specName())));
        }
        StringBuilder yaml = new StringBuilder("# What WHMCS").append(version == null ? "" : " " + version)
                .append(" sent that the whmcs4j spec does not describe, found by whmcs4j-cli drift.\n")
                .append("# Merge each command's keys into its spec file, or pass this file to drift --spec.\n");
        byCategory.values().forEach(document -> yaml.append("---\n").append(SpecYaml.write(document)));
        return yaml.toString();
    }

    private static void put(ObjectNode response, List<String> specPath, JsonNode value) {
        ObjectNode parent = response;
        for (String key : specPath.subList(0, specPath.size() - 1)) {
            parent = parent.withObjectProperty(key);
        }
        parent.set(last(specPath), value);
    }

    private static String last(List<String> path) {
        return path.get(path.size() - 1);
    }
}
