package io.github.whmcs4j.tests.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.runtime.CallOptions;
import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.runtime.RawRequest;
import io.github.whmcs4j.runtime.RetryPolicy;
import io.github.whmcs4j.runtime.error.WhmcsApiException;
import io.github.whmcs4j.runtime.error.WhmcsDecodeException;
import io.github.whmcs4j.runtime.error.WhmcsException;
import io.github.whmcs4j.runtime.error.WhmcsTransportException;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.testkit.StandInResponse;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A server that prints the POST body back (an HTML error page, a PHP warning, an API message) must
 * not carry the credentials or the request's sensitive values into exception messages, raw or
 * form-encoded.
 */
class EchoedSecretsTest {
    private static final String SECRET = "abc+def/ghi jk";
    private static final String ACCESS_KEY = "Acc3ss&K3y";
    private static final String CVV = "7391";
    private static final List<String> FORMS = List.of(SECRET, "abc%2Bdef%2Fghi+jk", "abc%2Bdef%2Fghi%20jk",
            "abc+def\\/ghi jk", ACCESS_KEY, "Acc3ss%26K3y", "Acc3ss&amp;K3y", CVV);

    private static WhmcsClient client(WhmcsStandIn standIn) {
        return WhmcsClient.builder().endpoint(standIn.endpoint())
                .credentials(Credentials.apiKey("identifier", SECRET).withAccessKey(ACCESS_KEY))
                .retryPolicy(RetryPolicy.none()).allowPlainHttp().build();
    }

    /** Every way the stand-in prints the received body back. */
    private static List<Function<String, StandInResponse>> echoes() {
        return List.of(
                body -> new StandInResponse(500, "text/html", "<html><body><h1>Error</h1><pre>" + body + "</pre></body></html>"),
                body -> new StandInResponse(200, "text/html", "<br />\n<b>Warning</b>:  bad input " + body
                        + " in <b>/var/www/includes/api.php</b>"),
                body -> new StandInResponse(200, "text/plain", "Fatal: " + decoded(body)),
                body -> StandInResponse.json("{\"result\":\"error\",\"message\":\"Invalid request: " + decoded(body)
                        .replace("\\", "\\\\").replace("/", "\\/").replace("\"", "\\\"") + "\"}"),
                body -> new StandInResponse(502, "text/html", "<p>" + decoded(body).replace("&", "&amp;") + "</p>"));
    }

    private static String decoded(String body) {
        return URLDecoder.decode(body, StandardCharsets.UTF_8);
    }

    @Test
    void noMessageOrExcerptCarriesAnEchoedSecret() {
        List<String> texts = new ArrayList<>();
        for (Function<String, StandInResponse> echo : echoes()) {
            try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
                standIn.on("CapturePayment", call -> echo.apply(call.body()));
                WhmcsException e = assertThrows(WhmcsException.class,
                        () -> client(standIn).billing().capturePayment(r -> r.invoiceid(7).cvv(CVV)));
                texts.add(e.getMessage());
                if (e instanceof WhmcsTransportException transport && transport.bodyExcerpt() != null) {
                    texts.add(transport.bodyExcerpt());
                } else if (e instanceof WhmcsApiException api) {
                    texts.add(api.apiMessage());
                } else if (e instanceof WhmcsDecodeException decode) {
                    texts.add(decode.problem());
                }
            }
        }
        assertTrue(texts.stream().anyMatch(text -> text.contains("invoiceid=7")), "the echo reached the messages");
        for (String text : texts) {
            for (String form : FORMS) {
                assertFalse(text.contains(form), "\"" + form + "\" leaked into: " + text);
            }
        }
    }

    @Test
    void aSecretCutOffAtTheEndOfAnExcerptDoesNotLeakItsStart() {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            standIn.on("GetClients", call -> new StandInResponse(500, "text/html", "x".repeat(190) + SECRET + "y".repeat(50)));
            WhmcsTransportException e = assertThrows(WhmcsTransportException.class,
                    () -> client(standIn).clients().getClients());
            assertFalse(e.bodyExcerpt().contains("abc+def"), e.bodyExcerpt());
            assertTrue(e.bodyExcerpt().endsWith("***…"), e.bodyExcerpt());
        }
    }

    /** Extra parameters whose names look secret are redacted without being marked so. */
    @Test
    void extraParametersWithSecretNamesAreRedactedByName() {
        String token = "T0ken-Value";
        String password = "P4ss-Value";
        String card = "4111111111111111";
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            standIn.on("GetClients", call -> new StandInResponse(500, "text/html", call.body()));
            standIn.on("CustomAction", call -> new StandInResponse(500, "text/html", call.body()));
            WhmcsClient whmcs = client(standIn).withOptions(CallOptions.none().parameter("Api_Token", token));
            List<String> texts = new ArrayList<>();
            texts.add(whmcs.toString());
            texts.add(assertThrows(WhmcsTransportException.class, () -> whmcs.clients().getClients()).getMessage());
            RawRequest raw = RawRequest.action("CustomAction").param("PasswordNew", password).param("cardnumber", card)
                    .param("eppcode", "E99").param("name", "visible").build();
            texts.add(raw.toString());
            texts.add(assertThrows(WhmcsTransportException.class, () -> whmcs.raw(raw)).getMessage());
            for (String text : texts) {
                for (String value : List.of(token, password, card, "E99")) {
                    assertFalse(text.contains(value), "\"" + value + "\" leaked into: " + text);
                }
            }
            assertEquals("RawRequest[CustomAction][PasswordNew=***, cardnumber=***, eppcode=***, name=visible]",
                    raw.toString());
            assertTrue(whmcs.toString().contains("Api_Token=***"), whmcs.toString());
            assertTrue(standIn.lastCall().body().contains("PasswordNew=P4ss-Value"), "sent as given");
        }
    }
}
