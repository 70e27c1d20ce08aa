package io.github.whmcs4j.tests.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Generating a subset, merging specs, the bundled standard spec, and reproducible output. */
class SubsetsAndMergingTest {
    private static List<String> generatedTypes(Compilation compilation) {
        assertThat(compilation).succeededWithoutWarnings();
        return compilation.generatedSourceFiles().stream()
                .map(file -> file.getName().replaceAll(".*/com/example/sdk/", "").replace(".java", ""))
                .sorted().toList();
    }

    @Test
    void includeGeneratesOnlyTheNamedCommandsAndCategories() {
        assertEquals(List.of("WhmcsClient", "widgets/GetWidgetsDecoder", "widgets/GetWidgetsRequest",
                        "widgets/GetWidgetsResponse", "widgets/WidgetsApi"),
                generatedTypes(Compilations.generateWith("specs = \"specs/golden/widgets.yaml\", include = \"GetWidgets\"")));
        assertEquals(8, generatedTypes(Compilations.generateWith(
                "specs = \"specs/golden/widgets.yaml\", include = \"widgets\"")).size(), "a category, in any case");
    }

    @Test
    void aNameIncludeDoesNotKnowIsACompileError() {
        Compilation compilation = Compilations.generateWith("specs = \"specs/golden/widgets.yaml\", include = {\"GetWidgets\", \"GetGizmos\"}");
        assertThat(compilation).failed();
        assertEquals(List.of("@WhmcsSdk(include) names \"GetGizmos\", which is neither a category nor a command of the"
                        + " specs; use one of the categories: Widgets [WHMCS-SPEC-UNKNOWN_INCLUDE]"),
                compilation.errors().stream().map(error -> error.getMessage(null)).toList());
    }

    @Test
    void theStandardSpecCanBeNarrowedAndMergedWithYourOwn() {
        List<String> types = generatedTypes(Compilations.generateWith(
                "standard = true, specs = \"specs/golden/widgets.yaml\", include = {\"GetInvoice\", \"Widgets\"}"));
        assertTrue(types.contains("billing/GetInvoiceRequest"), types.toString());
        assertTrue(types.contains("widgets/RetireWidgetRequest"), types.toString());
        assertEquals(false, types.contains("billing/GetInvoicesRequest"), types.toString());
    }

    @Test
    void aCommandRepeatedIdenticallyIsGeneratedOnce() {
        List<String> types = generatedTypes(Compilations.generate("specs/invalid/valid-widget.yaml",
                "specs/merge/same-widget.yaml"));
        assertEquals(List.of("WhmcsClient", "widgets/GetWidgetDecoder", "widgets/GetWidgetRequest",
                "widgets/GetWidgetResponse", "widgets/WidgetsApi"), types);
    }

    @Test
    void theSameSpecsGiveByteIdenticalFilesWhateverTheirOrder() throws IOException {
        Map<String, String> first = contents(Compilations.generate("specs/golden/widgets.yaml", "specs/merge/gizmos.yaml"));
        Map<String, String> second = contents(Compilations.generate("specs/merge/gizmos.yaml", "specs/golden/widgets.yaml"));
        assertEquals(first.keySet(), second.keySet());
        for (String file : first.keySet()) {
            assertEquals(first.get(file), second.get(file), file);
        }
        assertTrue(first.get("WhmcsClient").indexOf("gizmos()") < first.get("WhmcsClient").indexOf("widgets()"),
                "facades in category order");
    }

    private static Map<String, String> contents(Compilation compilation) throws IOException {
        assertThat(compilation).succeededWithoutWarnings();
        Map<String, String> contents = new LinkedHashMap<>();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            contents.put(file.getName().replaceAll(".*/com/example/sdk/", "").replace(".java", ""),
                    file.getCharContent(false).toString());
        }
        return contents;
    }
}
