package io.github.whmcs4j.tests.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.runtime.RetryPolicy;
import io.github.whmcs4j.runtime.error.WhmcsDecodeException;
import io.github.whmcs4j.runtime.transport.Transport;
import io.github.whmcs4j.runtime.transport.TransportRequest;
import io.github.whmcs4j.runtime.transport.TransportResponse;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A body past the client's limit stops downloading and fails with the SDK's decode error, once. */
class ResponseLimitTest {
    @Test
    void aBodyPastTheLimitIsRefused() {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            standIn.answer("WhmcsDetails", "{\"result\":\"success\",\"whmcs\":{\"version\":\"" + "8".repeat(200_000) + "\"}}");
            WhmcsClient whmcs = WhmcsClient.builder().endpoint(standIn.endpoint())
                    .credentials(Credentials.apiKey("id", "secret")).maxResponseBytes(64 * 1024).allowPlainHttp().build();
            WhmcsDecodeException e = assertThrows(WhmcsDecodeException.class, () -> whmcs.system().whmcsDetails());
            assertEquals("WhmcsDetails: the response body is larger than the limit of 65536 bytes; raise it with"
                    + " maxResponseBytes(...) if such answers are expected", e.getMessage());
            assertEquals(1, standIn.calls().size(), "not retried: the answer would be as large again");
        }
    }

    /**
     * The server announces 200 MB and then sends slowly: the call is refused from the header, not
     * after downloading up to the limit (nor after the timeout).
     */
    @Test
    void aBodyAnnouncedPastTheLimitIsRefusedFromItsHeader() throws Exception {
        try (MisbehavingServer server = new MisbehavingServer(n -> new MisbehavingServer.Trickle(209_715_200L))) {
            WhmcsClient whmcs = WhmcsClient.builder().endpoint(server.endpoint())
                    .credentials(Credentials.apiKey("id", "secret")).requestTimeout(Duration.ofSeconds(20))
                    .retryPolicy(RetryPolicy.none()).allowPlainHttp().build();
            WhmcsDecodeException e = assertThrows(WhmcsDecodeException.class, () -> whmcs.system().whmcsDetails());
            assertEquals("WhmcsDetails: the response body is larger than the limit of 16777216 bytes; raise it with"
                    + " maxResponseBytes(...) if such answers are expected", e.getMessage(), "the default limit is 16 MiB");
            assertTrue(server.awaitClosedByClient(10), "the download stopped: the connection was closed");
        }
    }

    /** An {@code Error} (out of memory, stack overflow) is the JVM's trouble, not a failed call: never wrapped. */
    @Test
    void anErrorIsPassedOnAsItIs() {
        OutOfMemoryError outOfMemory = new OutOfMemoryError("Java heap space");
        Transport exhausted = new Transport() {
            @Override
            public TransportResponse send(TransportRequest request) {
                throw outOfMemory;
            }

            @Override
            public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
                return CompletableFuture.failedFuture(outOfMemory);
            }
        };
        WhmcsClient whmcs = WhmcsClient.builder().endpoint("https://billing.example.com/includes/api.php")
                .credentials(Credentials.apiKey("id", "secret")).transport(exhausted).build();
        assertSame(outOfMemory, assertThrows(OutOfMemoryError.class, () -> whmcs.system().whmcsDetails()));
    }
}
