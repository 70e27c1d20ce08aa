package io.github.whmcs4j.runtime.transport;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Sends one form-encoded POST to a WHMCS endpoint. The default is {@link JdkHttpTransport}; supply
 * your own to route calls through another HTTP stack. Implementations must be safe for use by many
 * threads at once.
 *
 * <p>Synchronous calls use {@link #send} on the caller's thread; asynchronous calls use
 * {@link #sendAsync}. A blocking HTTP stack implements {@code send} alone; one that can wait without
 * holding a thread overrides {@code sendAsync} as well.
 */
@FunctionalInterface
public interface Transport {
    /**
     * Sends the request on the calling thread and returns whatever HTTP response came back, whatever
     * its status. It should give up once {@link TransportRequest#timeout()} has passed, body included
     * (throwing {@link java.net.http.HttpTimeoutException}), and stop the exchange when the thread is
     * interrupted.
     *
     * @throws IOException when no response was received (connection refused, reset, timed out)
     * @throws InterruptedException when the calling thread was interrupted while waiting
     */
    TransportResponse send(TransportRequest request) throws IOException, InterruptedException;

    /**
     * Sends the request without blocking the caller. Override it where the HTTP stack can wait
     * without holding a thread; this default runs {@link #send} on the common pool.
     *
     * <p>When the request's timeout passes first, the client cancels the returned future: an
     * implementation should then stop the exchange (close the connection, stop reading the body), as
     * {@link JdkHttpTransport} does. This default cannot: its blocking {@link #send} runs on to its end.
     */
    default CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return send(request);
            } catch (IOException e) {
                throw new CompletionException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(e);
            }
        });
    }
}
