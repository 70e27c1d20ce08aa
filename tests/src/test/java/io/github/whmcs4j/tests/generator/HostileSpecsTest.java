package io.github.whmcs4j.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Legal specs whose names and text Java does not take as they are, each generated and compiled by
 * javac with {@code -Xlint:all -Werror}, then called over HTTP against the stand-in.
 */
class HostileSpecsTest {

    private static WhmcsStandIn standIn;

    @BeforeAll
    static void start() {
        standIn = WhmcsStandIn.start();
    }

    @AfterAll
    static void stop() {
        standIn.close();
    }

    /** {@code specs/hostile/<name>.yaml}: where the scenarios are kept, for this test and the golden files. */
    static String spec(String name) {
        try (InputStream in = HostileSpecsTest.class.getClassLoader().getResourceAsStream("specs/hostile/" + name + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> all() {
        Map<String, String> specs = new LinkedHashMap<>();
        for (String name : new String[] {"locals", "parameters", "javadoc", "names"}) {
            specs.put("hostile." + name, spec(name));
        }
        return specs;
    }

    @Test
    void everySpecCompilesWithoutWarningsAndRoundTrips(@TempDir Path dir) throws Exception {
        try (URLClassLoader loader = PlainJavac.compile(dir, all())) {
            RoundTrip roundTrip = new RoundTrip(loader, standIn);
            for (Map.Entry<String, String> spec : all().entrySet()) {
                roundTrip.checkEveryCommand(spec.getKey(), spec.getValue());
            }
        }
    }

    @Test
    void namesAreEscapedOnlyWhereJavaRequires(@TempDir Path dir) throws Exception {
        try (URLClassLoader loader = PlainJavac.compile(dir, Map.of("hostile.names", spec("names")))) {
            Class<?> request = loader.loadClass("hostile.names.projectmanagement.GetOddThingRequest");
            Class<?> builder = loader.loadClass("hostile.names.projectmanagement.GetOddThingRequest$Builder");
            for (String kept : new String[] {"form", "missing", "a_b", "A_B", "number", "element", "addA_b"}) {
                builder.getMethod(kept, String.class);
            }
            builder.getMethod("class_", String.class);
            builder.getMethod("builder_", String.class);
            builder.getMethod("build_", long.class);
            builder.getMethod("a_b_", String.class);
            builder.getMethod("_1st", String.class);
            builder.getMethod("yield_", String.class);
            builder.getMethod("addItem", String.class, String.class, Integer.class);
            request.getMethod("toString_");
            Class<?> status = loader.loadClass("hostile.names.projectmanagement.GetOddThingRequest$Status");
            assertEquals("[EMPTY, V1ST, A_B, VALUE, ACTIVE, ACTIVE_2, VALUE_2]",
                    java.util.Arrays.toString(status.getEnumConstants()));
            Class<?> client = loader.loadClass("hostile.names.WhmcsClient");
            client.getMethod("projectManagement");
            Class<?> facade = loader.loadClass("hostile.names.projectmanagement.ProjectManagementApi");
            facade.getMethod("getOddThing", request);
            Class<?> response = loader.loadClass("hostile.names.projectmanagement.GetOddThingResponse");
            response.getMethod("unknownFields_");
            response.getMethod("in");
            response.getMethod("in_");
            response.getMethod("_1st");
            loader.loadClass("hostile.names.projectmanagement.GetOddThingResponse$BuilderItem");
            response.getMethod("default_");
            response.getMethod("defaultAsEnum");
            Class<?> kind = loader.loadClass("hostile.names.projectmanagement.GetOddThingResponse$Default");
            assertEquals(kind, response.getMethod("defaultAsEnum2").getReturnType());
            assertEquals("[EMPTY, UNKNOWN_2, UNKNOWN_3, V1ST, VALUE, UNKNOWN]",
                    java.util.Arrays.toString(kind.getEnumConstants()));
        }
    }

    @Test
    void javadocKeepsSpecTextAsText(@TempDir Path dir) throws Exception {
        try (URLClassLoader loader = PlainJavac.compile(dir, Map.of("hostile.javadoc", spec("javadoc")))) {
            loader.loadClass("hostile.javadoc.things.PutThingRequest");
            String request = Files.readString(dir.resolve("generated/hostile/javadoc/things/PutThingRequest.java"));
            String comments = request.replaceAll("(?s)\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
            assertFalse(comments.contains("\\u"), "no unicode escape outside string literals");
            assertTrue(request.contains("C:&#92;u0041&#92;&#92;x, or *&#47; or &#47;* or &#64;see or &lt;/p&gt;."),
                    request);
        }
    }
}
