package io.github.whmcs4j.tests.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.runtime.CallOptions;
import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.runtime.RetryPolicy;
import io.github.whmcs4j.runtime.error.WhmcsTransportException;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.sdk.system.WhmcsDetailsResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A server that never answers: the request timeout fires, and async calls fail instead of hanging. */
class TimeoutTest {
    private static WhmcsClient client(MisbehavingServer server, Duration timeout) {
        return WhmcsClient.builder().endpoint(server.endpoint()).credentials(Credentials.apiKey("id", "secret"))
                .requestTimeout(timeout).retryPolicy(RetryPolicy.none()).allowPlainHttp().build();
    }

    @Test
    void theRequestTimeoutFiresWithinItsBound() throws Exception {
        try (MisbehavingServer server = new MisbehavingServer(n -> new MisbehavingServer.Stall())) {
            long start = System.nanoTime();
            WhmcsTransportException e = assertThrows(WhmcsTransportException.class,
                    () -> client(server, Duration.ofMillis(300)).system().whmcsDetails());
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(elapsed < 3000, "gave up after " + elapsed + " ms for a 300 ms timeout");
            assertTimedOut(e, "300 ms");
        }
    }

    @Test
    void aPerCallTimeoutOverridesTheClients() throws Exception {
        try (MisbehavingServer server = new MisbehavingServer(n -> new MisbehavingServer.Stall())) {
            WhmcsClient patient = client(server, Duration.ofMinutes(5));
            long start = System.nanoTime();
            WhmcsTransportException e = assertThrows(WhmcsTransportException.class,
                    () -> patient.withOptions(CallOptions.none().timeout(Duration.ofMillis(200))).system().whmcsDetails());
            assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 3000);
            assertTimedOut(e, "200 ms");
        }
    }

    /**
     * On a loaded machine the timeout can fire while still connecting, which the JDK reports as a
     * connect timeout: both are the request timeout firing.
     */
    private static void assertTimedOut(WhmcsTransportException e, String timeout) {
        assertEquals(WhmcsTransportException.NO_RESPONSE, e.httpStatus());
        assertTrue(e.getMessage().equals("WhmcsDetails: no response within " + timeout)
                || e.getMessage().endsWith("HTTP connect timed out"), e.getMessage());
    }

    /** A body still arriving when the timeout passes: the exchange ends there, its connection closed. */
    @Test
    void aTimedOutCallClosesItsConnectionAndStopsTheDownload() throws Exception {
        try (MisbehavingServer server = new MisbehavingServer(n -> new MisbehavingServer.Trickle(8_000_000))) {
            WhmcsTransportException e = assertThrows(WhmcsTransportException.class,
                    () -> client(server, Duration.ofMillis(500)).system().whmcsDetails());
            assertTimedOut(e, "500 ms");
            assertTrue(server.awaitClosedByClient(10), "the server went on sending: the exchange was not cancelled");
        }
    }

    /** Deadlines of calls in flight together are kept apart: a short one is not held back by a longer one. */
    @Test
    void aShortTimeoutEndsItsDownloadWhileACallWithALongerOneWaits() throws Exception {
        try (MisbehavingServer silent = new MisbehavingServer(n -> new MisbehavingServer.Stall());
             MisbehavingServer trickling = new MisbehavingServer(n -> new MisbehavingServer.Trickle(8_000_000))) {
            Thread patient = new Thread(() -> assertThrows(WhmcsTransportException.class,
                    () -> client(silent, Duration.ofMinutes(5)).system().whmcsDetails()));
            patient.start();
            while (silent.requests() == 0 && patient.isAlive()) {
                Thread.sleep(10);
            }
            WhmcsTransportException e = assertThrows(WhmcsTransportException.class,
                    () -> client(trickling, Duration.ofMillis(500)).system().whmcsDetails());
            assertTimedOut(e, "500 ms");
            assertTrue(trickling.awaitClosedByClient(10), "the server went on sending: the exchange was not cancelled");
            assertTrue(patient.isAlive(), "the call with the longer timeout ended early");
            patient.interrupt();
            patient.join();
        }
    }

    @Test
    void aTimedOutCallOnASilentServerClosesItsConnection() throws Exception {
        try (MisbehavingServer server = new MisbehavingServer(n -> new MisbehavingServer.Stall())) {
            assertThrows(WhmcsTransportException.class, () -> client(server, Duration.ofMillis(300)).system().whmcsDetails());
            assertTrue(server.awaitClosedByClient(10), "the connection was left open");
        }
    }

    @Test
    void asyncCallsCompleteExceptionallyRatherThanHang() throws Exception {
        try (MisbehavingServer server = new MisbehavingServer(n -> new MisbehavingServer.Stall())) {
            CompletableFuture<WhmcsDetailsResponse> future = client(server, Duration.ofMillis(300)).system().whmcsDetailsAsync(r -> { });
            ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
            assertInstanceOf(WhmcsTransportException.class, e.getCause());
        }
    }

    @Test
    void aMutatingCommandThatTimesOutHasAnUnknownOutcome() throws Exception {
        try (MisbehavingServer server = new MisbehavingServer(n -> new MisbehavingServer.Stall())) {
            WhmcsTransportException e = assertThrows(WhmcsTransportException.class,
                    () -> client(server, Duration.ofMillis(1000)).billing().capturePayment(r -> r.invoiceid(7)));
            assertTrue(e.outcomeUnknown());
            assertEquals("CapturePayment: no response within 1000 ms; the request may have reached WHMCS, so its outcome"
                    + " is unknown: check in WHMCS before sending it again (the SDK never resends a command that"
                    + " changes data)", e.getMessage());
        }
    }
}
