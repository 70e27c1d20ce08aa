package io.github.whmcs4j.tests.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.runtime.CallInfo;
import io.github.whmcs4j.runtime.CallOptions;
import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.runtime.Interceptor;
import io.github.whmcs4j.runtime.RawRequest;
import io.github.whmcs4j.runtime.RawResponse;
import io.github.whmcs4j.runtime.RetryPolicy;
import io.github.whmcs4j.runtime.error.WhmcsTransportException;
import io.github.whmcs4j.runtime.transport.TransportRequest;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.sdk.billing.GetInvoiceResponse;
import io.github.whmcs4j.sdk.clients.GetClientsRequest;
import io.github.whmcs4j.sdk.clients.GetClientsResponse;
import io.github.whmcs4j.sdk.orders.AddOrderRequest;
import io.github.whmcs4j.sdk.orders.AddOrderResponse;
import io.github.whmcs4j.testkit.Fault;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import io.github.whmcs4j.testkit.WhmcsStandInTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The README's code, compiled and run against a stand-in, so that it cannot rot. When you change a
 * snippet here, change it in README.md too (and the other way round).
 */
class ReadmeSnippetsTest {
    private WhmcsStandIn standIn;
    private final String identifier = "readme-id";
    private final String secret = "readme-secret";

    @BeforeEach
    void start() {
        standIn = WhmcsStandIn.start().requireApiKey(identifier, secret);
        standIn.answer("GetClients", "{\"result\":\"success\",\"totalresults\":1,\"clients\":{\"client\":"
                + "{\"id\":1,\"email\":\"ada@example.com\",\"datecreated\":\"2024-03-01\"}}}");
        standIn.answer("AddOrder", "{\"result\":\"success\",\"orderid\":41,\"invoiceid\":96}");
        standIn.answer("GetInvoice", "{\"result\":\"success\",\"invoiceid\":96,\"total\":\"15.95\"}");
        standIn.answer("GetInvoices", "{\"result\":\"success\",\"totalresults\":0}");
        standIn.answer("GetLicenseStatus", "{\"result\":\"success\",\"status\":\"Active\"}");
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    /** README: "Using the SDK". */
    @Test
    void usingTheSdk() {
        WhmcsClient whmcs = WhmcsClient.builder()
                .endpoint(standIn.endpoint())                              // README: "https://billing.example.com/includes/api.php"
                .credentials(Credentials.apiKey(identifier, secret))   // or Credentials.adminPassword(user, password)
                .allowPlainHttp()                                      // README: not needed for https
                .build();                                              // JSON by default; .responseFormat(XML) also works

        GetClientsResponse page = whmcs.clients().getClients(r -> r.search("example.com").limitnum(50));
        for (GetClientsResponse.Client client : page.clients()) {
            System.out.println(client.id() + " " + client.email() + " since " + client.datecreated());
        }

        AddOrderResponse order = whmcs.orders().addOrder(AddOrderRequest.builder()
                .clientid(42).paymentmethod("paypal")
                .addPid(1).addBillingcycle(AddOrderRequest.BillingCycle.MONTHLY)
                .addCustomfields(Map.of("7", "my value"))      // sent as base64 of PHP serialize(), as WHMCS wants
                .build());
        assertEquals(41L, order.orderid());
    }

    /** README: "In production". */
    @Test
    void inProduction() throws Exception {
        List<String> traced = new ArrayList<>();
        WhmcsClient whmcs = WhmcsClient.builder().endpoint(standIn.endpoint())
                .credentials(Credentials.apiKey(identifier, secret)).allowPlainHttp()
                .retryPolicy(new RetryPolicy(4, Duration.ofMillis(250), Duration.ofSeconds(5), Duration.ofSeconds(30)))
                .interceptor(new Interceptor() {
                    @Override
                    public TransportRequest onRequest(CallInfo call, TransportRequest request) {
                        traced.add(call.action());
                        return request.withHeader("traceparent", "00-readme-01");
                    }
                })
                .build();

        whmcs.clients().getClientsPaginator(r -> r.status(GetClientsRequest.Status.ACTIVE).limitnum(250))
                .stream()
                .forEach(client -> System.out.println(client.email()));

        CompletableFuture<GetInvoiceResponse> invoice = whmcs.billing().getInvoiceAsync(r -> r.invoiceid(96));
        assertEquals("15.95", invoice.get().total().toPlainString());

        whmcs.withOptions(CallOptions.none().timeout(Duration.ofMinutes(2)).parameter("newfield", "x"))
                .billing().getInvoices();
        assertEquals("x", standIn.lastCall().parameter("newfield").orElseThrow());
        assertEquals(List.of("GetClients", "GetInvoice", "GetInvoices"), traced);
    }

    /** README: "Extending with your own actions" (the raw call). */
    @Test
    void rawCalls() {
        WhmcsClient whmcs = WhmcsClient.builder().endpoint(standIn.endpoint())
                .credentials(Credentials.apiKey(identifier, secret)).allowPlainHttp().build();
        String key = "LIC-123";

        RawResponse answer = whmcs.raw(RawRequest.action("GetLicenseStatus").param("licensekey", key).readOnly().build());
        String status = (String) answer.fields().get("status");

        assertEquals("Active", status);
        assertTrue(standIn.lastCall().body().endsWith("&licensekey=LIC-123"));
    }

    /** README: "Testing with the testkit" (in the README, a top-level class without {@code @Nested}). */
    @Nested
    @WhmcsStandInTest(seed = 42, listSize = 30)
    class BillingJobTest {
        @Test
        void readsEveryClient(WhmcsClient whmcs) {
            long clients = whmcs.clients().getClientsPaginator(r -> r.limitnum(25)).stream().count();  // two pages
            assertEquals(30, clients);
        }

        @Test
        void reportsAServerError(WhmcsClient whmcs, WhmcsStandIn standIn) {
            standIn.answer("GetClientsDetails", "{\"result\":\"success\",\"client\":{\"id\":7}}");   // a canned answer
            standIn.fail("GetInvoices", Fault.httpStatus(500), 1);                                // only the next call
            assertThrows(WhmcsTransportException.class, () -> whmcs.billing().getInvoices());
            assertEquals(7L, whmcs.clients().getClientsDetails(r -> r.clientid(7)).client().id());
        }
    }
}
