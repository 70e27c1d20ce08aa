package io.github.whmcs4j.cli;

import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.spec.model.ParamKind;
import io.github.whmcs4j.spec.model.ParamSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The picocli options of one WHMCS command, one per spec parameter: {@code --clientid 42}; an array
 * repeats its option ({@code --pid 1 --pid 2}); a map or PHP-serialized parameter takes
 * {@code key=value} and repeats ({@code --customfields 7=blue}); a list of serialized maps takes one
 * {@code key=value,key=value} per element, and so does a numbered group, keyed by its members' wire
 * names ({@code --item itemdescription=Hosting,itemamount=10.00}); a base64-JSON parameter takes JSON text.
 */
final class CommandOptions {
    /** Option names the tool uses itself; a WHMCS parameter of the same name is spelled {@code --param-NAME}. */
    static final Set<String> RESERVED = Set.of("endpoint", "identifier", "secret", "username", "password",
            "access-key", "format", "allow-plain-http", "verbose", "output", "all-pages", "read-only", "help",
            "version");

    private CommandOptions() {
    }

    static String optionName(ParamSpec param) {
        return RESERVED.contains(param.name()) ? "--param-" + param.name() : "--" + param.name();
    }

    static OptionSpec option(ParamSpec param) {
        OptionSpec.Builder option = OptionSpec.builder(optionName(param))
                .required(param.required())
                .description(description(param))
                .paramLabel(label(param));
        switch (param.kind()) {
            case SCALAR, BASE64_JSON -> option.type(String.class);
            case ARRAY, PHP_SERIALIZED_ARRAY, NUMBERED_GROUP -> option.type(List.class).auxiliaryTypes(String.class);
            case MAP, PHP_SERIALIZED -> option.type(Map.class).auxiliaryTypes(String.class, String.class);
        }
        return option.build();
    }

    private static String label(ParamSpec param) {
        return switch (param.kind()) {
            case SCALAR, ARRAY -> "<" + param.type().specName() + ">";
            case MAP, PHP_SERIALIZED -> "<key=" + param.type().specName() + ">";
            case PHP_SERIALIZED_ARRAY -> "<key=value,…>";
            case NUMBERED_GROUP -> "<" + String.join(",", param.members().stream()
                    .map(member -> member.name() + "=" + member.type().specName()).toList()) + ">";
            case BASE64_JSON -> "<json>";
        };
    }

    private static String description(ParamSpec param) {
        StringBuilder text = new StringBuilder(param.description() == null ? "" : param.description());
        if (!param.enumValues().isEmpty()) {
            text.append(text.length() > 0 ? " " : "").append("One of: ").append(String.join(", ", param.enumValues())).append('.');
        }
        if (param.kind() == ParamKind.NUMBERED_GROUP) {
            text.append(text.length() > 0 ? " " : "").append("Members: ").append(String.join(", ", param.members()
                    .stream().map(member -> member.name() + (member.required() ? " (required)" : "")).toList()))
                    .append("; element N is sent as each member's name followed by N.");
        }
        if (param.kind() == ParamKind.ARRAY || param.kind() == ParamKind.PHP_SERIALIZED_ARRAY
                || param.kind() == ParamKind.NUMBERED_GROUP) {
            text.append(text.length() > 0 ? " " : "").append("Repeat for more.");
        }
        if (param.isDeprecated()) {
            text.append(text.length() > 0 ? " " : "").append("Deprecated by WHMCS.");
        }
        return text.toString();
    }

    /** A command's one-line summary for listings and help. */
    static String summary(CommandSpec command) {
        return command.description() + (command.readOnly() ? " [read-only]" : "")
                + (command.paginatedItems() != null ? " [paginated]" : "");
    }
}
