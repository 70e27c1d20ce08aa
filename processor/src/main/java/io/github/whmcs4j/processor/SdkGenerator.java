package io.github.whmcs4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.spec.model.SpecFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plans the generated SDK for a set of sound spec files and renders every Java file in memory, so
 * nothing is written unless everything could be generated.
 */
final class SdkGenerator {
    private static final String INDENT = "    ";

    private SdkGenerator() {
    }

    /**
     * The same specs give the same files, whatever order they were named in: files are read in name
     * order, facades come in category order and commands in name order.
     */
    static List<JavaFile> generate(List<SpecFile> files, String basePackage, String clientName) {
        Map<String, List<FacadeWriter.CommandTypes>> byCategory = new TreeMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        List<JavaFile> out = new ArrayList<>();
        List<SpecFile> inNameOrder = new ArrayList<>(files);
        inNameOrder.sort(Comparator.comparing(SpecFile::source));
        for (SpecFile file : inNameOrder) {
            descriptions.merge(file.category(), file.description(), (first, next) -> first.isBlank() ? next : first);
            String categoryPackage = packageOf(basePackage, file.category());
            for (CommandSpec command : file.commands()) {
                String base = JavaNames.type(command.javaName() != null ? command.javaName() : command.name());
                ClassName response = ClassName.get(categoryPackage, base + "Response");
                ResponsePlan plan = new ResponsePlan(command.response(), response);
                FacadeWriter.CommandTypes types = new FacadeWriter.CommandTypes(command,
                        ClassName.get(categoryPackage, base + "Request"), response,
                        ClassName.get(categoryPackage, base + "Decoder"), plan);
                byCategory.computeIfAbsent(file.category(), category -> new ArrayList<>()).add(types);
                out.add(file(categoryPackage, RequestWriter.write(command, types.request(), types.response(), types.decoder())));
                out.add(file(categoryPackage, ResponseWriter.write(command, plan)));
                out.add(file(categoryPackage, DecoderWriter.write(command, plan, types.decoder())));
            }
        }
        Map<String, ClassName> facades = new LinkedHashMap<>();
        Map<String, List<CommandSpec>> facadeCommands = new LinkedHashMap<>();
        byCategory.values().forEach(commands -> commands.sort(Comparator.comparing(types -> types.command().name())));
        byCategory.forEach((category, commands) -> {
            String categoryPackage = packageOf(basePackage, category);
            ClassName facade = ClassName.get(categoryPackage, JavaNames.type(category) + "Api");
            String accessor = JavaNames.subpackage(category);
            facades.put(accessor, facade);
            facadeCommands.put(accessor, commands.stream().map(FacadeWriter.CommandTypes::command).toList());
            out.add(file(categoryPackage, FacadeWriter.write(facade, category, descriptions.get(category), commands)));
        });
        out.add(file(basePackage, ClientWriter.write(ClassName.get(basePackage, clientName), facades, facadeCommands)));
        return out;
    }

    private static String packageOf(String basePackage, String category) {
        String sub = JavaNames.subpackage(category);
        return basePackage.isEmpty() ? sub : basePackage + "." + sub;
    }

    private static JavaFile file(String packageName, TypeSpec type) {
        return JavaFile.builder(packageName, type).indent(INDENT).skipJavaLangImports(true).build();
    }
}
