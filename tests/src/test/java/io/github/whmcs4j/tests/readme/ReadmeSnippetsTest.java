package io.github.whmcs4j.tests.readme;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.runtime.CallContext;
import io.github.whmcs4j.runtime.CallInfo;
import io.github.whmcs4j.runtime.CallOptions;
import io.github.whmcs4j.runtime.CallResult;
import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.runtime.Interceptor;
import io.github.whmcs4j.runtime.RawRequest;
import io.github.whmcs4j.runtime.RawResponse;
import io.github.whmcs4j.runtime.RetryPolicy;
import io.github.whmcs4j.runtime.error.WhmcsAuthenticationException;
import io.github.whmcs4j.runtime.error.WhmcsIpNotAllowedException;
import io.github.whmcs4j.runtime.error.WhmcsTransportException;
import io.github.whmcs4j.runtime.transport.TransportRequest;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.sdk.billing.GetInvoiceResponse;
import io.github.whmcs4j.sdk.billing.GetInvoicesRequest;
import io.github.whmcs4j.sdk.billing.GetInvoicesResponse;
import io.github.whmcs4j.sdk.clients.GetClientsRequest;
import io.github.whmcs4j.sdk.clients.GetClientsResponse;
import io.github.whmcs4j.sdk.orders.AddOrderRequest;
import io.github.whmcs4j.sdk.orders.AddOrderResponse;
import io.github.whmcs4j.testkit.Fault;
import io.github.whmcs4j.testkit.StandInResponse;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import io.github.whmcs4j.testkit.WhmcsStandInTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** README: "Using the SDK" (from the environment). */
    @Test
    void clientFromTheEnvironment() {
        Map<String, String> environment = Map.of("WHMCS_ENDPOINT", standIn.endpoint().toString(),
                "WHMCS_IDENTIFIER", identifier, "WHMCS_SECRET", secret);

        WhmcsClient whmcs = WhmcsClient.builder().fromEnvironment(environment::get) // README: fromEnvironment()
                .allowPlainHttp()                                                   // README: not needed for https
                .build();

        assertEquals(1, whmcs.clients().getClients().clients().size());
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

    /** What the README's interceptor snippet records: one line per call. */
    private final List<String> recorded = new ArrayList<>();

    private final class Metrics {
        void record(String action, CallResult.Outcome outcome, int attempts, long nanos) {
            recorded.add(action + " " + outcome + " " + attempts + (nanos > 0 ? " timed" : ""));
        }
    }

    private String traceParent() {
        return "00-readme-01";
    }

    /** README: "In production" (pages you can see, errors you can act on, call-level interceptors). */
    @Test
    void inProductionPagesErrorsAndHooks() {
        Metrics metrics = new Metrics();
        WhmcsClient whmcs = WhmcsClient.builder().endpoint(standIn.endpoint())
                .credentials(Credentials.apiKey(identifier, secret)).allowPlainHttp()
                .interceptor(new Interceptor() {
                    final CallContext.Key<Long> started = CallContext.Key.named("started");

                    @Override
                    public void onCallStart(CallContext call) {
                        call.put(started, System.nanoTime());
                    }

                    @Override
                    public TransportRequest onRequest(CallInfo attempt, TransportRequest request) {
                        return request.withHeader("traceparent", traceParent());
                    }

                    @Override
                    public void onCallEnd(CallContext call, CallResult result) {
                        metrics.record(call.action(), result.outcome(), result.attempts(), System.nanoTime() - call.get(started));
                    }
                })
                .build();
        standIn.answer("GetInvoices", "{\"result\":\"success\",\"totalresults\":30,\"invoices\":{\"invoice\":[{\"id\":1}]}}");

        GetInvoicesRequest request = GetInvoicesRequest.builder().status("Unpaid").build();
        GetInvoicesResponse page = whmcs.billing().getInvoices(request);
        if (!page.isWholeList()) {
            Optional<GetInvoicesRequest> next = whmcs.billing().getInvoicesNextPageRequest(request, page);
            assertEquals(Integer.valueOf(1), next.orElseThrow().limitstart());
        }
        assertEquals("00-readme-01", standIn.lastCall().header("traceparent").orElseThrow());

        standIn.on("WhmcsDetails", call -> StandInResponse.error(call, 403, "Invalid IP 203.0.113.9"));
        try {
            whmcs.system().whmcsDetails();
        } catch (WhmcsIpNotAllowedException e) {
            System.err.println("add " + e.ip() + " to the API IP allow-list in WHMCS");
        } catch (WhmcsAuthenticationException e) {
            System.err.println("check the API credentials: " + e.apiMessage());
        }
        assertEquals("203.0.113.9", assertThrows(WhmcsIpNotAllowedException.class, () -> whmcs.system().whmcsDetails()).ip());
        assertEquals(List.of("GetInvoices SUCCESS 1 timed", "WhmcsDetails API_ERROR 1 timed",
                "WhmcsDetails API_ERROR 1 timed"), recorded);
    }

    /** README: "In production", the encodings WHMCS needs. */
    @Test
    void customFieldsGoAsSerializedBase64() {
        WhmcsClient whmcs = WhmcsClient.builder().endpoint(standIn.endpoint())
                .credentials(Credentials.apiKey(identifier, secret)).allowPlainHttp().build();

        whmcs.orders().addOrder(r -> r.clientid(42).paymentmethod("paypal").addPid(1)
                .addCustomfields(Map.of("7", "Zürich"))   // customfields[0]=base64('a:1:{i:7;s:7:"Zürich";}')
        );

        String sent = standIn.lastCall().parameter("customfields[0]").orElseThrow();
        assertEquals("a:1:{i:7;s:7:\"Zürich\";}", new String(Base64.getDecoder().decode(sent), UTF_8));
    }

    /**
     * README: "In production", logging with java.util.logging: what the snippet sets is what makes the
     * SDK's DEBUG lines appear on the console. The console handler writes to {@code System.err} as it
     * is when the handler is made, so the test captures it first.
     */
    @Test
    void loggingWithJavaUtilLogging() {
        PrintStream stderr = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        System.setErr(new PrintStream(console, true, UTF_8));
        java.util.logging.Logger sdkLog = java.util.logging.Logger.getLogger("io.github.whmcs4j");
        java.util.logging.Handler added = null;
        try {
            // The README's snippet:
            sdkLog.setLevel(java.util.logging.Level.FINE);          // System.Logger's DEBUG is FINE here
            java.util.logging.ConsoleHandler handler = new java.util.logging.ConsoleHandler();
            handler.setLevel(java.util.logging.Level.FINE);         // a handler passes INFO and up unless told
            sdkLog.addHandler(handler);
            sdkLog.setUseParentHandlers(false);                     // else warnings print twice
            added = handler;

            WhmcsClient whmcs = WhmcsClient.builder().endpoint(standIn.endpoint())
                    .credentials(Credentials.apiKey(identifier, secret)).allowPlainHttp().build();
            whmcs.clients().getClients(r -> r.search("example.com"));
            handler.flush();
        } finally {
            System.setErr(stderr);
            if (added != null) {
                sdkLog.removeHandler(added);
            }
            sdkLog.setUseParentHandlers(true);
            sdkLog.setLevel(null);
        }
        String output = console.toString(UTF_8);
        assertTrue(output.contains("GetClients attempt 1: POST"), output);
        assertTrue(output.contains("search=example.com"), output);
        assertFalse(output.contains(secret), output);
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
