package io.github.whmcs4j.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * One category's facade.
 *
 * @param category the category as the spec writes it
 * @param description what the category covers, possibly blank
 * @param className the facade class
 * @param accessor the client's method (and field) that returns it
 * @param commands its commands in name order
 */
public record FacadeModel(String category, String description, ClassName className, String accessor,
                          List<CommandModel> commands) {
    public FacadeModel {
        commands = List.copyOf(commands);
    }
}
