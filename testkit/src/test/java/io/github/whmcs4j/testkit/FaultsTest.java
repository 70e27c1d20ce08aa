package io.github.whmcs4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.runtime.RetryPolicy;
import io.github.whmcs4j.runtime.error.WhmcsDecodeException;
import io.github.whmcs4j.runtime.error.WhmcsException;
import io.github.whmcs4j.runtime.error.WhmcsTransportException;
import io.github.whmcs4j.sdk.WhmcsClient;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Faults for the next N calls of one command, then the usual answers again. */
@WhmcsStandInTest
class FaultsTest {
    private WhmcsClient noRetries;

    @BeforeEach
    void client(WhmcsStandIn standIn) {
        noRetries = WhmcsClient.builder().endpoint(standIn.endpoint())
                .credentials(Credentials.apiKey(WhmcsStandInExtension.IDENTIFIER, WhmcsStandInExtension.SECRET))
                .retryPolicy(RetryPolicy.none()).requestTimeout(Duration.ofSeconds(1)).allowPlainHttp().build();
    }

    @Test
    void anHttpStatusForTheNextCallsOnly(WhmcsStandIn standIn) {
        standIn.fail("GetClients", Fault.httpStatus(503), 2);
        assertEquals(503, assertThrows(WhmcsTransportException.class, () -> noRetries.clients().getClients()).httpStatus());
        assertEquals(503, assertThrows(WhmcsTransportException.class, () -> noRetries.clients().getClients()).httpStatus());
        assertEquals(3, noRetries.clients().getClients().clients().size());
        assertEquals(3, noRetries.billing().getInvoices().invoices().size(), "other commands are not affected");
    }

    @Test
    void theClientsRetriesRideOutA503OnAReadOnlyCommand(WhmcsClient whmcs, WhmcsStandIn standIn) {
        standIn.fail("GetClients", Fault.httpStatus(503), 1);
        assertEquals(3, whmcs.clients().getClients().clients().size());
        assertEquals(2, standIn.calls().size());
    }

    @Test
    void aDroppedConnectionIsATransportFailure(WhmcsStandIn standIn) {
        standIn.fail("GetClients", Fault.dropConnection(), 1);
        WhmcsTransportException error = assertThrows(WhmcsTransportException.class, () -> noRetries.clients().getClients());
        assertEquals(WhmcsTransportException.NO_RESPONSE, error.httpStatus());
    }

    @Test
    void aStallLongerThanTheTimeoutIsATransportFailure(WhmcsStandIn standIn) {
        standIn.fail("GetClients", Fault.stall(Duration.ofSeconds(5)), 1);
        assertThrows(WhmcsTransportException.class, () -> noRetries.clients().getClients());
    }

    @Test
    void anHtmlPageAnEmptyBodyAndATruncatedBodyAreNotWhmcsAnswers(WhmcsStandIn standIn) {
        standIn.fail("GetClients", Fault.htmlPage(), 1);
        assertNotAnAnswer(() -> noRetries.clients().getClients());
        standIn.fail("GetClients", Fault.emptyBody(), 1);
        assertNotAnAnswer(() -> noRetries.clients().getClients());
        standIn.fail("GetClients", Fault.truncatedBody(), 1);
        assertNotAnAnswer(() -> noRetries.clients().getClients());
        assertEquals(3, noRetries.clients().getClients().clients().size());
    }

    private static void assertNotAnAnswer(org.junit.jupiter.api.function.Executable call) {
        WhmcsException error = assertThrows(WhmcsException.class, call);
        assertTrue(error instanceof WhmcsDecodeException || error instanceof WhmcsTransportException, error::toString);
        assertTrue(error.getMessage().contains("GetClients"), error.getMessage());
    }
}
