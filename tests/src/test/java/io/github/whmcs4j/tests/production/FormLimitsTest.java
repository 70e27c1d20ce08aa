package io.github.whmcs4j.tests.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.runtime.RawRequest;
import io.github.whmcs4j.runtime.error.WhmcsInvalidRequestException;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What PHP would receive changed, or not at all, is refused before sending; nested values in raw
 * requests go as PHP's {@code http_build_query} writes them.
 */
class FormLimitsTest {
    private WhmcsStandIn standIn;

    @BeforeEach
    void start() {
        standIn = WhmcsStandIn.start();
        standIn.answer("AddOrder", "{\"result\":\"success\",\"orderid\":5}");
        standIn.answer("CustomAction", "{\"result\":\"success\"}");
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    private WhmcsClient client(int maxFormVariables) {
        return WhmcsClient.builder().endpoint(standIn.endpoint()).credentials(Credentials.apiKey("id", "secret"))
                .maxFormVariables(maxFormVariables).allowPlainHttp().build();
    }

    private WhmcsClient client() {
        return WhmcsClient.builder().endpoint(standIn.endpoint()).credentials(Credentials.apiKey("id", "secret"))
                .allowPlainHttp().build();
    }

    @Test
    void rawRequestsNestListsAndMapsAsHttpBuildQueryDoes() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("id", 1);
        first.put("qty", 2);
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("colour", List.of("red", Map.of("shade", "dark")));
        client().raw(RawRequest.action("CustomAction").param("items", List.of(first, List.of(3, 4)))
                .param("options", options).build());
        // PHP: http_build_query(['items' => [['id' => 1, 'qty' => 2], [3, 4]], 'options' => ['colour' => ['red', ['shade' => 'dark']]]])
        assertTrue(standIn.lastCall().body().endsWith("&items%5B0%5D%5Bid%5D=1&items%5B0%5D%5Bqty%5D=2"
                + "&items%5B1%5D%5B0%5D=3&items%5B1%5D%5B1%5D=4&options%5Bcolour%5D%5B0%5D=red"
                + "&options%5Bcolour%5D%5B1%5D%5Bshade%5D=dark"), standIn.lastCall().body());
        assertEquals("dark", standIn.lastCall().parameter("options[colour][1][shade]").orElseThrow());
    }

    @Test
    void aValueWithNoFormEncodingIsRefusedUnsent() {
        WhmcsInvalidRequestException e = assertThrows(WhmcsInvalidRequestException.class, () -> client()
                .raw(RawRequest.action("CustomAction").param("items", List.of(new StringBuilder("ok"), new Object())).build()));
        assertTrue(e.getMessage().startsWith("CustomAction: parameter items[1]: a java.lang.Object has no form encoding"),
                e.getMessage());
        assertEquals(0, standIn.calls().size());
    }

    @Test
    void namesAndKeysPhpWouldRewriteAreRefusedUnsent() {
        for (RawRequest request : List.of(
                RawRequest.action("CustomAction").param("first.name", "Ada").build(),
                RawRequest.action("CustomAction").param("first name", "Ada").build(),
                RawRequest.action("CustomAction").param("first[name", "Ada").build(),
                RawRequest.action("CustomAction").param("fields", Map.of("", "x")).build(),
                RawRequest.action("CustomAction").param("fields", Map.of("a]b", "x")).build(),
                RawRequest.action("CustomAction").param("fields", Map.of("a[b", "x")).build(),
                RawRequest.action("CustomAction").param("note", "half a pair: \uD83D").build())) {
            assertThrows(WhmcsInvalidRequestException.class, () -> client().raw(request), request.toString());
        }
        assertEquals(0, standIn.calls().size());
    }

    /** PHP keeps the first max_input_vars (1,000 by default) variables of a request and drops the rest silently. */
    @Test
    void moreFormVariablesThanPhpReadsAreRefusedNamingTheParameter() {
        List<String> domains = IntStream.range(0, 1100).mapToObj(i -> "d" + i + ".example.com").toList();
        WhmcsInvalidRequestException e = assertThrows(WhmcsInvalidRequestException.class,
                () -> client().orders().addOrder(r -> r.clientid(1).paymentmethod("paypal").domain(domains)));
        assertTrue(e.getMessage().startsWith("AddOrder: parameter domain: the request would carry more than 1000 form"
                + " variables"), e.getMessage());
        assertEquals(0, standIn.calls().size());

        client(2000).orders().addOrder(r -> r.clientid(1).paymentmethod("paypal").domain(domains));
        assertEquals("d1099.example.com", standIn.lastCall().parameter("domain[1099]").orElseThrow());
    }
}
