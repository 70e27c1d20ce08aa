package io.github.whmcs4j.runtime.transport;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/**
 * The default transport, on {@link java.net.http.HttpClient}: connections are pooled and reused,
 * and one instance serves any number of threads.
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
        HttpRequest httpRequest = HttpRequest.newBuilder(request.endpoint())
                .timeout(request.timeout())
                .header("Content-Type", TransportRequest.CONTENT_TYPE)
                .header("Accept", "application/json, application/xml;q=0.9, */*;q=0.1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()))
                .build();
        HttpResponse<byte[]> response = http.send(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
        return new TransportResponse(response.statusCode(), response.body());
    }
}
