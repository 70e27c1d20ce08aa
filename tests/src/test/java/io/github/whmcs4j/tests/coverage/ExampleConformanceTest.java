package io.github.whmcs4j.tests.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.whmcs4j.runtime.error.WhmcsApiException;
import io.github.whmcs4j.runtime.internal.ResponseDecoding;
import io.github.whmcs4j.runtime.spi.Command;
import io.github.whmcs4j.runtime.transport.TransportResponse;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.tests.reference.BundledSpec;
import io.github.whmcs4j.tests.reference.WhmcsReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every published example response with a shape (all but the PHP-flattened ones) decodes through the
 * generated SDK, and every value in it is in the decoded record: in its typed component, or in
 * {@code unknownFields()}. Nothing is lost.
 */
class ExampleConformanceTest {
    @TestFactory
    Stream<DynamicTest> everyExampleDecodesWithNothingLost() throws Exception {
        WhmcsReference reference = WhmcsReference.require();
        Map<String, CommandSpec> spec = BundledSpec.commands();
        List<DynamicTest> tests = new ArrayList<>();
        int flattened = 0;
        for (CommandSpec command : spec.values()) {
            Optional<Path> example = reference.example(command.name());
            if (example.isEmpty()) {
                continue;
            }
            byte[] body = Files.readAllBytes(example.get());
            JsonNode tree = WhmcsReference.json().readTree(body);
            if (isFlattened(tree)) {
                flattened++; // "currencies[currency][0][code]": no shape to read from it
                continue;
            }
            tests.add(DynamicTest.dynamicTest(command.name(), () -> check(command, body, tree)));
        }
        assertTrue(tests.size() >= 151, "expected every usable example, found " + tests.size()
                + " (and " + flattened + " flattened ones)");
        return tests.stream();
    }

    private static void check(CommandSpec command, byte[] body, JsonNode tree) throws Exception {
        Command<?> runtimeCommand = commandOf(command);
        TransportResponse response = new TransportResponse(200, body);
        if (tree.isObject() && "error".equals(tree.path("result").asText())) {
            // A few published examples show the error answer: the SDK must turn it into its exception.
            WhmcsApiException e = assertThrows(WhmcsApiException.class, () -> ResponseDecoding.decode(runtimeCommand, response));
            assertEquals(command.name(), e.action());
            return;
        }
        Object record = ResponseDecoding.decode(runtimeCommand, response);
        List<String> lost = new ArrayList<>();
        if (tree.isObject()) {
            new NothingLost(lost).compareTop(tree, command, record);
        }
        assertEquals(List.of(), lost, command.name() + ": values of the example not found in the decoded record");
    }

    /** The generated command, through the SDK's lookup by action. */
    private static Command<?> commandOf(CommandSpec command) {
        return WhmcsClient.command(command.name())
                .orElseThrow(() -> new IllegalStateException("no generated command for " + command.name()));
    }

    private static boolean isFlattened(JsonNode tree) {
        if (!tree.isObject()) {
            return false;
        }
        return tree.properties().stream().anyMatch(property -> property.getKey().contains("["));
    }
}
