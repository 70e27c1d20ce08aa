package io.github.whmcs4j.processor;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.github.whmcs4j.processor.model.CommandModel;
import io.github.whmcs4j.processor.model.FacadeModel;
import io.github.whmcs4j.processor.model.SdkModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders every Java file of a generated SDK in memory from its model, so nothing is written unless
 * everything could be generated. The same model gives the same files, in the same order.
 */
final class SdkGenerator {
    private static final String INDENT = "    ";

    private SdkGenerator() {
    }

    static List<JavaFile> generate(SdkModel model) {
        List<JavaFile> out = new ArrayList<>();
        for (FacadeModel facade : model.facades()) {
            String packageName = facade.className().packageName();
            for (CommandModel command : facade.commands()) {
                out.add(file(packageName, RequestWriter.write(command)));
                out.add(file(packageName, ResponseWriter.write(command)));
                out.add(file(packageName, DecoderWriter.write(command)));
            }
            out.add(file(packageName, FacadeWriter.write(facade)));
        }
        out.add(file(model.client().packageName(), ClientWriter.write(model)));
        return out;
    }

    private static JavaFile file(String packageName, TypeSpec type) {
        return JavaFile.builder(packageName, type).indent(INDENT).skipJavaLangImports(true).build();
    }
}
