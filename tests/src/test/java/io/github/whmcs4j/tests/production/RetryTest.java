package io.github.whmcs4j.tests.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.runtime.RetryPolicy;
import io.github.whmcs4j.runtime.error.WhmcsTransportException;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.testkit.StandInResponse;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Read-only commands are retried on transient faults; commands that change data never are. */
class RetryTest {
    private static final String DETAILS = "{\"result\":\"success\",\"whmcs\":{\"version\":\"8.13.1\"}}";
    private static final String ORDER = "{\"result\":\"success\",\"orderid\":5}";
    private static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50),
            Duration.ofSeconds(20));

    private static WhmcsClient client(String endpoint) {
        return WhmcsClient.builder().endpoint(endpoint).credentials(Credentials.apiKey("id", "secret"))
                .retryPolicy(QUICK).requestTimeout(Duration.ofSeconds(5)).allowPlainHttp().build();
    }

    @Test
    void aReadOnlyCommandIsRetriedAfter503() {
        AtomicInteger calls = new AtomicInteger();
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            standIn.on("WhmcsDetails", call -> calls.incrementAndGet() == 1
                    ? new StandInResponse(503, "text/html", "<html>Service Unavailable</html>")
                    : StandInResponse.json(DETAILS));
            assertEquals("8.13.1", client(standIn.endpoint().toString()).system().whmcsDetails().whmcs().version());
            assertEquals(2, standIn.calls().size());
        }
    }

    @Test
    void aReadOnlyCommandHonoursRetryAfterOn429() {
        AtomicInteger calls = new AtomicInteger();
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            standIn.on("WhmcsDetails", call -> calls.incrementAndGet() == 1
                    ? new StandInResponse(429, "text/plain", "slow down").withHeader("Retry-After", "1")
                    : StandInResponse.json(DETAILS));
            long start = System.nanoTime();
            client(standIn.endpoint().toString()).system().whmcsDetails();
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 1000, "waited as Retry-After asked");
            assertEquals(2, standIn.calls().size());
        }
    }

    /** A Retry-After past any deadline is clamped: no retry, and the failure is the SDK's own exception. */
    @Test
    void anEnormousRetryAfterEndsInTheSdksException() {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            standIn.on("WhmcsDetails", call -> new StandInResponse(503, "text/html", "<html>Busy</html>")
                    .withHeader("Retry-After", "9223372036854775807"));
            WhmcsTransportException e = assertThrows(WhmcsTransportException.class,
                    () -> client(standIn.endpoint().toString()).system().whmcsDetails());
            assertEquals(503, e.httpStatus());
            assertEquals(1, standIn.calls().size(), "the wait asked for is past the deadline");
            standIn.on("WhmcsDetails", call -> new StandInResponse(503, "text/html", "<html>Busy</html>")
                    .withHeader("Retry-After", "99999999999999999999999"));
            assertThrows(WhmcsTransportException.class, () -> client(standIn.endpoint().toString()).system().whmcsDetails());
        }
    }

    @Test
    void aReadOnlyCommandIsRetriedAfterADroppedConnection() throws Exception {
        try (MisbehavingServer server = new MisbehavingServer(n -> n == 1 ? new MisbehavingServer.Drop()
                : new MisbehavingServer.Answer(DETAILS))) {
            assertEquals("8.13.1", client(server.endpoint()).system().whmcsDetails().whmcs().version());
            assertEquals(2, server.requests());
        }
    }

    @Test
    void addOrderIsNotRetriedAfter503() {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            standIn.on("AddOrder", call -> new StandInResponse(503, "text/html", "<html>Service Unavailable</html>"));
            WhmcsTransportException e = assertThrows(WhmcsTransportException.class,
                    () -> client(standIn.endpoint().toString()).orders().addOrder(r -> r.clientid(1).paymentmethod("paypal")));
            assertEquals(503, e.httpStatus());
            assertEquals(1, standIn.calls().size(), "sent exactly once");
        }
    }

    @Test
    void addOrderIsNotRetriedAfterADroppedConnectionAndTheOutcomeIsUnknown() throws Exception {
        try (MisbehavingServer server = new MisbehavingServer(n -> n == 1 ? new MisbehavingServer.Drop()
                : new MisbehavingServer.Answer(ORDER))) {
            WhmcsTransportException e = assertThrows(WhmcsTransportException.class,
                    () -> client(server.endpoint()).orders().addOrder(r -> r.clientid(1).paymentmethod("paypal")));
            assertTrue(e.outcomeUnknown());
            assertTrue(e.getMessage().contains("the request may have reached WHMCS, so its outcome is unknown"),
                    e.getMessage());
            Thread.sleep(200); // give a wrongful second attempt time to arrive
            assertEquals(1, server.requests(), "sent exactly once");
        }
    }

    @Test
    void aCommandThatCouldNotConnectWasNotSent() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        WhmcsTransportException e = assertThrows(WhmcsTransportException.class,
                () -> client("http://127.0.0.1:" + port + "/includes/api.php").orders()
                        .addOrder(r -> r.clientid(1).paymentmethod("paypal")));
        assertFalse(e.outcomeUnknown(), "nothing was sent, so nothing happened");
    }

    @Test
    void retriesStopAtMaxAttempts() {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            standIn.on("WhmcsDetails", call -> new StandInResponse(502, "text/html", "<html>Bad Gateway</html>"));
            WhmcsTransportException e = assertThrows(WhmcsTransportException.class,
                    () -> client(standIn.endpoint().toString()).system().whmcsDetails());
            assertEquals(502, e.httpStatus());
            assertEquals(3, standIn.calls().size());
        }
    }
}
