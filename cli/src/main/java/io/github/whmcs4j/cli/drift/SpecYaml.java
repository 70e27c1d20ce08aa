package io.github.whmcs4j.cli.drift;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.whmcs4j.cli.UsageException;
import io.github.whmcs4j.spec.BundledSpecs;
import io.github.whmcs4j.spec.LoadedSpecs;
import io.github.whmcs4j.spec.SpecLoader;
import io.github.whmcs4j.spec.SpecSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The spec drift compares with: the bundled spec, with the user's files merged into it key by key.
 * A command a file names that the spec has already is extended or retyped (so a drift patch, or a
 * user's own version of a command, applies as it is); other commands are added to the file of their
 * category, or come as a new file. A file may hold several YAML documents.
 */
final class SpecYaml {
    static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build();

    private SpecYaml() {
    }

    static String write(JsonNode document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bundled spec with {@code files} merged in; a problem in the result is a usage error. */
    static LoadedSpecs load(List<Path> files) {
        List<SpecSource> bundled = BundledSpecs.sources();
        if (files.isEmpty()) {
            return BundledSpecs.load();
        }
        List<String> names = new ArrayList<>();
        List<ObjectNode> documents = new ArrayList<>();
        for (SpecSource source : bundled) {
            names.add(source.name());
            documents.add((ObjectNode) read(source.content(), source.name()).get(0));
        }
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file);
            } catch (IOException e) {
                throw new UsageException("cannot read spec file " + file + ": " + e.getMessage());
            }
            for (JsonNode document : read(text, file.toString())) {
                if (document instanceof ObjectNode patch) {
                    mergeFile(patch, file.toString(), names, documents);
                }
            }
        }
        List<SpecSource> merged = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            merged.add(new SpecSource(names.get(i), write(documents.get(i))));
        }
        LoadedSpecs specs = SpecLoader.load(merged);
        if (!specs.isSound()) {
            throw new UsageException("the spec with " + files + " merged in has problems: " + specs.problems().get(0));
        }
        return specs;
    }

    private static List<JsonNode> read(String text, String name) {
        try (MappingIterator<JsonNode> documents = MAPPER.readerFor(JsonNode.class).readValues(text)) {
            return documents.readAll();
        } catch (IOException e) {
            throw new UsageException("spec file " + name + " is not YAML: " + e.getMessage().split("\\R")[0]);
        }
    }

    private static void mergeFile(ObjectNode patch, String name, List<String> names, List<ObjectNode> documents) {
        JsonNode commands = patch.path("commands");
        ObjectNode leftOver = patch.deepCopy();
        ObjectNode leftOverCommands = leftOver.withObjectProperty("commands");
        for (Map.Entry<String, JsonNode> command : commands.properties()) {
            ObjectNode home = commandHome(command.getKey(), documents);
            if (home == null) {
                home = categoryHome(patch.path("category").asText(), documents);
            }
            if (home != null) {
                ObjectNode existing = home.withObjectProperty(existingName(home, command.getKey()));
                merge(existing, command.getValue());
                leftOverCommands.remove(command.getKey());
            }
        }
        if (!leftOverCommands.isEmpty()) {
            names.add(name);
            documents.add(leftOver);
        }
    }

    /** The file's commands mapping that has {@code command} (WHMCS compares action names without case). */
    private static ObjectNode commandHome(String command, List<ObjectNode> documents) {
        for (ObjectNode document : documents) {
            ObjectNode commands = document.withObjectProperty("commands");
            if (commands.has(existingName(commands, command))) {
                return commands;
            }
        }
        return null;
    }

    private static ObjectNode categoryHome(String category, List<ObjectNode> documents) {
        return documents.stream().filter(document -> document.path("category").asText().equals(category)).findFirst()
                .map(document -> document.withObjectProperty("commands")).orElse(null);
    }

    private static String existingName(ObjectNode commands, String command) {
        for (Map.Entry<String, JsonNode> entry : commands.properties()) {
            String name = entry.getKey();
            if (name.toLowerCase(Locale.ROOT).equals(command.toLowerCase(Locale.ROOT))) {
                return name;
            }
        }
        return command;
    }

    /**
     * Merges {@code patch} into {@code target}: mappings key by key; a type name over a field written
     * as a mapping sets its {@code type}; anything else replaces.
     */
    static void merge(ObjectNode target, JsonNode patch) {
        for (Map.Entry<String, JsonNode> entry : patch.properties()) {
            JsonNode existing = target.get(entry.getKey());
            JsonNode value = entry.getValue();
            if (existing instanceof ObjectNode object && value instanceof ObjectNode) {
                merge(object, value);
            } else if (existing instanceof ObjectNode object && value.isTextual() && object.has("type")) {
                object.set("type", value);
            } else if (existing instanceof TextNode shorthand && value instanceof ObjectNode mapping && !mapping.has("type")
                    && !mapping.has("fields") && !mapping.has("list") && !mapping.has("map")) {
                ObjectNode expanded = target.putObject(entry.getKey());
                expanded.set("type", shorthand);
                merge(expanded, mapping);
            } else {
                target.set(entry.getKey(), value);
            }
        }
    }
}
