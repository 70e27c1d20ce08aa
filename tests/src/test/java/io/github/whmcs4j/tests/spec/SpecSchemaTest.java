package io.github.whmcs4j.tests.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.whmcs4j.spec.LoadedSpecs;
import io.github.whmcs4j.spec.SpecLoader;
import io.github.whmcs4j.spec.SpecSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundled spec file (and the golden test spec) satisfies the published JSON Schema, and loads
 * without a problem: the schema and the loader agree on what a spec is.
 */
class SpecSchemaTest {
    private static final String SPEC_DIR = "io/github/whmcs4j/spec/";
    private static final String SCHEMA = SPEC_DIR + "whmcs-spec.schema.json";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonSchema schema() throws IOException {
        try (InputStream in = SpecSchemaTest.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    /** The bundled spec files, read from wherever whmcs4j-spec is on the class path (a jar or a directory). */
    private static List<SpecSource> bundledSpecs() throws IOException, URISyntaxException {
        URL schema = SpecSchemaTest.class.getClassLoader().getResource(SCHEMA);
        URI uri = schema.toURI();
        List<SpecSource> sources = new ArrayList<>();
        FileSystem jar = uri.getScheme().equals("jar") ? FileSystems.newFileSystem(uri, Map.of()) : null;
        try {
            Path dir = (jar != null ? jar.provider().getPath(uri) : Path.of(uri)).getParent();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                    sources.add(new SpecSource(SPEC_DIR + file.getFileName(), Files.readString(file)));
                }
            }
        } finally {
            if (jar != null) {
                jar.close();
            }
        }
        return sources;
    }

    @Test
    void bundledSpecsSatisfyTheSchemaAndLoadCleanly() throws Exception {
        JsonSchema schema = schema();
        List<SpecSource> sources = bundledSpecs();
        assertFalse(sources.isEmpty(), "no bundled spec files found");
        List<String> violations = new ArrayList<>();
        for (SpecSource source : sources) {
            for (ValidationMessage message : schema.validate(YAML.readTree(source.content()))) {
                violations.add(source.name() + ": " + message.getMessage());
            }
        }
        assertEquals(List.of(), violations);
        LoadedSpecs loaded = SpecLoader.load(sources);
        assertEquals(List.of(), loaded.problems());
    }

    @Test
    void theGoldenTestSpecSatisfiesTheSchema() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("specs/golden/widgets.yaml")) {
            assertEquals(Set.of(), schema().validate(YAML.readTree(in)));
        }
    }

    @Test
    void theSchemaRejectsWhatTheLoaderRejects() throws Exception {
        JsonNode bad = YAML.readTree("""
                category: widgets
                commands:
                  GetWidget:
                    readonly: true
                    params: { id: lng }
                    response: { items: { list: item } }
                """);
        Set<ValidationMessage> messages = schema().validate(bad);
        assertTrue(messages.size() >= 4, messages.toString());
    }
}
