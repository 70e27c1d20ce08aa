package io.github.whmcs4j.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.whmcs4j.runtime.ResponseFormat;
import io.github.whmcs4j.runtime.WhmcsEnum;
import io.github.whmcs4j.sdk.clients.GetClientsRequest;
import io.github.whmcs4j.sdk.clients.GetClientsResponse;
import io.github.whmcs4j.sdk.clients.GetClientsResponse.Client.Status;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A response field with documented values decodes, in JSON and in XML alike, to its string and to its
 * enum; a value this SDK does not know becomes {@code UNKNOWN} with the string kept, never a failure.
 */
class ResponseEnumsTest {
    private WhmcsStandIn standIn;

    @BeforeEach
    void start() {
        standIn = StandIns.start();
        standIn.answer("GetClients", "{\"result\":\"success\",\"totalresults\":3,\"clients\":{\"client\":["
                + "{\"id\":1,\"status\":\"Closed\"},"
                + "{\"id\":2,\"status\":\"Suspended For Review\"},"
                + "{\"id\":3,\"status\":\"\"}]}}");
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void knownNewAndEmptyValuesDecodeAlikeFromJsonAndXml() {
        GetClientsResponse fromJson = StandIns.client(standIn, ResponseFormat.JSON).clients().getClients();
        GetClientsResponse fromXml = StandIns.client(standIn, ResponseFormat.XML).clients().getClients();
        assertEquals(fromJson, fromXml);
        List<GetClientsResponse.Client> clients = fromJson.clients();

        assertSame(Status.CLOSED, clients.get(0).statusAsEnum());
        assertEquals("Closed", clients.get(0).status());

        assertSame(Status.UNKNOWN, clients.get(1).statusAsEnum());
        assertEquals("Suspended For Review", clients.get(1).status());
        assertEquals(Map.of(), clients.get(1).unknownFields());

        assertNull(clients.get(2).status());
        assertNull(clients.get(2).statusAsEnum());
    }

    @Test
    void enumsMapWireValuesBothWays() {
        for (Status status : Status.values()) {
            assertSame(status == Status.UNKNOWN ? null : status, Status.fromWireValue(status.wireValue()));
        }
        assertNull(Status.UNKNOWN.wireValue());
        assertSame(Status.UNKNOWN, Status.fromWireValue("Active "));
        assertNull(Status.fromWireValue(null));

        WhmcsEnum requestStatus = GetClientsRequest.Status.INACTIVE;
        assertEquals("Inactive", requestStatus.wireValue());
        assertSame(GetClientsRequest.Status.INACTIVE, GetClientsRequest.Status.fromWireValue("Inactive"));
        assertNull(GetClientsRequest.Status.fromWireValue("Suspended For Review"));
        assertNull(GetClientsRequest.Status.fromWireValue(null));
    }
}
