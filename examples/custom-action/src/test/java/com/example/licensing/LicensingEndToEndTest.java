package com.example.licensing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.licensing.licensing.ReissueLicenseResponse;
import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.runtime.RawRequest;
import io.github.whmcs4j.runtime.RawResponse;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The addon's generated client and the standard SDK, on one client, over HTTP to a local stand-in. */
class LicensingEndToEndTest {
    private WhmcsStandIn standIn;
    private WhmcsClient whmcs;

    @BeforeEach
    void start() {
        standIn = WhmcsStandIn.start().requireApiKey("id", "secret");
        whmcs = WhmcsClient.builder().endpoint(standIn.endpoint()).credentials(Credentials.apiKey("id", "secret"))
                .allowPlainHttp().build();
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void customActionsRunOnTheSameClientAsTheStandardOnes() {
        standIn.answer("licensing_getlicenses", """
                {"result":"success","totalresults":3,"licenses":{"license":[
                  {"id":1,"licensekey":"AAA","serviceid":7,"status":"Active","validdomains":["a.example"],"expires":"2026-12-01"},
                  {"id":2,"licensekey":"BBB","serviceid":8,"status":"Active","validdomains":[],"expires":"2027-06-01"},
                  {"id":3,"licensekey":"CCC","serviceid":7,"status":"Active","validdomains":"","expires":"2026-12-24"}]}}""");
        standIn.answer("GetClientsDetails", "{\"result\":\"success\",\"client\":{\"id\":7,\"email\":\"owner@example.com\"}}");

        List<String> owners = new ExpiringLicenses(whmcs).ownersToRemind(LocalDate.of(2027, 1, 1));

        assertEquals(List.of("owner@example.com"), owners);
        assertEquals("action=licensing_getlicenses&identifier=id&secret=secret&responsetype=json&status=Active"
                + "&limitstart=0&limitnum=100", standIn.calls().get(0).body());
        assertEquals("action=GetClientsDetails&identifier=id&secret=secret&responsetype=json&clientid=7",
                standIn.calls().get(1).body());
    }

    @Test
    void aMutatingCustomActionKeepsItsSecretsOutOfToString() {
        standIn.answer("licensing_reissue", "{\"result\":\"success\",\"reissued\":\"1\"}");
        LicensingClient licensing = LicensingClient.of(whmcs.api());
        ReissueLicenseResponse answer = licensing.licensing().reissueLicense(r -> r.licensekey("AAA-KEY").reason("moved"));
        assertEquals(Boolean.TRUE, answer.reissued());
        assertTrue(standIn.lastCall().body().endsWith("&licensekey=AAA-KEY&reason=moved"));
        assertEquals("ReissueLicenseRequest[licensekey=***, reason=moved]",
                com.example.licensing.licensing.ReissueLicenseRequest.builder().licensekey("AAA-KEY").reason("moved")
                        .build().toString());
    }

    @Test
    void aRawCallReachesAnActionNoSpecDescribes() {
        standIn.answer("licensing_ping", "{\"result\":\"success\",\"pong\":{\"at\":\"2026-11-27\",\"nodes\":[1,2]}}");
        RawResponse answer = whmcs.raw(RawRequest.action("licensing_ping").param("verbose", true)
                .param("ids", List.of(3, 4)).readOnly().build());
        assertEquals("success", answer.result());
        assertEquals(java.util.Map.of("at", "2026-11-27", "nodes", List.of("1", "2")), answer.fields().get("pong"));
        assertEquals("action=licensing_ping&identifier=id&secret=secret&responsetype=json&verbose=1"
                + "&ids%5B0%5D=3&ids%5B1%5D=4", standIn.lastCall().body());
    }
}
