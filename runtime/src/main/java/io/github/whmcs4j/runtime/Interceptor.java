package io.github.whmcs4j.runtime;

import io.github.whmcs4j.runtime.transport.TransportRequest;
import io.github.whmcs4j.runtime.transport.TransportResponse;
import java.time.Duration;

/**
 * Sees every attempt of every call, for metrics, tracing or extra headers. Interceptors run in the
 * order they were added, for synchronous and asynchronous calls alike, and must not block. The
 * request they see carries credentials in its body: log {@link TransportRequest#redactedBody()}.
 *
 * <pre>{@code
 * .interceptor(new Interceptor() {
 *     public TransportRequest onRequest(CallInfo call, TransportRequest request) {
 *         return request.withHeader("traceparent", currentTraceParent());
 *     }
 *     public void onResponse(CallInfo call, TransportRequest request, TransportResponse response, Duration elapsed) {
 *         metrics.timer("whmcs." + call.action()).record(elapsed);
 *     }
 * })
 * }</pre>
 */
public interface Interceptor {
    /** Before an attempt is sent; returns the request to send (the same, or changed). */
    default TransportRequest onRequest(CallInfo call, TransportRequest request) {
        return request;
    }

    /** When an HTTP response arrived, whatever its status. */
    default void onResponse(CallInfo call, TransportRequest request, TransportResponse response, Duration elapsed) {
    }

    /** When an attempt got no response (connection failure, timeout). */
    default void onFailure(CallInfo call, TransportRequest request, Throwable failure, Duration elapsed) {
    }
}
