package io.github.whmcs4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.runtime.RawRequest;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.sdk.billing.GetInvoicesResponse;
import io.github.whmcs4j.sdk.clients.GetClientsResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Commands without a canned answer get a typed, seeded answer generated from the spec. */
@WhmcsStandInTest(seed = 7, listSize = 5)
class GeneratedAnswersTest {
    @Test
    void aGeneratedAnswerDecodesIntoTheTypedRecord(WhmcsClient whmcs) {
        GetInvoicesResponse invoices = whmcs.billing().getInvoices();
        assertEquals(5, invoices.totalresults());
        assertEquals(5, invoices.invoices().size());
        GetInvoicesResponse.Invoice first = invoices.invoices().get(0);
        assertEquals(1L, first.id());
        assertNotNull(first.total());
        assertNotNull(first.duedate());
        assertTrue(first.unknownFields().isEmpty(), "every generated field is one the spec describes");
    }

    @Test
    void pagingHonoursLimitstartAndLimitnum(WhmcsClient whmcs) {
        GetClientsResponse page = whmcs.clients().getClients(r -> r.limitstart(3).limitnum(2));
        assertEquals(5, page.totalresults());
        assertEquals(3, page.startnumber());
        assertEquals(2, page.numreturned());
        assertEquals(List.of(4L, 5L), page.clients().stream().map(GetClientsResponse.Client::id).toList());

        List<Long> all = whmcs.clients().getClientsPaginator(r -> r.limitnum(2)).stream()
                .map(GetClientsResponse.Client::id).toList();
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), all);
    }

    @Test
    void aRowIsTheSameOnWhicheverPageItAppears(WhmcsClient whmcs) {
        GetClientsResponse.Client fourth = whmcs.clients().getClients(r -> r.limitnum(10)).clients().get(3);
        GetClientsResponse.Client alone = whmcs.clients().getClients(r -> r.limitstart(3).limitnum(1)).clients().get(0);
        assertEquals(fourth, alone);
    }

    @Test
    void theSameSeedGivesTheSameAnswerAndAnotherSeedAnother(WhmcsClient whmcs, WhmcsStandIn standIn) {
        Object first = whmcs.raw(RawRequest.action("GetProducts").build()).fields();
        assertEquals(first, whmcs.raw(RawRequest.action("GetProducts").build()).fields());
        standIn.seed(8);
        assertNotEquals(first, whmcs.raw(RawRequest.action("GetProducts").build()).fields());
    }

    @Test
    void listSizeIsChosenPerTest(WhmcsClient whmcs, WhmcsStandIn standIn) {
        standIn.listSize(0);
        GetClientsResponse none = whmcs.clients().getClients();
        assertEquals(0, none.totalresults());
        assertTrue(none.clients().isEmpty());
        assertFalse(standIn.calls().isEmpty());
    }

    @Test
    void answersComeInXmlWhenAskedFor(WhmcsStandIn standIn) {
        WhmcsClient xml = WhmcsClient.builder().endpoint(standIn.endpoint())
                .credentials(io.github.whmcs4j.runtime.Credentials.apiKey(WhmcsStandInExtension.IDENTIFIER,
                        WhmcsStandInExtension.SECRET))
                .responseFormat(io.github.whmcs4j.runtime.ResponseFormat.XML).allowPlainHttp().build();
        assertEquals(5, xml.clients().getClients().clients().size());
        assertTrue(standIn.lastCall().wantsXml());
    }
}
