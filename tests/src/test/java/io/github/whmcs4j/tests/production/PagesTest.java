package io.github.whmcs4j.tests.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.runtime.ListPage;
import io.github.whmcs4j.runtime.error.WhmcsPaginationException;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.sdk.billing.GetInvoicesRequest;
import io.github.whmcs4j.sdk.billing.GetInvoicesResponse;
import io.github.whmcs4j.sdk.clients.GetClientsRequest;
import io.github.whmcs4j.sdk.clients.GetClientsResponse;
import io.github.whmcs4j.testkit.ReceivedCall;
import io.github.whmcs4j.testkit.StandInResponse;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * A plain list call says whether it holds the whole list and gives the next page's request; the
 * paginator offers pages as well as items, and walks them asynchronously too.
 */
class PagesTest {
    private static WhmcsClient client(WhmcsStandIn standIn) {
        return WhmcsClient.builder().endpoint(standIn.endpoint()).credentials(Credentials.apiKey("id", "secret"))
                .allowPlainHttp().build();
    }

    /** A client list of {@code total} rows, paged through limitstart and limitnum (WHMCS's 25 by default). */
    private static void serveClients(WhmcsStandIn standIn, int total, boolean ignoreLimitstart) {
        standIn.on("GetClients", call -> {
            int start = ignoreLimitstart ? 0 : Integer.parseInt(call.parameter("limitstart").orElse("0"));
            int size = Integer.parseInt(call.parameter("limitnum").orElse("25"));
            String rows = IntStream.range(start, Math.min(total, start + size))
                    .mapToObj(i -> "{\"id\":" + (i + 1) + "}").collect(Collectors.joining(","));
            return StandInResponse.json("{\"result\":\"success\",\"totalresults\":" + total + ",\"numreturned\":"
                    + Math.max(0, Math.min(total, start + size) - start) + ",\"clients\":{\"client\":[" + rows + "]}}");
        });
    }

    @Test
    void aPlainCallSaysItHoldsOnlyThe25RowsOfWhmcssFirstPage() {
        try (WhmcsStandIn standIn = WhmcsStandIn.startWithSpec().listSize(300)) {
            WhmcsClient whmcs = client(standIn);
            GetInvoicesRequest first = GetInvoicesRequest.builder().userid(7).build();
            GetInvoicesResponse page = whmcs.billing().getInvoices(first);
            assertEquals(25, page.pageItems().size());
            assertEquals(300L, page.totalresults().longValue());
            assertFalse(page.isWholeList());

            GetInvoicesRequest second = whmcs.billing().getInvoicesNextPageRequest(first, page).orElseThrow();
            assertEquals(Integer.valueOf(25), second.limitstart());
            assertEquals(7L, second.userid().longValue());
            whmcs.billing().getInvoices(second);
            ReceivedCall sent = standIn.lastCall();
            assertEquals("25", sent.parameter("limitstart").orElseThrow());
            assertEquals("7", sent.parameter("userid").orElseThrow());
            assertFalse(sent.parameter("limitnum").isPresent(), "the request's own page size, unset, as it was");
        }
    }

    @Test
    void aListThatFitsIsWholeAndHasNoNextPage() {
        try (WhmcsStandIn standIn = WhmcsStandIn.startWithSpec().listSize(10)) {
            WhmcsClient whmcs = client(standIn);
            GetInvoicesRequest request = GetInvoicesRequest.builder().build();
            GetInvoicesResponse page = whmcs.billing().getInvoices(request);
            assertTrue(page.isWholeList());
            assertEquals(Optional.empty(), whmcs.billing().getInvoicesNextPageRequest(request, page));
        }
    }

    @Test
    void theNextPageRequestsWalkTheWholeList() {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            serveClients(standIn, 60, false);
            WhmcsClient whmcs = client(standIn);
            List<Long> ids = new ArrayList<>();
            Optional<GetClientsRequest> request = Optional.of(GetClientsRequest.builder().build());
            while (request.isPresent()) {
                GetClientsResponse page = whmcs.clients().getClients(request.get());
                page.clients().forEach(client -> ids.add(client.id()));
                request = whmcs.clients().getClientsNextPageRequest(request.get(), page);
            }
            assertEquals(LongStream.rangeClosed(1, 60).boxed().toList(), ids);
            assertEquals(3, standIn.calls().size(), "pages of 25, 25 and 10");
        }
    }

    @Test
    void thePaginatorOffersPages() {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            serveClients(standIn, 23, false);
            List<Integer> sizes = new ArrayList<>();
            for (ListPage<GetClientsResponse.Client> page : client(standIn).clients()
                    .getClientsPaginator(r -> r.limitnum(10)).pages()) {
                assertInstanceOf(GetClientsResponse.class, page);
                assertEquals(23L, page.totalresults().longValue());
                sizes.add(page.pageItems().size());
            }
            assertEquals(List.of(10, 10, 3), sizes);
            assertEquals(LongStream.rangeClosed(1, 23).boxed().toList(), client(standIn).clients().getClientsPaginator(r -> r.limitnum(10)).items()
                    .map(GetClientsResponse.Client::id).toList());
        }
    }

    @Test
    void pagesWalkAsynchronously() throws Exception {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            serveClients(standIn, 23, false);
            List<Long> ids = new CopyOnWriteArrayList<>();
            client(standIn).clients().getClientsPaginator(r -> r.limitnum(10))
                    .forEachPageAsync(page -> page.pageItems().forEach(client -> ids.add(client.id())))
                    .get(30, TimeUnit.SECONDS);
            assertEquals(LongStream.rangeClosed(1, 23).boxed().toList(), ids);
            List<String> offsets = standIn.calls().stream()
                    .map(call -> call.parameter("limitstart").orElseThrow()).toList();
            assertEquals(List.of("0", "10", "20"), offsets);
        }
    }

    @Test
    void anAsynchronousWalkStopsAtAServerThatIgnoresLimitstart() {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            serveClients(standIn, 30, true);
            ExecutionException e = assertThrows(ExecutionException.class, () -> client(standIn).clients()
                    .getClientsPaginator(r -> r.limitnum(10)).forEachPageAsync(page -> { }).get(30, TimeUnit.SECONDS));
            assertInstanceOf(WhmcsPaginationException.class, e.getCause());
            assertEquals(2, standIn.calls().size(), "no page is fetched after the repeated one");
        }
    }

    @Test
    void whatTheActionThrowsEndsTheAsynchronousWalk() {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            serveClients(standIn, 30, false);
            IllegalStateException full = new IllegalStateException("queue full");
            ExecutionException e = assertThrows(ExecutionException.class, () -> client(standIn).clients()
                    .getClientsPaginator(r -> r.limitnum(10)).forEachPageAsync(page -> {
                        throw full;
                    }).get(30, TimeUnit.SECONDS));
            assertSame(full, e.getCause());
            assertEquals(1, standIn.calls().size());
        }
    }
}
