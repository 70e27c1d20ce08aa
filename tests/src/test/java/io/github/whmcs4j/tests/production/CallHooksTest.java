package io.github.whmcs4j.tests.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.whmcs4j.runtime.CallContext;
import io.github.whmcs4j.runtime.CallInfo;
import io.github.whmcs4j.runtime.CallOptions;
import io.github.whmcs4j.runtime.CallResult;
import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.runtime.Interceptor;
import io.github.whmcs4j.runtime.RetryPolicy;
import io.github.whmcs4j.runtime.error.WhmcsApiException;
import io.github.whmcs4j.runtime.error.WhmcsDecodeException;
import io.github.whmcs4j.runtime.error.WhmcsException;
import io.github.whmcs4j.runtime.error.WhmcsInvalidRequestException;
import io.github.whmcs4j.runtime.error.WhmcsTransportException;
import io.github.whmcs4j.runtime.transport.TransportRequest;
import io.github.whmcs4j.runtime.transport.TransportResponse;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.testkit.Fault;
import io.github.whmcs4j.testkit.StandInResponse;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Interceptors see each call as a whole, start to end, with its outcome and attempts, as well as each
 * HTTP attempt; state kept in the call's context at the start is there at the end.
 */
class CallHooksTest {
    private static final String DETAILS = "{\"result\":\"success\",\"whmcs\":{\"version\":\"8.13.1\"}}";

    /** Writes down every hook as a line, and keeps a token in the context from start to end. */
    private static final class Journal implements Interceptor {
        private static final CallContext.Key<Object> TOKEN = CallContext.Key.named("token");
        final List<String> lines = new CopyOnWriteArrayList<>();
        volatile CallResult result;

        @Override
        public void onCallStart(CallContext call) {
            call.put(TOKEN, call);
            lines.add("start " + call.action() + (call.readOnly() ? " read-only" : "") + " attempts " + call.attempts());
        }

        @Override
        public TransportRequest onRequest(CallInfo attempt, TransportRequest request) {
            lines.add("request " + attempt.attempt() + (attempt.call().get(TOKEN) == attempt.call() ? " in call" : ""));
            return request;
        }

        @Override
        public void onResponse(CallInfo attempt, TransportRequest request, TransportResponse response, Duration elapsed) {
            lines.add("response " + attempt.attempt() + " HTTP " + response.statusCode());
        }

        @Override
        public void onFailure(CallInfo attempt, TransportRequest request, Throwable failure, Duration elapsed) {
            lines.add("failure " + attempt.attempt());
        }

        @Override
        public void onCallEnd(CallContext call, CallResult result) {
            this.result = result;
            lines.add("end " + result.outcome() + " attempts " + result.attempts()
                    + (call.get(TOKEN) == call ? " with token" : ""));
        }
    }

    private static WhmcsClient client(WhmcsStandIn standIn, Journal journal, RetryPolicy retries) {
        return WhmcsClient.builder().endpoint(standIn.endpoint()).credentials(Credentials.apiKey("id", "secret"))
                .retryPolicy(retries).interceptor(journal).allowPlainHttp().build();
    }

