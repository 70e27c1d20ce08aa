package io.github.whmcs4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints a typed answer: as indented JSON, or as a table. A table shows the answer's main list (the
 * paginated one, else the first) one row per item and one column per scalar field, with the other
 * scalar fields as {@code name: value} lines above it; an answer without a list is one
 * {@code field | value} row per scalar, nested objects flattened to dotted names.
 */
final class Output {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Output() {
    }

    static void print(PrintWriter out, String format, JsonNode answer, String mainList) {
        if (format.equals("table")) {
            table(out, answer, mainList);
        } else {
            try {
                out.println(JSON.writeValueAsString(answer));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        out.flush();
    }

    private static void table(PrintWriter out, JsonNode answer, String mainList) {
        String list = mainList != null && answer.path(mainList).isArray() ? mainList : firstList(answer);
        if (list == null) {
            List<List<String>> rows = new ArrayList<>();
            flatten("", answer, rows);
            print(out, List.of("field", "value"), rows);
            return;
        }
        answer.properties().forEach(field -> {
            if (field.getValue().isValueNode()) {
                out.println(field.getKey() + ": " + text(field.getValue()));
            }
        });
        Set<String> columns = new LinkedHashSet<>();
        answer.get(list).forEach(item -> item.properties().forEach(field -> {
            if (field.getValue().isValueNode()) {
                columns.add(field.getKey());
            }
        }));
        List<List<String>> rows = new ArrayList<>();
        answer.get(list).forEach(item -> rows.add(columns.stream().map(column -> text(item.path(column))).toList()));
        print(out, List.copyOf(columns), rows);
    }

    private static String firstList(JsonNode answer) {
        for (Map.Entry<String, JsonNode> field : answer.properties()) {
            if (field.getValue().isArray() && field.getValue().size() > 0 && field.getValue().get(0).isObject()) {
                return field.getKey();
            }
        }
        return null;
    }

    private static void flatten(String prefix, JsonNode node, List<List<String>> rows) {
        node.properties().forEach(field -> {
            String name = prefix + field.getKey();
            if (field.getValue().isObject()) {
                flatten(name + ".", field.getValue(), rows);
            } else {
                rows.add(List.of(name, field.getValue().isValueNode() ? text(field.getValue()) : field.getValue().toString()));
            }
        });
    }

    private static String text(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static void print(PrintWriter out, List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        for (int column = 0; column < header.size(); column++) {
            widths[column] = header.get(column).length();
            for (List<String> row : rows) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        out.println(line(header, widths));
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        out.println(line(rule, widths).replace(' ', '-').replace("-|-", "-+-"));
        rows.forEach(row -> out.println(line(row, widths)));
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < cells.size(); column++) {
            if (column > 0) {
                line.append(" | ");
            }
            line.append(cells.get(column)).append(" ".repeat(widths[column] - cells.get(column).length()));
        }
        return line.toString().stripTrailing();
    }
}
