package io.github.whmcs4j.tests.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.runtime.RetryPolicy;
import io.github.whmcs4j.runtime.error.WhmcsApiException;
import io.github.whmcs4j.runtime.error.WhmcsTransportException;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.testkit.StandInResponse;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An HTTP 5xx without a WHMCS answer means the request reached the server, so for a command that
 * changes data its outcome is unknown: a caller told "failed" would send a second order.
 */
class OutcomeUnknownTest {
    private static WhmcsClient client(WhmcsStandIn standIn) {
        return WhmcsClient.builder().endpoint(standIn.endpoint()).credentials(Credentials.apiKey("id", "secret"))
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofSeconds(10)))
                .allowPlainHttp().build();
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 504})
    void aMutatingCommandAnsweredWith5xxHasAnUnknownOutcome(int status) {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            standIn.on("AddOrder", call -> new StandInResponse(status, "text/html", "<html>Gateway trouble</html>"));
            WhmcsTransportException e = assertThrows(WhmcsTransportException.class,
                    () -> client(standIn).orders().addOrder(r -> r.clientid(1).paymentmethod("paypal")));
            assertEquals(status, e.httpStatus());
            assertTrue(e.outcomeUnknown());
            assertTrue(e.getMessage().contains("its outcome is unknown: check in WHMCS before sending it again"),
                    e.getMessage());
            assertEquals(1, standIn.calls().size(), "sent exactly once");
        }
    }

    @Test
    void a503WithRetryAfterIsUnknownToo() {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            standIn.on("CapturePayment", call -> new StandInResponse(503, "text/html", "<html>Busy</html>")
                    .withHeader("Retry-After", "30"));
            WhmcsTransportException e = assertThrows(WhmcsTransportException.class,
                    () -> client(standIn).billing().capturePayment(r -> r.invoiceid(7)));
            assertTrue(e.outcomeUnknown());
            assertEquals(1, standIn.calls().size());
        }
    }

    @Test
    void aMutatingCommandAnsweredWith500AndSuccessIsUnknown() {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            standIn.on("AddOrder", call -> new StandInResponse(500, "application/json",
                    "{\"result\":\"success\",\"orderid\":5}"));
            assertTrue(assertThrows(WhmcsTransportException.class,
                    () -> client(standIn).orders().addOrder(r -> r.clientid(1).paymentmethod("paypal"))).outcomeUnknown());
        }
    }

    @Test
    void whmcsOwnErrorsReadOnlyCommandsAndClientErrorsStayKnown() {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            standIn.on("AddOrder", call -> StandInResponse.error(call, 500, "Invalid Payment Method"));
            standIn.on("UpdateClient", call -> new StandInResponse(404, "text/html", "<html>Not found</html>"));
            standIn.on("GetClients", call -> new StandInResponse(500, "text/html", "<html>Oops</html>"));
            WhmcsClient whmcs = client(standIn);
            assertEquals("Invalid Payment Method", assertThrows(WhmcsApiException.class,
                    () -> whmcs.orders().addOrder(r -> r.clientid(1).paymentmethod("x"))).apiMessage());
            assertFalse(assertThrows(WhmcsTransportException.class,
                    () -> whmcs.clients().updateClient(r -> r.clientid(1))).outcomeUnknown());
            assertFalse(assertThrows(WhmcsTransportException.class,
                    () -> whmcs.clients().getClients()).outcomeUnknown());
        }
    }
}
