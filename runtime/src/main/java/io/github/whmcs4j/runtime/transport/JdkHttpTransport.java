package io.github.whmcs4j.runtime.transport;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The default transport, on {@link java.net.http.HttpClient}: connections are pooled and reused,
 * one instance serves any number of threads, synchronous calls wait on the caller's thread and
 * asynchronous calls hold no thread while waiting.
 */
public final class JdkHttpTransport implements Transport {
    /**
     * The body size limit when none is given: 16 MiB, over five times a 10,000-client GetClients answer
     * (under 3 MB even in XML), while a runaway body costs at most that much heap.
     */
    public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;

    private final HttpClient http;
    private final long maxBodyBytes;

    /** A transport on a new {@link HttpClient} with the given connect timeout. */
    public JdkHttpTransport(Duration connectTimeout) {
        this(connectTimeout, DEFAULT_MAX_BODY_BYTES);
    }

    /**
     * A transport on a new {@link HttpClient}; bodies past {@code maxBodyBytes} stop downloading and
     * fail with {@link ResponseTooLargeException} (at once when {@code Content-Length} announces one),
     * so a runaway response cannot exhaust memory.
     */
    public JdkHttpTransport(Duration connectTimeout, long maxBodyBytes) {
        this(HttpClient.newBuilder()
                .connectTimeout(Objects.requireNonNull(connectTimeout, "connectTimeout"))
                .followRedirects(HttpClient.Redirect.NEVER) // a redirected POST would lose its body
                .build(), maxBodyBytes);
    }

    /** A transport on a caller-configured {@link HttpClient} (proxy, TLS, executor). */
    public JdkHttpTransport(HttpClient http, long maxBodyBytes) {
        this.http = Objects.requireNonNull(http, "http");
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * Sends on the calling thread ({@link HttpClient#send}). The request's timeout bounds the whole
     * exchange, body included: when it passes, the download stops, the connection is closed and
     * {@link HttpTimeoutException} is thrown. Interrupting the thread ends the exchange the same way.
     */
    @Override
    public TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
        LimitedBody body = new LimitedBody();
        ExchangeDeadlines.Deadline deadline = ExchangeDeadlines.register(
                TimeUnit.NANOSECONDS.convert(request.timeout()), body::timeOut); // Long.MAX_VALUE past 292 years, where toNanos() throws
        try {
            return toResponse(http.send(toHttp(request), body));
        } catch (InterruptedException e) {
            body.cancel();
            throw e;
        } catch (IOException e) {
            throw unwrap(e);
        } finally {
            deadline.cancel();
        }
    }

    /**
     * What the body subscriber failed with: {@link HttpClient#send} wraps every failure in a new
     * {@code IOException} of its own, which would hide a too-large body or an {@code Error}.
     */
    private static IOException unwrap(IOException failure) {
        Throwable cause = failure.getCause();
        if (cause instanceof ResponseTooLargeException tooLarge) {
            return tooLarge;
        }
        if (cause instanceof Error error) {
            throw error; // OutOfMemoryError and the like, as they are
        }
        return failure;
    }

    /**
     * Sends without blocking. Cancelling the returned future ends the exchange: the request is
     * abandoned, the body download stops and the connection is closed.
     */
    @Override
    public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
        LimitedBody body = new LimitedBody();
        CompletableFuture<HttpResponse<byte[]>> exchange = http.sendAsync(toHttp(request), body);
        CompletableFuture<TransportResponse> response = new CompletableFuture<>() {
            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                boolean cancelled = super.cancel(mayInterruptIfRunning);
                if (cancelled) {
                    exchange.cancel(true);
                    body.cancel();
                }
                return cancelled;
            }
        };
        exchange.whenComplete((received, failure) -> {
            if (failure != null) {
                response.completeExceptionally(failure);
            } else {
                response.complete(toResponse(received));
            }
        });
        return response;
    }

    /**
     * Makes the body subscriber of one exchange, and can stop it, even before the headers arrive: the
     * subscriber made after that stops at once.
     */
    private final class LimitedBody implements HttpResponse.BodyHandler<byte[]> {
        private LimitedBodySubscriber subscriber;
        private boolean cancelled;
        private boolean timedOut;

        @Override
        public synchronized HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
            long declared;
            try {
                declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            } catch (NumberFormatException unreadable) {
                declared = -1;
            }
            subscriber = LimitedBodySubscriber.forResponse(maxBodyBytes, declared);
            if (timedOut) {
                subscriber.stop(new HttpTimeoutException("request timed out"));
            } else if (cancelled) {
                subscriber.cancel();
            }
            return subscriber.bodySubscriber();
        }

        synchronized void cancel() {
            cancelled = true;
            if (subscriber != null) {
                subscriber.cancel();
            }
        }

        synchronized void timeOut() {
            timedOut = true;
            if (subscriber != null) {
                subscriber.stop(new HttpTimeoutException("request timed out"));
            }
        }
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
