package io.github.whmcs4j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.runtime.spi.FormWriter;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CredentialsFromEnvironmentTest {
    private static final String SECRET = "s3cret-from-env";

    @Test
    void readsIdentifierAndSecret() {
        Credentials credentials = Credentials.fromEnvironment(
                Map.of("WHMCS_IDENTIFIER", "api-user", "WHMCS_SECRET", SECRET)::get);
        assertEquals("identifier=api-user&secret=" + SECRET, formOf(credentials));
    }

    @Test
    void addsTheAccessKeyWhenSet() {
        Credentials credentials = Credentials.fromEnvironment(
                Map.of("WHMCS_IDENTIFIER", "api-user", "WHMCS_SECRET", SECRET, "WHMCS_ACCESS_KEY", "k3y")::get);
        assertEquals("identifier=api-user&secret=" + SECRET + "&accesskey=k3y", formOf(credentials));
    }

    @Test
    void anEmptyAccessKeyIsNoAccessKey() {
        Credentials credentials = Credentials.fromEnvironment(
                Map.of("WHMCS_IDENTIFIER", "api-user", "WHMCS_SECRET", SECRET, "WHMCS_ACCESS_KEY", "")::get);
        assertEquals("identifier=api-user&secret=" + SECRET, formOf(credentials));
    }

    @Test
    void namesEveryMissingVariableWithWhatBelongsInIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Credentials.fromEnvironment(Map.<String, String>of()::get));
        assertEquals("environment variables not set: WHMCS_IDENTIFIER (the identifier of a WHMCS API credential), "
                + "WHMCS_SECRET (the secret of the WHMCS API credential)", e.getMessage());
    }

    @Test
    void aBlankVariableCountsAsMissingAndNoValueIsShown() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Credentials.fromEnvironment(Map.of("WHMCS_IDENTIFIER", "  ", "WHMCS_SECRET", SECRET)::get));
        assertEquals("environment variable not set: WHMCS_IDENTIFIER (the identifier of a WHMCS API credential)",
                e.getMessage());
        assertFalse(e.getMessage().contains(SECRET));
    }

    @Test
    void theNoArgumentFormReadsTheProcessEnvironment() {
        // Whatever this process's environment holds, both forms must agree.
        String viaFunction = outcome(() -> Credentials.fromEnvironment(System::getenv).toString());
        assertEquals(viaFunction, outcome(() -> Credentials.fromEnvironment().toString()));
    }

    @Test
    void theBuilderTakesEndpointAndCredentials() {
        ClientBuilder<ApiClient> builder = ApiClient.builder().fromEnvironment(Map.of(
                "WHMCS_ENDPOINT", "https://billing.example.com/includes/api.php",
                "WHMCS_IDENTIFIER", "api-user", "WHMCS_SECRET", SECRET)::get);
        assertEquals(URI.create("https://billing.example.com/includes/api.php"), builder.build().endpoint());
    }

    @Test
    void theBuilderNamesTheMissingEndpointWithTheMissingCredentials() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ApiClient.builder().fromEnvironment(Map.of("WHMCS_IDENTIFIER", "api-user")::get));
        assertEquals("environment variables not set: WHMCS_ENDPOINT (the URL of your WHMCS includes/api.php), "
                + "WHMCS_SECRET (the secret of the WHMCS API credential)", e.getMessage());
    }

    @Test
    void theBuilderRejectsAnEndpointThatIsNotAUrl() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ApiClient.builder().fromEnvironment(Map.of(
                "WHMCS_ENDPOINT", "https://billing example.com/", "WHMCS_IDENTIFIER", "api-user", "WHMCS_SECRET", SECRET)::get));
        assertTrue(e.getMessage().startsWith("WHMCS_ENDPOINT is not a URL: "), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET));
    }

    private static String formOf(Credentials credentials) {
        FormWriter form = new FormWriter(Set.of());
        credentials.writeTo(form);
        return form.encoded();
    }

    private static String outcome(java.util.function.Supplier<String> call) {
        try {
            return call.get();
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
    }
}
