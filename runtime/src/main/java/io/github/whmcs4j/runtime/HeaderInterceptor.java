package io.github.whmcs4j.runtime;

import io.github.whmcs4j.runtime.transport.TransportRequest;
import java.util.Map;

/** Adds the headers set with {@link ClientBuilder#header} to every attempt, before other interceptors see it. */
final class HeaderInterceptor implements Interceptor {
    private final Map<String, String> headers;

    HeaderInterceptor(Map<String, String> headers) {
        this.headers = Map.copyOf(headers);
    }

    @Override
    public TransportRequest onRequest(CallInfo call, TransportRequest request) {
        TransportRequest withHeaders = request;
        for (Map.Entry<String, String> header : headers.entrySet()) {
            withHeaders = withHeaders.withHeader(header.getKey(), header.getValue());
        }
        return withHeaders;
    }
}
