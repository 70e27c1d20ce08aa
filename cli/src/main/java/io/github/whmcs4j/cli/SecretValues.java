package io.github.whmcs4j.cli;

import io.github.whmcs4j.spec.LoadedSpecs;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The secrets of one run (credential options, sensitive parameters, and the credential environment
 * variables), so that no message the tool prints can show them, even one that quotes the command
 * line back (picocli's "Unmatched arguments …").
 */
final class SecretValues {
    private final Set<String> values = new LinkedHashSet<>();

    SecretValues(String[] args, LoadedSpecs specs) {
        Set<String> options = new HashSet<>(List.of("--secret", "--password", "--access-key"));
        specs.commands().forEach(command -> command.params().stream().filter(param -> param.sensitive())
                .forEach(param -> options.add(CommandOptions.optionName(param))));
        for (int i = 0; i < args.length; i++) {
            int equals = args[i].indexOf('=');
            if (equals > 0 && options.contains(args[i].substring(0, equals))) {
                add(args[i].substring(equals + 1));
            } else if (options.contains(args[i]) && i + 1 < args.length) {
                add(args[i + 1]);
            }
        }
        add(System.getenv("WHMCS_SECRET"));
        add(System.getenv("WHMCS_ACCESS_KEY"));
    }

    private void add(String value) {
        if (value != null && !value.isBlank()) {
            values.add(value);
        }
    }

    /** {@code text} with every secret replaced by {@code ***}. */
    String redact(String text) {
        String redacted = text;
        for (String value : values) {
            redacted = redacted.replace(value, "***");
        }
        return redacted;
    }
}
