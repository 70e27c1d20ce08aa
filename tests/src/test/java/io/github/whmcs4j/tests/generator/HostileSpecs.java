package io.github.whmcs4j.tests.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random legal specs drawn from names Java does not take as they are: keywords, the generated code's
 * own members and locals, names that differ only by case or separator, digits first, JDK type names;
 * odd enum values; objects nested in lists of lists and maps. The same seed gives the same specs.
 */
final class HostileSpecs {
    static final List<String> NAMES = List.of(
            "class", "default", "int", "new", "for", "package", "static", "this", "true", "null", "var", "yield",
            "record", "enum", "builder", "build", "toBuilder", "command", "COMMAND", "apiRequest", "writeParameters",
            "equals", "hashCode", "toString", "getClass", "wait", "notify", "clone", "finalize", "unknownFields", "form",
            "other", "that", "missing", "number", "element", "in", "inValue", "in_", "field", "fieldName",
            "unknown", "item", "item2", "listField", "response", "key", "value", "api", "clientid", "clientId",
            "client_id", "client-id", "CLIENTID", "Client_Id", "1st", "2fa", "_", "__", "a-b", "a_b", "A_B", "String",
            "List", "Map", "Object", "Builder", "Item", "addA_b", "putMap", "map", "list");
    static final List<String> ENUM_VALUES = List.of("", "1st", "a-b", "*", "Active", "ACTIVE", "active", "-",
            "x y", "ü", "Payment Pending", "payment_pending");
    static final List<String> CATEGORIES = List.of("Things", "Project Management", "class", "Raw", "api", "2fa Tools",
            "a-b");
    private static final List<String> SCALARS = List.of("string", "int", "long", "decimal", "bool", "date",
            "datetime");

    private final Random random;

    HostileSpecs(long seed) {
        this.random = new Random(seed);
    }

    /** One spec: one to three commands, with parameters and a response from the hostile names. */
    String next() {
        StringBuilder yaml = new StringBuilder("category: ").append(quote(pick(CATEGORIES))).append('\n')
                .append("description: A random spec of hostile names.\ncommands:\n");
        int commands = 1 + random.nextInt(3);
        for (int i = 1; i <= commands; i++) {
            yaml.append("  ").append(quote(pick(NAMES) + "_Cmd" + i)).append(":\n")
                    .append("    description: A command of hostile names.\n");
            if (random.nextBoolean()) {
                yaml.append("    readOnly: true\n");
            }
            params(yaml);
            yaml.append("    response:\n");
            fields(yaml, "      ", 0);
        }
        return yaml.toString();
    }

    private void params(StringBuilder yaml) {
        Set<String> sent = new LinkedHashSet<>();
        List<String> lines = new ArrayList<>();
        for (String name : distinct(random.nextInt(7))) {
            if (!sent.add(name)) {
                continue; // a group member already sends it
            }
            String required = random.nextInt(4) == 0 ? ", required: true" : "";
            String line = switch (random.nextInt(7)) {
                case 0 -> "{ type: string, enum: [" + String.join(", ", distinctEnumValues()) + "]" + required + " }";
                case 1 -> "{ type: \"" + pick(SCALARS) + "[]\"" + required + " }";
                case 2 -> "{ type: \"long[]\", encoding: csv }";
                case 3 -> "{ type: \"map<" + pick(SCALARS) + ">\" }";
                case 4 -> "{ type: bool, encoding: presence }";
                case 5 -> group(sent);
                default -> "{ type: " + pick(SCALARS) + required + " }";
            };
            if (line != null) {
                lines.add("      " + quote(name) + ": " + line);
            }
        }
        if (!lines.isEmpty()) {
            yaml.append("    params:\n");
            lines.forEach(line -> yaml.append(line).append('\n'));
        }
    }

    /** A numbered group whose members, sent as {@code member1}, …, meet no other parameter. */
    private String group(Set<String> sent) {
        List<String> members = new ArrayList<>();
        for (String member : distinct(1 + random.nextInt(3))) {
            if (!member.matches(".*\\d") && sent.add(member + "1") && sent.add(member + "2")) {
                members.add(quote(member) + ": { type: " + pick(SCALARS)
                        + (random.nextBoolean() ? ", required: true" : "") + " }");
            }
        }
        return members.isEmpty() ? null : "{ numbered: { " + String.join(", ", members) + " } }";
    }

    private void fields(StringBuilder yaml, String indent, int depth) {
        List<String> names = distinct(depth == 0 ? random.nextInt(6) : 1 + random.nextInt(3));
        if (names.isEmpty()) {
            yaml.append(indent).append("\"ok\": bool\n");
        }
        for (String name : names) {
            yaml.append(indent).append(quote(name)).append(": ");
            shape(yaml, indent, depth);
        }
    }

    /** A field's shape, after its name: a scalar, an object, a list (of lists) or a map. */
    private void shape(StringBuilder yaml, String indent, int depth) {
        int kind = depth >= 3 ? 0 : random.nextInt(5);
        switch (kind) {
            case 1 -> {
                yaml.append("\n").append(indent).append("  fields:\n");
                fields(yaml, indent + "    ", depth + 1);
            }
            case 2 -> {
                String key = random.nextBoolean() ? "bare" : quote(pick(NAMES));
                yaml.append("\n").append(indent).append("  list: ").append(key).append('\n');
                if (random.nextBoolean()) {
                    yaml.append(indent).append("  fields:\n");
                    fields(yaml, indent + "    ", depth + 1);
                } else {
                    yaml.append(indent).append("  of: ");
                    shape(yaml, indent + "  ", depth + 1);
                }
            }
            case 3 -> {
                yaml.append("\n").append(indent).append("  map: ");
                shape(yaml, indent + "  ", depth + 1);
            }
            default -> yaml.append(pick(SCALARS)).append('\n');
        }
    }

    private List<String> distinct(int count) {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            names.add(pick(NAMES));
        }
        return new ArrayList<>(names);
    }

    private List<String> distinctEnumValues() {
        Set<String> values = new LinkedHashSet<>();
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            values.add(quote(pick(ENUM_VALUES)));
        }
        return new ArrayList<>(values);
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
