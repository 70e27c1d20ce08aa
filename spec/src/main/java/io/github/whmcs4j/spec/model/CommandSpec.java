package io.github.whmcs4j.spec.model;

import java.util.List;

/**
 * One WHMCS API command.
 *
 * @param name the action name, exactly as {@code action=} takes it
 * @param javaName the Java base name for its classes instead of {@code name}, or {@code null}
 * @param category the facade it belongs to, from its spec file
 * @param description a short description in our words
 * @param readOnly whether it only reads, so it is safe to retry
 * @param paginatedItems the response list that pages through {@code limitstart}/{@code limitnum}, or {@code null}
 * @param envelope how the response reports success: {@code result}, {@code status} or {@code none}
 * @param since the WHMCS version that added it, or {@code null}
 * @param deprecated the WHMCS version that deprecated it ({@code ""} when unknown), or {@code null}
 * @param params request parameters in spec order
 * @param response the response's fields (envelope fields excluded)
 * @param location where it is declared
 */
public record CommandSpec(String name, String javaName, String category, String description, boolean readOnly,
                          String paginatedItems, String envelope, String since, String deprecated,
                          List<ParamSpec> params, Shape.ObjectShape response, SourceLocation location) {
    public CommandSpec {
        params = List.copyOf(params);
    }

    public boolean isDeprecated() {
        return deprecated != null;
    }

    /**
     * Whether {@code other} defines this command the same way (same parameters and response, wherever
     * each was written), so that two specs giving it may be merged.
     */
    public boolean sameDefinitionAs(CommandSpec other) {
        return withoutLocations().equals(other.withoutLocations());
    }

    private CommandSpec withoutLocations() {
        return new CommandSpec(name, javaName, category, description, readOnly, paginatedItems, envelope, since,
                deprecated, params.stream().map(ParamSpec::withoutLocation).toList(),
                (Shape.ObjectShape) Shape.withoutLocations(response), null);
    }
}
