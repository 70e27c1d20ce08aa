package io.github.whmcs4j.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * The generated SDK with every Java name decided: what the writers render, and all they need to name
 * anything.
 *
 * @param client the client class
 * @param facades one per category, in category order
 */
public record SdkModel(ClassName client, List<FacadeModel> facades) {
    public SdkModel {
        facades = List.copyOf(facades);
    }
}
