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
import io.github.whmcs4j.spec.StandardSpec;
import io.github.whmcs4j.tests.reference.BundledSpec;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every bundled spec file (and the golden test spec) satisfies the published JSON Schema, and loads
 * without a problem: the schema and the loader agree on what a spec is.
 */
class SpecSchemaTest {
    private static final String SCHEMA = BundledSpec.SCHEMA;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonSchema schema() throws IOException {
        try (InputStream in = SpecSchemaTest.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void bundledSpecsSatisfyTheSchemaAndLoadCleanly() throws Exception {
        JsonSchema schema = schema();
        List<SpecSource> sources = BundledSpec.sources();
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
    void theStandardSpecListsEveryBundledFile() {
        assertEquals(BundledSpec.sources().stream().map(SpecSource::name).toList(), StandardSpec.RESOURCES);
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
