package io.github.whmcs4j.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.JavaFile;
import io.github.whmcs4j.processor.model.ModelBuilder;
import io.github.whmcs4j.spec.LoadedSpecs;
import io.github.whmcs4j.spec.SpecLoader;
import io.github.whmcs4j.spec.SpecSource;
import io.github.whmcs4j.spec.StandardSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SdkGeneratorTest {
    private static List<String> render(List<SpecSource> sources) {
        LoadedSpecs specs = SpecLoader.load(sources);
        ModelBuilder.Result model = WhmcsSdkProcessor.model(specs.files(), "com.example", "WhmcsClient");
        assertEquals(List.of(), model.problems());
        return SdkGenerator.generate(model.model()).stream().map(JavaFile::toString).toList();
    }

    private static List<SpecSource> bundled() {
        List<SpecSource> sources = new ArrayList<>();
        for (String resource : StandardSpec.RESOURCES) {
            try (InputStream in = SdkGeneratorTest.class.getClassLoader().getResourceAsStream(resource)) {
                sources.add(new SpecSource(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    @Test
    void theSameSpecsGiveByteIdenticalFilesInAnyOrder() {
        List<SpecSource> sources = bundled();
        List<SpecSource> reversed = new ArrayList<>(sources);
        java.util.Collections.reverse(reversed);
        assertEquals(render(sources), render(reversed));
    }

    @Test
    void noGeneratedTypeNameHasAnUnderscoreOrHyphen() {
        Set<String> offending = new TreeSet<>();
        for (String file : render(bundled())) {
            java.util.regex.Matcher types = java.util.regex.Pattern
                    .compile("(?:class|record|enum|interface) (\\w+)").matcher(file);
            while (types.find()) {
                if (types.group(1).contains("_")) {
                    offending.add(types.group(1));
                }
            }
        }
        assertEquals(Set.of(), offending);
    }
}
