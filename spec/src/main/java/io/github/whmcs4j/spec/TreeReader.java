package io.github.whmcs4j.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.whmcs4j.spec.model.SourceLocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML or JSON into a {@link Node} tree, keeping the line and column of every key and value
 * and reporting keys given twice in one mapping (which YAML parsers otherwise let the last win).
 */
final class TreeReader {
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonFactory JSON = new JsonFactory();

    private final String file;
    private final List<SpecProblem> problems;

    TreeReader(String file, List<SpecProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The document's root, or {@code null} (with a problem reported) when it cannot be parsed. */
    Node read(String content) {
        boolean json = file.endsWith(".json");
        try (JsonParser parser = json ? JSON.createParser(content) : YAML.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Node.Mapping(List.of(), new SourceLocation(file, 1, 1));
            }
            return readValue(parser);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            SourceLocation location = at == null ? new SourceLocation(file, 1, 1) : locate(at);
            problems.add(SpecProblem.at(location, Diagnostic.SYNTAX, json ? "JSON" : "YAML", firstLine(e.getOriginalMessage())));
            return null;
        } catch (IOException e) {
            problems.add(SpecProblem.at(new SourceLocation(file, 1, 1), Diagnostic.SYNTAX, "text", e.getMessage()));
            return null;
        }
    }

    private Node readValue(JsonParser parser) throws IOException {
        SourceLocation location = locate(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            List<Node.Entry> entries = new ArrayList<>();
            Map<String, Integer> firstLines = new HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                SourceLocation keyLocation = locate(parser.currentTokenLocation());
                parser.nextToken();
                Node value = readValue(parser);
                Integer firstLine = firstLines.putIfAbsent(key, keyLocation.line());
                if (firstLine != null) {
                    problems.add(SpecProblem.at(keyLocation, Diagnostic.DUPLICATE_KEY, key, "mapping", firstLine));
                } else {
                    entries.add(new Node.Entry(key, keyLocation, value));
                }
            }
            return new Node.Mapping(entries, location);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(readValue(parser));
            }
            return new Node.Sequence(items, location);
        }
        return new Node.Scalar(token == JsonToken.VALUE_NULL ? null : parser.getText(), location);
    }

    private SourceLocation locate(JsonLocation location) {
        return new SourceLocation(file, Math.max(location.getLineNr(), 1), Math.max(location.getColumnNr(), 1));
    }

    /** The parser's explanation without the source excerpt and position lines it adds. */
    private static String firstLine(String message) {
        return String.valueOf(message).lines()
                .filter(line -> !line.isBlank() && !line.startsWith(" ") && !line.contains(" line "))
                .map(String::trim)
                .collect(java.util.stream.Collectors.joining("; "));
    }
}
