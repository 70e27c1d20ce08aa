package io.github.whmcs4j.benchmarks.generation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Spec files of any number of commands, the same for the same seed, in the shapes of the bundled
 * spec: 40 commands per category file; parameters of every kind (required ids, enums, arrays, maps,
 * PHP-serialized maps, dates); responses with scalar fields, a nested object, a wrapped list of
 * records with an enum field, a bare list of values, a map of records; a quarter of the commands
 * paginated. Descriptions hold the characters Javadoc must escape now and then.
 */
final class SyntheticSpec {
    static final int COMMANDS_PER_FILE = 40;

    private static final String[] NOUNS = {"Widget", "Ledger", "Ticket", "Invoice", "Domain", "Server", "Quote",
        "Contact", "Order", "Product", "Addon", "Project", "Task", "Note", "Credit", "Payment"};
    private static final String[] VERBS = {"Get", "Add", "Update", "Delete", "Accept", "Send", "Move", "Close"};
    private static final String[] WORDS = {"the", "client", "account", "of", "value", "when", "each", "list",
        "amount", "date", "status", "WHMCS", "sends", "reads", "id", "name", "text", "order", "currency", "in"};
    private static final String[] SCALARS = {"string", "string", "string", "long", "int", "decimal", "bool", "date",
        "datetime"};

    private final Random random;

    private SyntheticSpec(long seed) {
        this.random = new Random(seed);
    }

    /** Writes the files of {@code commands} commands under {@code directory}; their resource paths, relative to it. */
    static List<String> write(Path directory, String folder, int commands, long seed) throws IOException {
        SyntheticSpec spec = new SyntheticSpec(seed);
        List<String> paths = new ArrayList<>();
        Files.createDirectories(directory.resolve(folder));
        for (int first = 0, file = 1; first < commands; first += COMMANDS_PER_FILE, file++) {
            String path = folder + "/category" + String.format("%03d", file) + ".yaml";
            int count = Math.min(COMMANDS_PER_FILE, commands - first);
            Files.writeString(directory.resolve(path), spec.file(file, first, count), StandardCharsets.UTF_8);
            paths.add(path);
        }
        return paths;
    }

    private String file(int number, int first, int count) {
        StringBuilder yaml = new StringBuilder()
                .append("category: Category ").append(number).append('\n')
                .append("description: ").append(quoted(sentence())).append('\n')
                .append("commands:\n");
        for (int i = first; i < first + count; i++) {
            command(yaml, i);
        }
        return yaml.toString();
    }

    private void command(StringBuilder yaml, int index) {
        String noun = pick(NOUNS);
        boolean paginated = index % 4 == 0;
        String name = (paginated ? "Get" : pick(VERBS)) + noun + "s" + index;
        yaml.append("  ").append(name).append(":\n")
                .append("    description: ").append(quoted(sentence())).append('\n');
        if (paginated || random.nextBoolean()) {
            yaml.append("    readOnly: true\n");
        }
        if (paginated) {
            yaml.append("    paginated: { items: items }\n");
        }
        if (random.nextInt(10) == 0) {
            yaml.append("    deprecated: \"8.").append(random.nextInt(10)).append("\"\n");
        }
        yaml.append("    params:\n");
        if (paginated) {
            yaml.append("      limitstart: { type: int, description: \"Offset of the first row.\" }\n")
                    .append("      limitnum: { type: int, description: \"Rows per page.\" }\n");
        }
        param(yaml, "id", "{ type: long, required: true, description: " + quoted(sentence()) + " }");
        int params = 2 + random.nextInt(8);
        for (int p = 0; p < params; p++) {
            String paramName = word() + p;
            switch (random.nextInt(10)) {
                case 0 -> param(yaml, paramName, "{ type: string, enum: [Active, Inactive, Payment Pending, \"on-hold\"],"
                        + " description: " + quoted(sentence()) + " }");
                case 1 -> param(yaml, paramName, "\"long[]\"");
                case 2 -> param(yaml, paramName, "\"map<int>\"");
                case 3 -> param(yaml, paramName, "phpserialized");
                case 4 -> param(yaml, paramName, "{ type: string, sensitive: true }");
                default -> param(yaml, paramName, "{ type: " + pick(SCALARS) + ", since: \"7." + random.nextInt(10)
                        + "\", description: " + quoted(sentence()) + " }");
            }
        }
        yaml.append("    response:\n");
        if (paginated) {
            yaml.append("      totalresults: int\n      startnumber: int\n      numreturned: int\n");
        }
        int scalars = 3 + random.nextInt(8);
        for (int f = 0; f < scalars; f++) {
            field(yaml, "      ", word() + f);
        }
        yaml.append("      detail:\n        fields:\n");
        for (int f = 0; f < 3 + random.nextInt(4); f++) {
            field(yaml, "          ", word() + f);
        }
        yaml.append("      items:\n        list: item\n        description: ").append(quoted(sentence()))
                .append("\n        fields:\n")
                .append("          id: { type: long, description: \"Id of the item.\" }\n")
                .append("          status: { type: string, enum: [Active, Suspended, Terminated], description: ")
                .append(quoted(sentence())).append(" }\n");
        for (int f = 0; f < 3 + random.nextInt(8); f++) {
            field(yaml, "          ", word() + f);
        }
        if (random.nextBoolean()) {
            yaml.append("      tags: { list: bare, of: string }\n");
        }
        if (random.nextInt(4) == 0) {
            yaml.append("      pricing:\n        map:\n          fields:\n")
                    .append("            register: { map: decimal }\n            renew: decimal\n");
        }
    }

    private static void param(StringBuilder yaml, String name, String definition) {
        yaml.append("      ").append(name).append(": ").append(definition).append('\n');
    }

    private void field(StringBuilder yaml, String indent, String name) {
        yaml.append(indent).append(name).append(": { type: ").append(pick(SCALARS)).append(", description: ")
                .append(quoted(sentence())).append(" }\n");
    }

    private String sentence() {
        StringBuilder text = new StringBuilder(pick(WORDS));
        text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
        for (int i = 0; i < 5 + random.nextInt(10); i++) {
            text.append(' ').append(pick(WORDS));
        }
        if (random.nextInt(8) == 0) {
            text.append(" (<b>0 & up</b>, {none})");
        }
        return text.append('.').toString();
    }

    private String word() {
        String[] names = {"clientid", "email", "status", "amount", "date", "notes", "gateway", "currency", "total",
            "domain", "serviceid", "description", "class", "first-name", "2fa"};
        return pick(names);
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
