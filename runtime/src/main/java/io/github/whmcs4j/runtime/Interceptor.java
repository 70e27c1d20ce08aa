package io.github.whmcs4j.runtime;

import io.github.whmcs4j.runtime.transport.TransportRequest;
import io.github.whmcs4j.runtime.transport.TransportResponse;
import java.time.Duration;

/**
 * Sees every call as a whole and each of its HTTP attempts, for metrics, tracing or extra headers.
 * Interceptors run in the order they were added, for synchronous and asynchronous calls alike, and
 * must not block. The request they see carries credentials in its body: log
 * {@link TransportRequest#redactedBody()}.
 *
 * <p>For each call: {@link #onCallStart} once, then for each attempt {@link #onRequest} and either
 * {@link #onResponse} or {@link #onFailure}, then {@link #onCallEnd} once with the outcome, whatever
 * it is (a WHMCS {@code result=error} under HTTP 200 is an HTTP success but an
 * {@link CallResult.Outcome#API_ERROR API_ERROR} call). A synchronous call runs all of them on the
 * caller's thread. State for the whole call goes in its {@link CallContext}:
 *
 * <pre>{@code
 * .interceptor(new Interceptor() {
 *     final CallContext.Key<Long> started = CallContext.Key.named("started");
 *
 *     public void onCallStart(CallContext call) {
 *         call.put(started, System.nanoTime());           // or start a tracing span or an Observation
 *     }
 *     public TransportRequest onRequest(CallInfo attempt, TransportRequest request) {
 *         return request.withHeader("traceparent", currentTraceParent());
 *     }
 *     public void onCallEnd(CallContext call, CallResult result) {
 *         metrics.timer("whmcs." + call.action(), "outcome", result.outcome().name()).record(result.duration());
 *     }
 * })
 * }</pre>
 */
public interface Interceptor {
    /**
     * When a call starts, before its request is encoded. Throwing fails the call before anything is
     * sent.
     */
    default void onCallStart(CallContext call) {
    }

    /** Before an attempt is sent; returns the request to send (the same, or changed). */
    default TransportRequest onRequest(CallInfo attempt, TransportRequest request) {
        return request;
    }

    /** When an HTTP response arrived, whatever its status or content. */
    default void onResponse(CallInfo attempt, TransportRequest request, TransportResponse response, Duration elapsed) {
    }

    /** When an attempt got no response (connection failure, timeout). */
    default void onFailure(CallInfo attempt, TransportRequest request, Throwable failure, Duration elapsed) {
    }

    /**
     * When the call ends, once, with what the caller receives: after the last attempt, or at once when
     * the request was refused before sending. What it throws is logged and does not change the call's
     * result.
     */
    default void onCallEnd(CallContext call, CallResult result) {
    }
}
