package io.github.whmcs4j.processor;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.github.whmcs4j.processor.model.CommandModel;
import io.github.whmcs4j.processor.model.FacadeModel;
import io.github.whmcs4j.processor.model.SdkModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Renders every Java file of a generated SDK in memory from its model, so nothing is written unless
 * everything could be generated. The same model gives the same files, in the same order.
 *
 * <p>Each file depends only on the (read-only) model, so files are built and rendered on the cores
 * the compiler leaves free, the calling thread among them; the results keep the model's order.
 */
final class SdkGenerator {
    private static final String INDENT = "    ";

    private SdkGenerator() {
    }

    static List<JavaFile> generate(SdkModel model) {
        List<Supplier<JavaFile>> files = new ArrayList<>();
        for (FacadeModel facade : model.facades()) {
            String packageName = facade.className().packageName();
            for (CommandModel command : facade.commands()) {
                files.add(() -> file(packageName, RequestWriter.write(command)));
                files.add(() -> file(packageName, ResponseWriter.write(command)));
                files.add(() -> file(packageName, DecoderWriter.write(command)));
            }
            files.add(() -> file(packageName, FacadeWriter.write(facade)));
        }
        files.add(() -> file(model.client().packageName(), ClientWriter.write(model)));
        return files.parallelStream().map(Supplier::get).toList();
    }

    /** The text of each file, in the same order: what JavaPoet's {@code writeTo} would write. */
    static List<String> render(List<JavaFile> files) {
        return files.parallelStream().map(JavaFile::toString).toList();
    }

    private static JavaFile file(String packageName, TypeSpec type) {
        return JavaFile.builder(packageName, type).indent(INDENT).skipJavaLangImports(true).build();
    }
}
