package io.github.whmcs4j.runtime.transport;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The default transport, on {@link java.net.http.HttpClient}: connections are pooled and reused,
 * one instance serves any number of threads, and asynchronous calls hold no thread while waiting.
 */
public final class JdkHttpTransport implements Transport {
    private final HttpClient http;

    /** A transport on a new {@link HttpClient} with the given connect timeout. */
    public JdkHttpTransport(Duration connectTimeout) {
        this(HttpClient.newBuilder()
                .connectTimeout(Objects.requireNonNull(connectTimeout, "connectTimeout"))
                .followRedirects(HttpClient.Redirect.NEVER) // a redirected POST would lose its body
                .build());
    }

    /** A transport on a caller-configured {@link HttpClient} (proxy, TLS, executor). */
    public JdkHttpTransport(HttpClient http) {
        this.http = Objects.requireNonNull(http, "http");
    }

    @Override
    public TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
        return toResponse(http.send(toHttp(request), HttpResponse.BodyHandlers.ofByteArray()));
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
        return http.sendAsync(toHttp(request), HttpResponse.BodyHandlers.ofByteArray()).thenApply(JdkHttpTransport::toResponse);
    }

    private static HttpRequest toHttp(TransportRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.endpoint())
                .timeout(request.timeout())
                .header("Content-Type", TransportRequest.CONTENT_TYPE)
                .header("Accept", "application/json, application/xml;q=0.9, */*;q=0.1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::header);
        return builder.build();
    }

    private static TransportResponse toResponse(HttpResponse<byte[]> response) {
        return new TransportResponse(response.statusCode(), response.body(), response.headers().map());
    }
}
