package io.github.whmcs4j.tests.xmlabsent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.runtime.ResponseFormat;
import io.github.whmcs4j.runtime.error.WhmcsDecodeException;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.sdk.clients.GetClientsResponse;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A JSON user may exclude jackson-dataformat-xml, woodstox-core and stax2-api. This class runs in
 * its own surefire execution whose class path leaves those three jars out (see this module's pom);
 * the default execution leaves it out, and it runs only where that execution says the jars are gone.
 */
@EnabledIfSystemProperty(named = "whmcs4j.withoutXmlLibraries", matches = "true")
class JsonWithoutXmlLibrariesTest {
    private WhmcsStandIn standIn;

    @BeforeEach
    void start() {
        standIn = WhmcsStandIn.start();
        standIn.answer("GetClients", "{\"result\":\"success\",\"totalresults\":1,\"clients\":{\"client\":"
                + "[{\"id\":7,\"email\":\"ada@example.com\"}]}}");
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void theXmlLibrariesAreNotOnTheClassPath() {
        for (String name : new String[] {"com.fasterxml.jackson.dataformat.xml.XmlFactory",
            "com.ctc.wstx.stax.WstxInputFactory", "org.codehaus.stax2.XMLInputFactory2"}) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(name), name);
        }
    }

    @Test
    void jsonCallsWork() {
        WhmcsClient whmcs = client(ResponseFormat.JSON);
        GetClientsResponse page = whmcs.clients().getClients(r -> r.limitnum(10));
        assertEquals(7L, page.clients().get(0).id());
        assertEquals("ada@example.com", page.clients().get(0).email());
        assertTrue(standIn.lastCall().body().contains("responsetype=json"), standIn.lastCall().body());
    }

    @Test
    void anXmlAnswerSaysWhichDependencyToAdd() {
        WhmcsClient whmcs = client(ResponseFormat.XML);
        WhmcsDecodeException error = assertThrows(WhmcsDecodeException.class,
                () -> whmcs.clients().getClients(r -> r.limitnum(10)));
        assertTrue(error.getMessage().contains("com.fasterxml.jackson.dataformat:jackson-dataformat-xml"),
                error.getMessage());
        assertTrue(error.getMessage().startsWith("GetClients"), error.getMessage());
        // And it keeps saying so: the second XML answer meets the same clear message.
        WhmcsDecodeException again = assertThrows(WhmcsDecodeException.class,
                () -> whmcs.clients().getClients(r -> r.limitnum(10)));
        assertEquals(error.getMessage(), again.getMessage());
        assertEquals(7L, client(ResponseFormat.JSON).clients().getClients(r -> r.limitnum(10)).clients().get(0).id());
    }

    private WhmcsClient client(ResponseFormat format) {
        return WhmcsClient.builder().endpoint(standIn.endpoint())
                .credentials(Credentials.apiKey("id", "secret")).allowPlainHttp()
                .responseFormat(format).build();
    }
}
