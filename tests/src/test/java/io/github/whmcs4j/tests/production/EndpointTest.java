package io.github.whmcs4j.tests.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Basic authentication in front of WHMCS goes as a header, never as user info in the URL. */
class EndpointTest {
    @Test
    void userInfoInTheEndpointIsRefusedWithoutPrintingIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WhmcsClient.builder()
                .endpoint("https://admin:Pr0xy-Pw@billing.example.com/includes/api.php")
                .credentials(Credentials.apiKey("id", "secret")).build());
        assertFalse(e.getMessage().contains("Pr0xy-Pw"), e.getMessage());
        assertFalse(e.getMessage().contains("admin"), e.getMessage());
        assertTrue(e.getMessage().contains("header(\"Authorization\""), e.getMessage());
    }

    @Test
    void aHeaderSetOnTheBuilderGoesWithEveryCall() {
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:Pr0xy-Pw".getBytes(StandardCharsets.UTF_8));
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            standIn.answer("WhmcsDetails", "{\"result\":\"success\",\"whmcs\":{\"version\":\"8.13.1\"}}");
            WhmcsClient whmcs = WhmcsClient.builder().endpoint(standIn.endpoint())
                    .credentials(Credentials.apiKey("id", "secret")).header("Authorization", basic).allowPlainHttp().build();
            whmcs.system().whmcsDetails();
            assertEquals(basic, standIn.lastCall().header("Authorization").orElseThrow());
            assertFalse(whmcs.toString().contains("Pr0xy"), whmcs.toString());
        }
    }
}
