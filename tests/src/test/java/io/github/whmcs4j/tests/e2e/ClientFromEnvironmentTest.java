package io.github.whmcs4j.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A client configured from WHMCS_* variables sends exactly those credentials, over real HTTP. */
class ClientFromEnvironmentTest {
    @Test
    void sendsTheEndpointCredentialsAndAccessKeyFromTheVariables() {
        try (WhmcsStandIn standIn = StandIns.start()) {
            standIn.answer("WhmcsDetails", "{\"result\":\"success\",\"whmcs\":{\"version\":\"8.13.1\"}}");
            Map<String, String> environment = Map.of(
                    "WHMCS_ENDPOINT", standIn.endpoint().toString(),
                    "WHMCS_IDENTIFIER", StandIns.IDENTIFIER,
                    "WHMCS_SECRET", StandIns.SECRET,
                    "WHMCS_ACCESS_KEY", "k3y");
            WhmcsClient whmcs = WhmcsClient.builder().fromEnvironment(environment::get).allowPlainHttp().build();

            assertEquals("8.13.1", whmcs.system().whmcsDetails().whmcs().version());

            assertEquals("action=WhmcsDetails&identifier=e2e-identifier&secret=e2e-s3cret%2B%2F%3D&accesskey=k3y"
                    + "&responsetype=json", standIn.lastCall().body());
        }
    }
}
