package io.github.whmcs4j.tests.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The processor's whole output, one golden file per generated type: for a spec that uses every feature
 * of the format ({@code golden/}), and for each scenario of names and text that Java does not take as
 * they are ({@code golden/<scenario>/}, from {@code specs/hostile/<scenario>.yaml}). After a deliberate
 * change to the generated code, regenerate them with
 * {@code mvn -pl tests test -Dtest=GoldenFilesTest -Dgolden.update=true} and review the diff.
 */
class GoldenFilesTest {
    private static final Map<String, Compilation> COMPILATIONS = new HashMap<>();

    static Stream<Arguments> goldenFiles() {
        return Stream.of(
                golden("specs/golden/widgets.yaml", "", "widgets/GetWidgetsRequest", "widgets/GetWidgetsResponse",
                        "widgets/GetWidgetsDecoder", "widgets/RetireWidgetRequest", "widgets/WidgetsApi", "WhmcsClient"),
                golden("specs/hostile/locals.yaml", "locals/", "things/GetThingDecoder"),
                golden("specs/hostile/parameters.yaml", "parameters/", "things/GetThingRequest",
                        "things/SetThingRequest"),
                golden("specs/hostile/javadoc.yaml", "javadoc/", "things/GetThingRequest", "things/PutThingRequest",
                        "things/PutThingResponse"),
                golden("specs/hostile/names.yaml", "names/", "projectmanagement/GetOddThingRequest",
                        "projectmanagement/GetOddThingResponse", "projectmanagement/GetOddThingDecoder",
                        "projectmanagement/ProjectManagementApi", "WhmcsClient"))
                .flatMap(stream -> stream);
    }

    private static Stream<Arguments> golden(String spec, String folder, String... files) {
        return Stream.of(files).map(file -> Arguments.of(spec, folder, file));
    }

    private static Compilation compilation(String spec) {
        return COMPILATIONS.computeIfAbsent(spec, name -> {
            Compilation compilation = Compilations.generate(name);
            assertThat(compilation).succeededWithoutWarnings();
            return compilation;
        });
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("goldenFiles")
    void generatedFileMatchesGolden(String spec, String folder, String file) throws IOException {
        Compilation compilation = compilation(spec);
        String qualified = Compilations.PACKAGE + "." + file.replace('/', '.');
        JavaFileObject generated = compilation.generatedFile(StandardLocation.SOURCE_OUTPUT,
                qualified.replace('.', '/') + ".java").orElseThrow(() -> new AssertionError("not generated: " + qualified));
        String golden = "golden/" + folder + file.substring(file.lastIndexOf('/') + 1) + ".java";
        if (Boolean.getBoolean("golden.update")) {
            Path target = Path.of("src/test/resources", golden);
            Files.createDirectories(target.getParent());
            Files.writeString(target, generated.getCharContent(false));
            return;
        }
        assertThat(compilation).generatedSourceFile(qualified).contentsAsUtf8String().isEqualTo(read(golden));
    }

    private static String read(String resource) {
        try (InputStream in = GoldenFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("missing golden file " + resource + "; run with -Dgolden.update=true");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