    @Test
    void aSuccessfulCallFromStartToEnd() {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            standIn.answer("WhmcsDetails", DETAILS);
            Journal journal = new Journal();
            client(standIn, journal, RetryPolicy.none()).system().whmcsDetails();
            assertEquals(List.of("start WhmcsDetails read-only attempts 0", "request 1 in call", "response 1 HTTP 200",
                    "end SUCCESS attempts 1 with token"), journal.lines);
            assertNull(journal.result.failure());
        }
    }

    @Test
    void aWhmcsErrorUnderHttp200IsAnHttpSuccessButAFailedCall() {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            standIn.on("GetClientsDetails", call -> StandInResponse.error(call, 200, "Client Not Found"));
            Journal journal = new Journal();
            WhmcsApiException e = assertThrows(WhmcsApiException.class,
                    () -> client(standIn, journal, RetryPolicy.none()).clients().getClientsDetails(r -> r.clientid(9)));
            assertEquals(List.of("start GetClientsDetails read-only attempts 0", "request 1 in call",
                    "response 1 HTTP 200", "end API_ERROR attempts 1 with token"), journal.lines);
            assertSame(e, journal.result.failure());
        }
    }

    @Test
    void retriesAreAttemptsOfOneCall() {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            standIn.answer("WhmcsDetails", DETAILS);
            standIn.fail("WhmcsDetails", Fault.httpStatus(503), 1);
            Journal journal = new Journal();
            client(standIn, journal, new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5),
                    Duration.ofSeconds(30))).system().whmcsDetails();
            assertEquals(List.of("start WhmcsDetails read-only attempts 0", "request 1 in call", "response 1 HTTP 503",
                    "request 2 in call", "response 2 HTTP 200", "end SUCCESS attempts 2 with token"), journal.lines);
        }
    }

    @Test
    void aDroppedConnectionIsATransportError() {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            standIn.fail("CapturePayment", Fault.dropConnection(), 1);
            Journal journal = new Journal();
            assertThrows(WhmcsTransportException.class,
                    () -> client(standIn, journal, RetryPolicy.defaults()).billing().capturePayment(r -> r.invoiceid(7)));
            assertEquals(List.of("start CapturePayment attempts 0", "request 1 in call", "failure 1",
                    "end TRANSPORT_ERROR attempts 1 with token"), journal.lines);
        }
    }

    @Test
    void anHtmlPageIsADecodeError() {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            standIn.fail("WhmcsDetails", Fault.htmlPage(), 1);
            Journal journal = new Journal();
            assertThrows(WhmcsDecodeException.class, () -> client(standIn, journal, RetryPolicy.none()).system()
                    .whmcsDetails());
            assertEquals(CallResult.Outcome.DECODE_ERROR, journal.result.outcome());
        }
    }

    @Test
    void aRequestRefusedBeforeSendingStartsAndEndsWithNoAttempt() {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            Journal journal = new Journal();
            WhmcsClient whmcs = client(standIn, journal, RetryPolicy.none());
            assertThrows(WhmcsInvalidRequestException.class, () -> whmcs
                    .withOptions(CallOptions.none().parameter("bad name", "x")).system().whmcsDetails());
            assertEquals(List.of("start WhmcsDetails read-only attempts 0", "end INVALID_REQUEST attempts 0 with token"),
                    journal.lines);
            assertEquals(List.of(), standIn.calls());
        }
    }

    @Test
    void anAsynchronousCallHasEndedWhenItsFutureCompletes() throws Exception {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            standIn.on("WhmcsDetails", call -> StandInResponse.error(call, 200, "Busy"));
            Journal journal = new Journal();
            ExecutionException e = assertThrows(ExecutionException.class, () -> client(standIn, journal,
                    RetryPolicy.none()).system().whmcsDetailsAsync(r -> { }).get(30, TimeUnit.SECONDS));
            assertInstanceOf(WhmcsApiException.class, e.getCause());
            assertEquals("end API_ERROR attempts 1 with token", journal.lines.get(journal.lines.size() - 1));
        }
    }

    @Test
    void aFailingEndHookDoesNotChangeTheResult() {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            standIn.answer("WhmcsDetails", DETAILS);
            Interceptor broken = new Interceptor() {
                @Override
                public void onCallEnd(CallContext call, CallResult result) {
                    throw new IllegalStateException("metrics registry closed");
                }
            };
            WhmcsClient whmcs = WhmcsClient.builder().endpoint(standIn.endpoint())
                    .credentials(Credentials.apiKey("id", "secret")).interceptor(broken).allowPlainHttp().build();
            assertEquals("8.13.1", whmcs.system().whmcsDetails().whmcs().version());
        }
    }

    @Test
    void aFailingStartHookFailsTheCallBeforeSending() {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            Interceptor broken = new Interceptor() {
                @Override
                public void onCallStart(CallContext call) {
                    throw new IllegalStateException("no tracer");
                }
            };
            WhmcsClient whmcs = WhmcsClient.builder().endpoint(standIn.endpoint())
                    .credentials(Credentials.apiKey("id", "secret")).interceptor(broken).allowPlainHttp().build();
            WhmcsException e = assertThrows(WhmcsTransportException.class, () -> whmcs.system().whmcsDetails());
            assertEquals("WhmcsDetails: an interceptor failed before sending: no tracer", e.getMessage());
            assertEquals(List.of(), standIn.calls());
        }
    }
}
