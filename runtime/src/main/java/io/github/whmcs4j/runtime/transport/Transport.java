package io.github.whmcs4j.runtime.transport;

import java.io.IOException;

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
}
