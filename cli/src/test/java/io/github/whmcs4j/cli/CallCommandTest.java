package io.github.whmcs4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.spec.BundledSpecs;
import io.github.whmcs4j.testkit.ReceivedCall;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code call} and {@code commands}, in-process, over real HTTP to a spec-aware stand-in. */
class CallCommandTest {
    private WhmcsStandIn standIn;

    @BeforeEach
    void start() {
        standIn = WhmcsStandIn.startWithSpec().requireApiKey(Cli.IDENTIFIER, Cli.SECRET);
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void printsATableOfTheMainList() {
        standIn.answer("GetClients", "{\"result\":\"success\",\"totalresults\":\"2\",\"startnumber\":0,\"numreturned\":2,"
                + "\"clients\":{\"client\":[{\"id\":\"7\",\"email\":\"ada@example.com\",\"status\":\"Active\"},"
                + "{\"id\":8,\"email\":\"alan@example.com\",\"status\":\"Closed\"}]}}");
        Cli cli = Cli.against(standIn, "call", "GetClients", "--search", "example", "--output", "table");
        assertEquals(0, cli.status(), cli.err());
        assertEquals("""
                totalresults: 2
                startnumber: 0
                numreturned: 2
                id | email            | status
                ---+------------------+-------
                7  | ada@example.com  | Active
                8  | alan@example.com | Closed
                """, cli.out());
        ReceivedCall call = standIn.lastCall();
        assertEquals("GetClients", call.action());
        assertEquals("example", call.parameter("search").orElseThrow());
        assertEquals(Cli.SECRET, call.parameter("secret").orElseThrow());
    }

    @Test
    void printsJsonTypedByTheSpec() {
        standIn.answer("GetInvoice", "{\"result\":\"success\",\"invoiceid\":\"96\",\"total\":\"15.90\","
                + "\"datepaid\":\"0000-00-00 00:00:00\",\"newfield\":\"kept\"}");
        Cli cli = Cli.against(standIn, "call", "getinvoice", "--invoiceid", "96");
        assertEquals(0, cli.status(), cli.err());
        assertTrue(cli.out().contains("\"invoiceid\" : 96,"), cli.out());
        assertTrue(cli.out().contains("\"total\" : 15.90,"), cli.out());
        assertTrue(cli.out().contains("\"datepaid\" : null"), cli.out());
        assertTrue(cli.out().contains("\"newfield\" : \"kept\""), cli.out());
        assertEquals("96", standIn.lastCall().parameter("invoiceid").orElseThrow());
    }

    @Test
    void xmlAnswersPrintTheSameTypedJson() {
        standIn.answer("GetClients", "{\"result\":\"success\",\"totalresults\":1,\"clients\":{\"client\":"
                + "[{\"id\":7,\"email\":\"ada@example.com\"}]}}");
        Cli json = Cli.against(standIn, "call", "GetClients");
        Cli xml = Cli.against(standIn, "call", "GetClients", "--format", "xml");
        assertEquals(0, xml.status(), xml.err());
        assertTrue(standIn.lastCall().wantsXml());
        assertTrue(xml.out().contains("\"clients\" : [ {"), xml.out());
        assertEquals(json.out(), xml.out());
    }

    @Test
    void numberedGroupElementsGoWithTheirNumberFromOne() {
        standIn.answer("CreateInvoice", "{\"result\":\"success\",\"invoiceid\":12,\"status\":\"Unpaid\"}");
        Cli cli = Cli.against(standIn, "call", "CreateInvoice", "--userid", "3",
                "--item", "itemdescription=Hosting,itemamount=10.00,itemtaxed=true",
                "--item", "itemdescription=Setup,itemamount=5.50");
        assertEquals(0, cli.status(), cli.err());
        ReceivedCall call = standIn.lastCall();
        assertEquals("Hosting", call.parameter("itemdescription1").orElseThrow());
        assertEquals("10.00", call.parameter("itemamount1").orElseThrow());
        assertEquals("1", call.parameter("itemtaxed1").orElseThrow());
        assertEquals("Setup", call.parameter("itemdescription2").orElseThrow());
        assertEquals("5.50", call.parameter("itemamount2").orElseThrow());
        assertTrue(call.parameter("itemtaxed2").isEmpty());

        Cli missing = Cli.against(standIn, "call", "CreateInvoice", "--userid", "3", "--item", "itemamount=1.00");
        assertEquals(2, missing.status());
        assertEquals("whmcs4j-cli: --item: element 1 has no itemdescription", missing.err().strip());
    }

    @Test
    void arraysRepeatTheirOptionAndFlagsGoAsOneOrZero() {
        standIn.answer("AddOrder", "{\"result\":\"success\",\"orderid\":41}");
        Cli cli = Cli.against(standIn, "call", "AddOrder", "--clientid", "1", "--paymentmethod", "paypal",
                "--pid", "1", "--pid", "2", "--noinvoice", "true");
        assertEquals(0, cli.status(), cli.err());
        ReceivedCall call = standIn.lastCall();
        assertEquals("1", call.parameter("pid[0]").orElseThrow());
        assertEquals("2", call.parameter("pid[1]").orElseThrow());
        assertEquals("1", call.parameter("noinvoice").orElseThrow());
    }

    @Test
    void allPagesFetchesEveryPage() {
        standIn.listSize(7);
        Cli cli = Cli.against(standIn, "call", "GetClients", "--limitnum", "3", "--all-pages", "--output", "table");
        assertEquals(0, cli.status(), cli.err());
        assertTrue(cli.out().contains("numreturned: 7"), cli.out());
        assertEquals(3, standIn.calls().size());
        assertEquals("6", standIn.lastCall().parameter("limitstart").orElseThrow());
    }

    @Test
    void aWhmcsErrorAnswerExitsWithOneAndOneLine() {
        standIn.on("GetInvoice", call -> io.github.whmcs4j.testkit.StandInResponse.error(call, 200, "Invoice ID Not Found"));
        Cli cli = Cli.against(standIn, "call", "GetInvoice", "--invoiceid", "5");
        assertEquals(1, cli.status());
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertTrue(cli.err().contains("Invoice ID Not Found"), cli.err());
        assertFalse(cli.err().contains("\tat "), "no stack trace without --verbose");
    }

    @Test
    void usageMistakesExitWithTwoAndOneLine() {
        for (String[] args : new String[][] {
                {"call", "GetInvoice"},                                  // required parameter missing
                {"call", "GetInvoice", "--invoiceid", "ninety-six"},     // wrong type
                {"call", "GetClients", "--status", "Sleeping"},          // not one of the enum values
                {"call", "GetUnicorns"},                                 // no such command
                {"call", "AddClient", "--read-only", "--firstname", "A"}, // refused
                {"call", "GetInvoice", "--invoiceid", "5", "--output", "yaml"}}) {
            Cli cli = Cli.against(standIn, args);
            assertEquals(2, cli.status(), String.join(" ", args) + ": " + cli.err());
            assertEquals(1, cli.err().lines().count(), cli.err());
            assertFalse(cli.err().contains(Cli.SECRET));
        }
        assertTrue(standIn.calls().isEmpty(), () -> "nothing was sent, but " + standIn.calls());
    }

    @Test
    void connectionProblemsExitWithTwo() {
        Cli noEndpoint = Cli.run("call", "GetClients", "--identifier", "x", "--secret", "y");
        assertEquals(2, noEndpoint.status());
        assertTrue(noEndpoint.err().contains("WHMCS_ENDPOINT"), noEndpoint.err());

        Cli plainHttp = Cli.run("call", "GetClients", "--endpoint", standIn.endpoint().toString(), "--identifier", "x",
                "--secret", Cli.SECRET);
        assertEquals(2, plainHttp.status());
        assertTrue(plainHttp.err().contains("--allow-plain-http"), plainHttp.err());

        String closed = "http://127.0.0.1:1/includes/api.php";
        Cli refused = Cli.run("call", "GetInvoice", "--invoiceid", "5", "--endpoint", closed, "--identifier", "x",
                "--secret", Cli.SECRET, "--allow-plain-http", "--verbose");
        assertEquals(2, refused.status());
        assertTrue(refused.err().contains("\tat "), "--verbose prints the stack trace");
        assertFalse(refused.err().contains(Cli.SECRET));
    }

    @Test
    void helpOnACommandListsItsParametersWithTheirDescriptions() {
        Cli cli = Cli.run("call", "GetClients", "--help");
        assertEquals(0, cli.status());
        assertTrue(cli.out().contains("--search=<string>"), cli.out());
        assertTrue(cli.out().contains("Matches email, name or company name."), cli.out());
        String unwrapped = cli.out().replaceAll("\\s+", " "); // help wraps long descriptions
        assertTrue(unwrapped.contains("One of: Active, Inactive, Closed."), cli.out());
        assertTrue(cli.out().contains("--all-pages"), cli.out());
    }

    @Test
    void commandsListsEveryCommand() {
        Cli cli = Cli.run("commands");
        assertEquals(0, cli.status());
        int commands = BundledSpecs.load().commands().size();
        assertEquals(commands + 1, cli.out().lines().count());
        assertTrue(cli.out().lines().anyMatch(line -> line.matches("GetClients\\s+Clients\\s+yes\\s+yes\\s+.*")), cli.out());
        assertTrue(cli.out().lines().anyMatch(line -> line.matches("AddOrder\\s+Orders\\s+no\\s+no\\s+.*")), cli.out());
    }
}
