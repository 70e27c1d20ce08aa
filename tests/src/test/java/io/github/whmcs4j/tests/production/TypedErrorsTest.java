package io.github.whmcs4j.tests.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.runtime.ResponseFormat;
import io.github.whmcs4j.runtime.error.WhmcsApiException;
import io.github.whmcs4j.runtime.error.WhmcsAuthenticationException;
import io.github.whmcs4j.runtime.error.WhmcsIpNotAllowedException;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.testkit.StandInResponse;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** Refused credentials and addresses off the API allow-list have types of their own; other errors stay plain. */
class TypedErrorsTest {
    private static WhmcsClient client(WhmcsStandIn standIn, String secret, ResponseFormat format) {
        return WhmcsClient.builder().endpoint(standIn.endpoint()).credentials(Credentials.apiKey("id", secret))
                .responseFormat(format).allowPlainHttp().build();
    }

    @Test
    void wrongCredentialsAreAnAuthenticationFailure() {
        try (WhmcsStandIn standIn = WhmcsStandIn.start().requireApiKey("id", "right")) {
            standIn.answer("WhmcsDetails", "{\"result\":\"success\"}");
            WhmcsAuthenticationException e = assertThrows(WhmcsAuthenticationException.class,
                    () -> client(standIn, "wrong", ResponseFormat.JSON).system().whmcsDetails());
            assertEquals(403, e.httpStatus());
            assertEquals("Authentication Failed", e.apiMessage());
        }
    }

    @Test
    void theOtherWordingInAnyCaseAndInXmlToo() {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            standIn.on("WhmcsDetails", call -> StandInResponse.error(call, 400, "INVALID OR MISSING CREDENTIALS"));
            WhmcsAuthenticationException e = assertThrows(WhmcsAuthenticationException.class,
                    () -> client(standIn, "s", ResponseFormat.XML).system().whmcsDetails());
            assertEquals(400, e.httpStatus());
        }
    }

    @Test
    void anAddressOffTheAllowListIsNamed() {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            standIn.on("WhmcsDetails", call -> StandInResponse.error(call, 403, "Invalid IP 203.0.113.9"));
            WhmcsIpNotAllowedException e = assertThrows(WhmcsIpNotAllowedException.class,
                    () -> client(standIn, "s", ResponseFormat.JSON).system().whmcsDetails());
            assertEquals("203.0.113.9", e.ip());
            assertEquals(403, e.httpStatus());
            assertEquals("WhmcsDetails: WHMCS answered with an error (HTTP 403): Invalid IP 203.0.113.9", e.getMessage());
        }
    }

    @Test
    void anIpv6AddressInLowerCaseAndAsynchronously() {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            standIn.on("WhmcsDetails", call -> StandInResponse.error(call, 200, "invalid ip 2001:db8::1f"));
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> client(standIn, "s", ResponseFormat.JSON).system().whmcsDetailsAsync(r -> { }).get());
            assertEquals("2001:db8::1f", assertInstanceOf(WhmcsIpNotAllowedException.class, e.getCause()).ip());
        }
    }

    @Test
    void anInvalidIpMessageWithoutAnAddressHasNone() {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            standIn.on("WhmcsDetails", call -> StandInResponse.error(call, 403, "Invalid IP"));
            assertNull(assertThrows(WhmcsIpNotAllowedException.class,
                    () -> client(standIn, "s", ResponseFormat.JSON).system().whmcsDetails()).ip());
        }
    }

    @Test
    void otherErrorsStayPlainApiErrors() {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            standIn.on("WhmcsDetails", call -> StandInResponse.error(call, 200,
                    "Invalid Permissions: API action \"whmcsdetails\" is not allowed"));
            WhmcsApiException e = assertThrows(WhmcsApiException.class,
                    () -> client(standIn, "s", ResponseFormat.JSON).system().whmcsDetails());
            assertEquals(WhmcsApiException.class, e.getClass());
        }
    }
}
