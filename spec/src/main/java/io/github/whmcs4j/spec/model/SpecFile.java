package io.github.whmcs4j.spec.model;

import java.util.List;

/**
 * One spec file: the commands of one category.
 *
 * @param source the file as it was named
 * @param category the category, which becomes a facade ({@code Clients} → {@code ClientsApi})
 * @param description what the category covers
 * @param commands its commands in file order
 */
public record SpecFile(String source, String category, String description, List<CommandSpec> commands) {
    public SpecFile {
        commands = List.copyOf(commands);
    }
}
