package io.github.whmcs4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.spec.BundledSpecs;
import io.github.whmcs4j.spec.SpecSource;
import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.testkit.ReceivedCall;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code drift} end to end: a stand-in answers every read-only command from the spec, except that
 * its GetClients and GetClientsDetails answers carry a field the spec lacks and a value of the wrong
 * type.
 */
class DriftTest {
    private static final String PHONE = "+1.555.0100";

    private WhmcsStandIn standIn;

    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        standIn = WhmcsStandIn.startWithSpec().requireApiKey(Cli.IDENTIFIER, Cli.SECRET);
        standIn.answer("GetClients", "{\"result\":\"success\",\"totalresults\":2,\"startnumber\":0,\"numreturned\":2,"
                + "\"clients\":{\"client\":[{\"id\":7,\"email\":\"ada@example.com\",\"groupid\":\"gold\","
                + "\"phonenumberformatted\":\"" + PHONE + "\"},{\"id\":8,\"email\":\"alan@example.com\",\"groupid\":0,"
                + "\"phonenumberformatted\":\"+1.555.0101\"}]}}");
        standIn.answer("GetClientsDetails", "{\"result\":\"success\",\"client\":{\"client_id\":\"7\",\"email\":"
                + "\"ada@example.com\",\"credit\":\"12,50\",\"loyalty_tier\":\"3\"}}");
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void findsBothKindsOfDriftAndItsPatchMakesTheSpecCoverThem() throws Exception {
        Path report = dir.resolve("report.md");
        Path patch = dir.resolve("patch.yaml");
        Cli first = Cli.against(standIn, "drift", "--output", report.toString(), "--patch", patch.toString());
        assertEquals(3, first.status(), first.err() + first.out());
        assertTrue(first.out().contains("drift found in 2 commands"), first.out());

        String markdown = Files.readString(report);
        assertTrue(markdown.contains("## GetClients"), markdown);
        assertTrue(markdown.contains("| `clients.client[].phonenumberformatted` | string |"), markdown);
        assertTrue(markdown.contains("| `clients.client[].groupid` | long | \"gold\" | string |"), markdown);
        assertTrue(markdown.contains("## GetClientsDetails"), markdown);
        assertTrue(markdown.contains("| `client.loyalty_tier` | long | \"3\" |"), markdown);
        assertTrue(markdown.contains("| `client.credit` | decimal | \"12,50\" | string |"), markdown);
        assertTrue(markdown.contains("| `clients` | wrapped array (client[]) |"), markdown);
        assertTrue(markdown.contains("- WHMCS version: "), markdown);
        assertFalse(markdown.contains(PHONE), "personal data is masked by default");
        assertFalse(markdown.contains(Cli.SECRET));

        String yaml = Files.readString(patch);
        assertTrue(yaml.contains("category: Clients"), yaml);
        assertTrue(yaml.contains("phonenumberformatted: string"), yaml);

        Path specCopy = dir.resolve("clients.yaml");
        SpecSource clients = BundledSpecs.sources().stream().filter(source -> source.name().endsWith("/clients.yaml"))
                .findFirst().orElseThrow();
        Files.writeString(specCopy, clients.content());
        standIn.clearCalls();
        Cli second = Cli.against(standIn, "drift", "--spec", specCopy.toString(), "--spec", patch.toString());
        assertEquals(0, second.status(), second.out() + second.err());
        assertTrue(second.out().contains("the spec covers everything seen"), second.out());
    }

    @Test
    void callsOnlyReadOnlyCommandsAndThoseNeedingIdsWithTheIdsFound() {
        Cli cli = Cli.against(standIn, "drift", "--sample", "2");
        assertEquals(3, cli.status(), cli.err());
        Set<String> readOnly = BundledSpecs.load().commands().stream().filter(CommandSpec::readOnly)
                .map(CommandSpec::name).collect(Collectors.toSet());
        for (ReceivedCall call : standIn.calls()) {
            assertTrue(readOnly.contains(call.action()), call.action() + " is not read-only");
        }
        assertTrue(standIn.calls().stream().anyMatch(call -> call.action().equals("GetInvoice")
                && !call.parameter("invoiceid").orElse("").isEmpty()), "an id from GetInvoices fed GetInvoice");
        assertTrue(standIn.calls().stream().anyMatch(call -> call.action().equals("WhmcsDetails")));
    }

    @Test
    void showsPersonalDataOnlyWhenAsked() {
        Cli cli = Cli.against(standIn, "drift", "--include", "GetClients", "--show-personal-data");
        assertEquals(3, cli.status(), cli.err());
        assertTrue(cli.out().contains(PHONE), cli.out());
        assertEquals(Set.of("GetClients"), standIn.calls().stream().map(ReceivedCall::action).collect(Collectors.toSet()));
    }
}
