package io.github.whmcs4j.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.runtime.ResponseFormat;
import io.github.whmcs4j.runtime.error.WhmcsApiException;
import io.github.whmcs4j.runtime.error.WhmcsDecodeException;
import io.github.whmcs4j.runtime.error.WhmcsException;
import io.github.whmcs4j.runtime.error.WhmcsInvalidRequestException;
import io.github.whmcs4j.runtime.error.WhmcsTransportException;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.sdk.billing.GetInvoicesResponse;
import io.github.whmcs4j.sdk.clients.AddClientRequest;
import io.github.whmcs4j.testkit.StandInResponse;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each way a call can fail gives the SDK's own exception, with a message that helps and no secret in it. */
class ErrorHandlingTest {
    private WhmcsStandIn standIn;

    @BeforeEach
    void start() {
        standIn = StandIns.start();
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    private static <T extends WhmcsException> T assertFails(Class<T> type, Runnable call) {
        T e = assertThrows(type, call::run);
        assertFalse(e.getMessage().contains(StandIns.SECRET), "the secret leaked into: " + e.getMessage());
        return e;
    }

    @ParameterizedTest
    @EnumSource(ResponseFormat.class)
    void resultErrorIsAnApiException(ResponseFormat format) {
        standIn.on("GetClientsDetails", call -> StandInResponse.error(call, 200, "Client Not Found"));
        WhmcsApiException e = assertFails(WhmcsApiException.class,
                () -> StandIns.client(standIn, format).clients().getClientsDetails(r -> r.clientid(404)));
        assertEquals("GetClientsDetails", e.action());
        assertEquals("Client Not Found", e.apiMessage());
        assertEquals(200, e.httpStatus());
        assertEquals("GetClientsDetails: WHMCS answered with an error: Client Not Found", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(ResponseFormat.class)
    void wrongCredentialsAreAnApiExceptionWithStatus403(ResponseFormat format) {
        WhmcsClient intruder = WhmcsClient.builder().endpoint(standIn.endpoint())
                .credentials(Credentials.apiKey(StandIns.IDENTIFIER, "wrong-secret")).responseFormat(format)
                .allowPlainHttp().build();
        WhmcsApiException e = assertFails(WhmcsApiException.class, () -> intruder.system().whmcsDetails());
        assertEquals(403, e.httpStatus());
        assertEquals("WhmcsDetails: WHMCS answered with an error (HTTP 403): Authentication Failed", e.getMessage());
        assertFalse(e.getMessage().contains("wrong-secret"));
    }

    @Test
    void http403WithoutEnvelopeIsATransportException() {
        standIn.on("WhmcsDetails", call -> new StandInResponse(403, "text/html", "<html><body>Forbidden by firewall</body></html>"));
        WhmcsTransportException e = assertFails(WhmcsTransportException.class,
                () -> StandIns.client(standIn, ResponseFormat.JSON).system().whmcsDetails());
        assertEquals(403, e.httpStatus());
        assertEquals("<html><body>Forbidden by firewall</body></html>", e.bodyExcerpt());
        assertEquals("WhmcsDetails: HTTP error status without a WHMCS envelope (HTTP 403); body starts:"
                + " <html><body>Forbidden by firewall</body></html>", e.getMessage());
    }

    @Test
    void http500IsATransportException() {
        standIn.on("WhmcsDetails", call -> new StandInResponse(500, "text/plain", "Internal Server Error"));
        WhmcsTransportException e = assertFails(WhmcsTransportException.class,
                () -> StandIns.client(standIn, ResponseFormat.XML).system().whmcsDetails());
        assertEquals(500, e.httpStatus());
        assertEquals("Internal Server Error", e.bodyExcerpt());
    }

    @Test
    void anHtmlPageWithStatus200IsADecodeException() {
        standIn.on("GetClients", call -> StandInResponse.html(
                "<!DOCTYPE html>\n<html><head><title>Down for maintenance</title></head></html>"));
        WhmcsDecodeException e = assertFails(WhmcsDecodeException.class,
                () -> StandIns.client(standIn, ResponseFormat.JSON).clients().getClients());
        assertEquals("GetClients", e.action());
        assertEquals("GetClients: expected a WHMCS response but got an HTML page (a maintenance, login or firewall"
                + " page?); body starts: <!DOCTYPE html> <html><head><title>Down for maintenance</title></head></html>",
                e.getMessage());
    }

    @Test
    void anEmptyBodyIsADecodeException() {
        standIn.on("GetClients", call -> new StandInResponse(200, "application/json", ""));
        WhmcsDecodeException e = assertFails(WhmcsDecodeException.class,
                () -> StandIns.client(standIn, ResponseFormat.JSON).clients().getClients());
        assertEquals("GetClients: the response body is empty", e.getMessage());
    }

    @Test
    void truncatedJsonIsADecodeExceptionNamingWhere() {
        standIn.on("GetClients", call -> StandInResponse.json("{\"result\":\"success\",\"clients\":{\"client\":[{\"id\":1,"));
        WhmcsDecodeException e = assertFails(WhmcsDecodeException.class,
                () -> StandIns.client(standIn, ResponseFormat.JSON).clients().getClients());
        assertTrue(e.getMessage().startsWith("GetClients: clients.client[0].id: malformed JSON: Unexpected end-of-input"),
                e.getMessage());
    }

    @Test
    void aValueOfTheWrongTypeIsKeptRawOrNamesItsPathWhenDecodingIsStrict() {
        standIn.answer("GetInvoices", "{\"result\":\"success\",\"invoices\":{\"invoice\":["
                + "{\"id\":1,\"total\":\"1.00\"},{\"id\":2,\"total\":\"12,00\"}]}}");
        GetInvoicesResponse.Invoice second = StandIns.client(standIn, ResponseFormat.JSON).billing().getInvoices()
                .invoices().get(1);
        assertEquals(2L, second.id());
        assertNull(second.total());
        assertEquals(Map.of("total", "12,00"), second.unknownFields());
        WhmcsClient strict = WhmcsClient.builder().endpoint(standIn.endpoint())
                .credentials(Credentials.apiKey(StandIns.IDENTIFIER, StandIns.SECRET)).allowPlainHttp()
                .strictDecoding(true).build();
        WhmcsDecodeException e = assertFails(WhmcsDecodeException.class, () -> strict.billing().getInvoices());
        assertEquals("GetInvoices: invoices.invoice[1].total: \"12,00\" is not a decimal", e.getMessage());
        assertEquals("invoices.invoice[1].total", e.path());
    }

    @Test
    void missingRequiredParametersAreNamedAllAtOnceBeforeAnythingIsSent() {
        WhmcsInvalidRequestException e = assertThrows(WhmcsInvalidRequestException.class,
                () -> AddClientRequest.builder().firstname("Ada").country("GB").build());
        assertEquals(List.of("lastname", "email", "address1", "city", "state", "postcode", "phonenumber"),
                e.missingParameters());
        assertEquals("AddClient: missing required parameters lastname, email, address1, city, state, postcode,"
                + " phonenumber", e.getMessage());
        assertEquals(List.of(), standIn.calls());
    }

    @Test
    void anUnreachableServerIsATransportExceptionWithoutStatus() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        WhmcsClient whmcs = WhmcsClient.builder().endpoint("http://127.0.0.1:" + port + "/includes/api.php")
                .credentials(Credentials.apiKey(StandIns.IDENTIFIER, StandIns.SECRET)).allowPlainHttp().build();
        WhmcsTransportException e = assertFails(WhmcsTransportException.class, () -> whmcs.system().whmcsDetails());
        assertEquals(WhmcsTransportException.NO_RESPONSE, e.httpStatus());
        assertEquals("WhmcsDetails: could not connect to http://127.0.0.1:" + port + "/includes/api.php: connection refused"
                + " (after 3 attempts)", e.getMessage());
    }

    @Test
    void plainHttpIsRefusedUnlessAllowed() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WhmcsClient.builder()
                .endpoint(standIn.endpoint()).credentials(Credentials.apiKey("id", "secret")).build());
        assertTrue(e.getMessage().startsWith("refusing plain http endpoint"), e.getMessage());
    }
}
