package io.github.whmcs4j.runtime.transport;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Sends one form-encoded POST to a WHMCS endpoint. The default is {@link JdkHttpTransport}; supply
 * your own to route calls through another HTTP stack. Implementations must be safe for use by many
 * threads at once.
 */
@FunctionalInterface
public interface Transport {
    /**
     * Sends the request and returns whatever HTTP response came back, whatever its status.
     *
     * @throws IOException when no response was received (connection refused, reset, timed out)
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
