package io.github.whmcs4j.tests.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.runtime.error.WhmcsDecodeException;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.testkit.WhmcsStandIn;
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
}
