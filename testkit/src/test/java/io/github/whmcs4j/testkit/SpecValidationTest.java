package io.github.whmcs4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.runtime.RawRequest;
import io.github.whmcs4j.runtime.error.WhmcsApiException;
import io.github.whmcs4j.sdk.WhmcsClient;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The spec-aware stand-in rejects what WHMCS rejects, over real HTTP. */
@WhmcsStandInTest
class SpecValidationTest {
    @Test
    void anUnknownActionGetsWhmcsOwnAnswer(WhmcsClient whmcs) {
        WhmcsApiException error = assertThrows(WhmcsApiException.class,
                () -> whmcs.raw(RawRequest.action("GetUnicorns").build()));
        assertEquals("Invalid API Action: \"GetUnicorns\" is not a valid API action", error.apiMessage());
    }

    @Test
    void aMissingRequiredParameterIsAnErrorAnswer(WhmcsClient whmcs, WhmcsStandIn standIn) {
        WhmcsApiException error = assertThrows(WhmcsApiException.class,
                () -> whmcs.raw(RawRequest.action("GetInvoice").build()));
        assertEquals("Missing required parameter: invoiceid", error.apiMessage());
        assertEquals(200, error.httpStatus());
        assertEquals("GetInvoice", standIn.lastCall().action());
    }

    @Test
    void aValueOfTheWrongTypeIsAnErrorAnswer(WhmcsClient whmcs) {
        WhmcsApiException error = assertThrows(WhmcsApiException.class,
                () -> whmcs.raw(RawRequest.action("GetClientsDetails").param("clientid", "forty-two").build()));
        assertEquals("Invalid value for clientid: expected long, got \"forty-two\"", error.apiMessage());
    }

    @Test
    void everyElementOfAnArrayIsChecked(WhmcsClient whmcs) {
        WhmcsApiException error = assertThrows(WhmcsApiException.class, () -> whmcs.raw(RawRequest.action("AddOrder")
                .param("clientid", 1).param("paymentmethod", "paypal").param("pid", List.of("1", "two")).build()));
        assertEquals("Invalid value for pid: expected long, got \"two\"", error.apiMessage());
    }

    @Test
    void aValidCallIsAnsweredEvenWhenACannedAnswerIsRegistered(WhmcsClient whmcs, WhmcsStandIn standIn) {
        standIn.answer("GetInvoice", "{\"result\":\"success\",\"invoiceid\":42}");
        assertEquals(42L, whmcs.billing().getInvoice(r -> r.invoiceid(42)).invoiceid());
        WhmcsApiException error = assertThrows(WhmcsApiException.class,
                () -> whmcs.raw(RawRequest.action("GetInvoice").build()));
        assertTrue(error.apiMessage().contains("invoiceid"));
    }

    @Test
    void anActionOutsideTheSpecIsAnsweredWhenRegistered(WhmcsClient whmcs, WhmcsStandIn standIn) {
        standIn.answer("GetLicenseStatus", "{\"result\":\"success\",\"status\":\"Active\"}");
        assertEquals("Active", whmcs.raw(RawRequest.action("GetLicenseStatus").build()).fields().get("status"));
    }
}
