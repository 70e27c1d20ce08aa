package io.github.whmcs4j.tests.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The processor's whole output for a spec that uses every feature of the format, compared with
 * reviewed golden files. After a deliberate change to the generated code, regenerate them with
 * {@code mvn -pl tests test -Dtest=GoldenFilesTest -Dgolden.update=true} and review the diff.
 */
class GoldenFilesTest {
    private static Compilation compilation;

    @BeforeAll
    static void generate() {
        compilation = Compilations.generate("specs/golden/widgets.yaml");
        assertThat(compilation).succeededWithoutWarnings();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "widgets/GetWidgetsRequest", "widgets/GetWidgetsResponse", "widgets/GetWidgetsDecoder",
        "widgets/RetireWidgetRequest", "widgets/WidgetsApi", "WhmcsClient"
    })
    void generatedFileMatchesGolden(String file) throws IOException {
        String qualified = Compilations.PACKAGE + "." + file.replace('/', '.');
        JavaFileObject generated = compilation.generatedFile(StandardLocation.SOURCE_OUTPUT,
                qualified.replace('.', '/') + ".java").orElseThrow(() -> new AssertionError("not generated: " + qualified));
        String golden = "golden/" + file.substring(file.lastIndexOf('/') + 1) + ".java";
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
