package io.github.whmcs4j.tests.decoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.whmcs4j.runtime.error.WhmcsException;
import io.github.whmcs4j.runtime.spi.DecodeOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every variant of every case in the corpus decodes, through the generated SDK, to the same record
 * as the case's clean form; every bad body fails with exactly the expected exception and message.
 */
class CorpusTest {
    @TestFactory
    Stream<DynamicTest> everyVariantDecodesLikeTheCleanForm() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path caseDir : Corpus.cases()) {
            String command = caseDir.getParent().getFileName().toString();
            String name = command + "/" + caseDir.getFileName();
            Object clean = Sdk.decode(command, Corpus.bytes(caseDir.resolve(Corpus.CLEAN)));
            assertNotNull(clean, name);
            List<Path> variants = Corpus.variants(caseDir);
            assertTrue(variants.size() >= 2, name + " has too few variants");
            for (Path variant : variants) {
                tests.add(DynamicTest.dynamicTest(name + "/" + variant.getFileName(), () -> {
                    Object decoded = Sdk.decode(command, Corpus.bytes(variant));
                    assertEquals(clean, decoded, "decoded differently from " + Corpus.CLEAN);
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyBadBodyFailsWithTheExpectedMessage() {
        return Corpus.badBodies().stream().map(body -> DynamicTest.dynamicTest(
                body.getParent().getParent().getFileName() + "/bad/" + body.getFileName(), () -> {
                    String command = body.getParent().getParent().getFileName().toString();
                    String file = body.getFileName().toString();
                    Path expectedFile = body.resolveSibling(file.substring(0, file.lastIndexOf('.')) + ".expected");
                    List<String> expected = Files.readAllLines(expectedFile);
                    try {
                        Object decoded = Sdk.decode(command, Corpus.bytes(body));
                        fail("expected " + expected.get(0) + " but decoded " + decoded);
                    } catch (WhmcsException e) {
                        assertEquals(expected.get(0), e.getClass().getSimpleName(), e.toString());
                        assertEquals(expected.get(1), e.getMessage());
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyValueThatDoesNotFitDecodesAndFailsOnlyWhenStrict() {
        DecodeOptions strict = DecodeOptions.DEFAULTS.withStrictDecoding(true);
        return Corpus.strictBodies().stream().map(body -> DynamicTest.dynamicTest(
                body.getParent().getParent().getFileName() + "/strict/" + body.getFileName(), () -> {
                    String command = body.getParent().getParent().getFileName().toString();
                    String file = body.getFileName().toString();
                    Path expectedFile = body.resolveSibling(file.substring(0, file.lastIndexOf('.')) + ".expected");
                    List<String> expected = Files.readAllLines(expectedFile);
                    assertNotNull(Sdk.decode(command, Corpus.bytes(body)), "decodes by default");
                    try {
                        Object decoded = Sdk.decode(command, Corpus.bytes(body), strict);
                        fail("expected " + expected.get(0) + " but decoded " + decoded);
                    } catch (WhmcsException e) {
                        assertEquals(expected.get(0), e.getClass().getSimpleName(), e.toString());
                        assertEquals(expected.get(1), e.getMessage());
                    }
                }));
    }

    /** The shapes and quirks the corpus is meant to cover are all there. */
    @Test
    void theCorpusCoversEveryShape() throws IOException {
        Set<String> commands = new TreeSet<>();
        Set<String> withXml = new TreeSet<>();
        int variants = 0;
        int xml = 0;
        for (Path caseDir : Corpus.cases()) {
            String command = caseDir.getParent().getFileName().toString();
            commands.add(command);
            for (Path variant : Corpus.variants(caseDir)) {
                variants++;
                if (variant.toString().endsWith(".xml")) {
                    xml++;
                    withXml.add(command);
                }
            }
        }
        assertEquals(commands, withXml, "every command of the corpus has XML variants");
        assertTrue(commands.containsAll(Set.of(
                "GetClients",          // wrapped list; ids past 32 bits; dates
                "GetInvoices",         // wrapped list; decimals; datetimes
                "GetClientsDetails",   // objects; bare list beside a wrapped one; booleans
                "GetOrders",           // lists nested in items; bare lists of longs
                "GetUsers",            // bare list with a bare list in its items
                "GetTLDPricing",       // maps keyed by TLD and by years; bare list of strings
                "GetProducts",         // maps keyed by currency inside three levels of lists
                "GetTicketCounts",     // map of objects keyed by status
                "GetPermissionsList",  // status envelope; wrapped list of strings
                "AddBillableItem",     // status envelope
                "GetAdminUsers",       // no envelope
                "GetRegistrars",       // a bare [] as the whole body
                "DomainGetWhoisInfo")), "missing: " + commands);
        assertTrue(variants >= 80, "variants: " + variants);
        assertTrue(xml >= 25, "XML variants: " + xml);
        assertTrue(Corpus.badBodies().size() >= 15, "bad bodies: " + Corpus.badBodies().size());
        assertTrue(Corpus.strictBodies().size() >= 16, "bodies with values that do not fit: " + Corpus.strictBodies().size());
        try (Stream<Path> files = Files.walk(Corpus.root())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                assertTrue(name.endsWith(".json") || name.endsWith(".xml") || name.endsWith(".expected"),
                        "stray file " + file);
            }
        }
    }
}
