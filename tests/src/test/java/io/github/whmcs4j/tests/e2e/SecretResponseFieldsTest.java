package io.github.whmcs4j.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.runtime.ResponseFormat;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.sdk.authentication.CreateSsoTokenResponse;
import io.github.whmcs4j.sdk.orders.GetOrdersResponse;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Response fields that carry a token, a password, a transfer code or card data are read like any
 * other value, but their records' {@code toString()} never prints them, in JSON and XML alike.
 */
class SecretResponseFieldsTest {
    private static final String SECRET = "Zq7-SECRET-4711";

    private WhmcsStandIn standIn;

    @BeforeEach
    void start() {
        standIn = StandIns.start();
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    static Stream<Arguments> commandsAnsweringWithASecret() {
        return Stream.of(
                call("CreateSsoToken", "{\"result\":\"success\",\"access_token\":\"" + SECRET + "\",\"redirect_url\":"
                        + "\"https://billing.example.com/oauth/singlesignon.php?access_token=" + SECRET + "\"}",
                        w -> w.authentication().createSsoToken(r -> r.client_id(1))),
                call("GetOrders", "{\"result\":\"success\",\"totalresults\":1,\"orders\":{\"order\":[{\"id\":5,"
                        + "\"transfersecret\":\"" + SECRET + "\",\"amount\":\"15.95\"}]}}",
                        w -> w.orders().getOrders()),
                call("DomainRequestEPP", "{\"result\":\"success\",\"eppcode\":\"" + SECRET + "\"}",
                        w -> w.domains().domainRequestEPP(r -> r.domainid(3))),
                call("GetClientsProducts", "{\"result\":\"success\",\"totalresults\":1,\"products\":{\"product\":"
                        + "[{\"id\":8,\"password\":\"" + SECRET + "\"}]}}",
                        w -> w.clients().getClientsProducts(r -> r.clientid(1))),
                call("ListOAuthCredentials", "{\"result\":\"success\",\"clients\":[{\"credentialId\":1,"
                        + "\"clientSecret\":\"" + SECRET + "\"}]}", w -> w.authentication().listOAuthCredentials()),
                call("ValidateLogin", "{\"result\":\"success\",\"userid\":2,\"passwordhash\":\"" + SECRET + "\"}",
                        w -> w.authentication().validateLogin(r -> r.email("a@example.com").password2("x"))),
                call("GetPayMethods", "{\"result\":\"success\",\"clientid\":1,\"paymethods\":[{\"id\":4,"
                        + "\"remote_token\":\"" + SECRET + "\"}]}", w -> w.billing().getPayMethods(r -> r.clientid(1))),
                call("DecryptPassword", "{\"result\":\"success\",\"password\":\"" + SECRET + "\"}",
                        w -> w.system().decryptPassword(r -> r.password2("enc"))));
    }

    private static Arguments call(String action, String json, Function<WhmcsClient, Object> invoke) {
        return Arguments.of(action, json, invoke);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandsAnsweringWithASecret")
    void toStringNeverPrintsTheSecret(String action, String json, Function<WhmcsClient, Object> invoke) {
        standIn.answer(action, json);
        for (ResponseFormat format : ResponseFormat.values()) {
            Object response = invoke.apply(StandIns.client(standIn, format));
            String text = response.toString();
            assertFalse(text.contains(SECRET), format + ": " + text);
            assertTrue(text.contains("***"), format + ": " + text);
        }
    }

    @Test
    void theSsoRedirectUrlIsReadButNotPrinted() {
        standIn.answer("CreateSsoToken", "{\"result\":\"success\",\"access_token\":\"" + SECRET + "\",\"redirect_url\":"
                + "\"https://billing.example.com/oauth/singlesignon.php?access_token=" + SECRET + "\"}");
        CreateSsoTokenResponse token = StandIns.client(standIn, ResponseFormat.JSON).authentication()
                .createSsoToken(r -> r.client_id(1));
        assertEquals("https://billing.example.com/oauth/singlesignon.php?access_token=" + SECRET, token.redirect_url());
        assertFalse(token.toString().contains(SECRET), token.toString());
    }

    @Test
    void aLineItemAmountIsDisplayTextWithItsCurrency() {
        standIn.answer("GetOrders", "{\"result\":\"success\",\"totalresults\":1,\"orders\":{\"order\":[{\"id\":1,"
                + "\"amount\":\"15.95\",\"lineitems\":{\"lineitem\":[{\"type\":\"product\",\"amount\":\"$15.95 USD\"},"
                + "{\"type\":\"domain\",\"amount\":\"2,000 Ft\"}]}}]}}");
        for (ResponseFormat format : ResponseFormat.values()) {
            GetOrdersResponse.Order order = StandIns.client(standIn, format).orders().getOrders().orders().get(0);
            assertEquals("$15.95 USD", order.lineitems().get(0).amount(), format.name());
            assertEquals("2,000 Ft", order.lineitems().get(1).amount(), format.name());
        }
    }
}
