package io.github.whmcs4j.tests.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.runtime.CallOptions;
import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.runtime.error.WhmcsPaginationException;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.sdk.clients.GetClientsRequest;
import io.github.whmcs4j.sdk.clients.GetClientsResponse;
import io.github.whmcs4j.testkit.ReceivedCall;
import io.github.whmcs4j.testkit.StandInResponse;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Paginators fetch every page lazily, with the caller's parameters and options on each. */
class PaginationTest {
    private WhmcsStandIn standIn;
    private WhmcsClient whmcs;

    @BeforeEach
    void start() {
        standIn = WhmcsStandIn.start();
        whmcs = WhmcsClient.builder().endpoint(standIn.endpoint()).credentials(Credentials.apiKey("id", "secret"))
                .allowPlainHttp().build();
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    /**
     * Serves a client list of {@code total(n)} rows (n = the call's number), honouring limitstart and
     * limitnum unless {@code ignoreLimit}, and reporting totalresults as a string like some installs do.
     */
    private void serveClients(IntUnaryOperator total, boolean ignoreLimit) {
        AtomicInteger calls = new AtomicInteger();
        standIn.on("GetClients", call -> {
            int totalNow = total.applyAsInt(calls.incrementAndGet());
            int start = Integer.parseInt(call.parameter("limitstart").orElse("0"));
            int size = ignoreLimit ? totalNow : Integer.parseInt(call.parameter("limitnum").orElse("25"));
            String rows = IntStream.range(start, Math.min(totalNow, start + size))
                    .mapToObj(i -> "{\"id\":" + (i + 1) + ",\"email\":\"c" + (i + 1) + "@example.com\"}")
                    .collect(Collectors.joining(","));
            int returned = Math.max(0, Math.min(totalNow, start + size) - start);
            return StandInResponse.json("{\"result\":\"success\",\"totalresults\":\"" + totalNow + "\",\"startnumber\":"
                    + start + ",\"numreturned\":" + returned + ",\"clients\":{\"client\":[" + rows + "]}}");
        });
    }

    private static List<Long> ids(Iterable<GetClientsResponse.Client> clients) {
        List<Long> ids = new java.util.ArrayList<>();
        clients.forEach(client -> ids.add(client.id()));
        return ids;
    }

    @Test
    void fetchesEveryPageWithTheCallersParametersAndAShortLastPage() {
        serveClients(n -> 23, false);
        List<Long> ids = whmcs.clients().getClientsPaginator(r -> r.search("example").status(GetClientsRequest.Status.ACTIVE)
                .limitnum(10)).stream().map(GetClientsResponse.Client::id).toList();
        assertEquals(LongRange.of(1, 23), ids);
        List<ReceivedCall> calls = standIn.calls();
        assertEquals(3, calls.size(), "pages of 10, 10 and 3");
        for (int page = 0; page < 3; page++) {
            ReceivedCall call = calls.get(page);
            assertEquals("example", call.parameter("search").orElseThrow());
            assertEquals("Active", call.parameter("status").orElseThrow());
            assertEquals(String.valueOf(page * 10), call.parameter("limitstart").orElseThrow());
            assertEquals("10", call.parameter("limitnum").orElseThrow());
        }
    }

    @Test
    void isLazy() {
        serveClients(n -> 250, false);
        Iterator<GetClientsResponse.Client> clients = whmcs.clients().getClientsPaginator().iterator();
        assertEquals(0, standIn.calls().size(), "nothing is sent before the first item is asked for");
        assertTrue(clients.hasNext());
        assertEquals(1, standIn.calls().size());
        assertEquals("100", standIn.lastCall().parameter("limitnum").orElseThrow(), "the default page size");
        assertEquals(List.of(1L, 2L, 3L), whmcs.clients().getClientsPaginator().stream().limit(3)
                .map(GetClientsResponse.Client::id).toList());
        assertEquals(2, standIn.calls().size(), "a stream limited to 3 items fetches one page");
    }

    @Test
    void followsTotalResultsWhenItChangesBetweenPages() {
        serveClients(n -> n == 1 ? 30 : 15, false); // rows were deleted while paging
        assertEquals(LongRange.of(1, 15), ids(whmcs.clients().getClientsPaginator(r -> r.limitnum(10))));
        assertEquals(2, standIn.calls().size());
    }

    @Test
    void doesNotTrustLimitnum() {
        serveClients(n -> 42, true); // a command that ignores limitnum and answers everything at once
        assertEquals(LongRange.of(1, 42), ids(whmcs.clients().getClientsPaginator(r -> r.limitnum(10))));
        assertEquals(1, standIn.calls().size(), "the next offset counts what arrived, so it is past the total");
    }

    @Test
    void startsAtTheCallersLimitstartAndStopsAtAnEmptyPage() {
        serveClients(n -> 12, false);
        assertEquals(LongRange.of(6, 12), ids(whmcs.clients().getClientsPaginator(r -> r.limitstart(5).limitnum(4))));
        serveClients(n -> 0, false);
        assertFalse(whmcs.clients().getClientsPaginator().iterator().hasNext());
    }

    @Test
    void carriesTheCallOptionsToEveryPage() {
        serveClients(n -> 5, false);
        WhmcsClient tagged = whmcs.withOptions(CallOptions.none().parameter("custom_filter", "vip"));
        assertEquals(5, ids(tagged.clients().getClientsPaginator(r -> r.limitnum(2))).size());
        assertEquals(3, standIn.calls().size());
        standIn.calls().forEach(call -> assertEquals("vip", call.parameter("custom_filter").orElseThrow()));
    }

    /** Serves {@code rows(start)} as the page, with the given startnumber and no totalresults. */
    private void servePages(java.util.function.IntFunction<String> startnumber, IntUnaryOperator firstRow) {
        standIn.on("GetClients", call -> {
            int start = Integer.parseInt(call.parameter("limitstart").orElse("0"));
            int size = Integer.parseInt(call.parameter("limitnum").orElse("25"));
            int first = firstRow.applyAsInt(start);
            String rows = IntStream.range(first, first + size)
                    .mapToObj(i -> "{\"id\":" + (i + 1) + ",\"email\":\"c" + (i + 1) + "@example.com\"}")
                    .collect(Collectors.joining(","));
            String number = startnumber.apply(start);
            return StandInResponse.json("{\"result\":\"success\"," + (number == null ? "" : "\"startnumber\":" + number + ",")
                    + "\"numreturned\":" + size + ",\"clients\":{\"client\":[" + rows + "]}}");
        });
    }

    @Test
    void aServerThatIgnoresLimitstartFailsInsteadOfRepeatingRows() {
        servePages(start -> "0", start -> 0); // the first page, whatever was asked
        WhmcsPaginationException e = assertThrows(WhmcsPaginationException.class,
                () -> ids(whmcs.clients().getClientsPaginator(r -> r.limitnum(25))));
        assertEquals("GetClients: asked for the page at limitstart 25 but the server answered startnumber 0; it does not"
                + " page as WHMCS does, so the items would repeat or be missed", e.getMessage());
        assertEquals(2, standIn.calls().size());
    }

    @Test
    void aRepeatedPageWithoutStartnumberFails() {
        servePages(start -> null, start -> 0);
        WhmcsPaginationException e = assertThrows(WhmcsPaginationException.class,
                () -> ids(whmcs.clients().getClientsPaginator(r -> r.limitnum(25))));
        assertEquals("GetClients: the page at limitstart 25 repeats the page before it; the server ignores limitstart,"
                + " so the items would repeat without end", e.getMessage());
        assertEquals(2, e.pagesFetched());
    }

    @Test
    void maxPagesBoundsAListWithoutTotalresults() {
        servePages(start -> String.valueOf(start), start -> start); // new rows on every page, for ever
        Iterator<GetClientsResponse.Client> clients = whmcs.clients().getClientsPaginator(r -> r.limitnum(10))
                .maxPages(3).iterator();
        for (int i = 0; i < 30; i++) {
            assertEquals(i + 1, clients.next().id());
        }
        WhmcsPaginationException e = assertThrows(WhmcsPaginationException.class, clients::hasNext);
        assertEquals("GetClients: stopped after 3 pages (maxPages) with more items to come, at limitstart 30",
                e.getMessage());
        assertEquals(3, standIn.calls().size());
    }

    /** 1..n as longs. */
    private static final class LongRange {
        static List<Long> of(long from, long to) {
            return java.util.stream.LongStream.rangeClosed(from, to).boxed().toList();
        }
    }
}
