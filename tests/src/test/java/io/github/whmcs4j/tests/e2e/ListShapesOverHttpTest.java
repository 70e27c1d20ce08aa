package io.github.whmcs4j.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.whmcs4j.runtime.ResponseFormat;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.sdk.clients.GetClientsResponse;
import io.github.whmcs4j.testkit.StandInResponse;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every shape PHP writes for a list, and every empty form, sent over HTTP in JSON and in XML, decodes
 * to the same record as the plain wrapped array (GetClients' {@code clients.client[]}).
 */
class ListShapesOverHttpTest {
    private static final String ADA = "{\"id\":\"1\",\"email\":\"ada@example.com\"}";
    private static final String ALAN = "{\"id\":2,\"email\":\"alan@example.com\"}";
    private static final String ADA_XML = "<client><id>1</id><email>ada@example.com</email></client>";
    private static final String ALAN_XML = "<client><id>2</id><email>alan@example.com</email></client>";

    /** The JSON shapes of two clients, and the XML bodies that carry them as WHMCS writes XML. */
    private static final Map<String, String> TWO_CLIENTS = Map.of(
            "array in the wrapper", "{\"client\":[" + ADA + "," + ALAN + "]}",
            "bare array where the spec says wrapped", "[" + ADA + "," + ALAN + "]",
            "object keyed 0, 1 in the wrapper", "{\"client\":{\"0\":" + ADA + ",\"1\":" + ALAN + "}}",
            "object keyed 0, 1 without the wrapper", "{\"0\":" + ADA + ",\"1\":" + ALAN + "}",
            "object keyed 3, 7 (after a filter)", "{\"client\":{\"3\":" + ADA + ",\"7\":" + ALAN + "}}");

    private WhmcsStandIn standIn;
    private WhmcsClient json;
    private WhmcsClient xml;

    @BeforeEach
    void start() {
        standIn = StandIns.start();
        json = StandIns.client(standIn, ResponseFormat.JSON);
        xml = StandIns.client(standIn, ResponseFormat.XML);
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    private GetClientsResponse answering(WhmcsClient client, String jsonClients, String xmlClients) {
        standIn.on("GetClients", call -> call.wantsXml()
                ? StandInResponse.xml("<?xml version=\"1.0\" encoding=\"utf-8\"?><whmcsapi version=\"8.13.1\">"
                        + "<action>getclients</action><result>success</result><totalresults>2</totalresults>"
                        + "<clients>" + xmlClients + "</clients></whmcsapi>")
                : StandInResponse.json("{\"result\":\"success\",\"totalresults\":2,\"clients\":" + jsonClients + "}"));
        return client.clients().getClients();
    }

    @ParameterizedTest
    @ValueSource(strings = {"array in the wrapper", "bare array where the spec says wrapped",
            "object keyed 0, 1 in the wrapper", "object keyed 0, 1 without the wrapper",
            "object keyed 3, 7 (after a filter)"})
    void twoClientsInEveryShapeDecodeAlike(String shape) {
        GetClientsResponse expected = answering(json, TWO_CLIENTS.get("array in the wrapper"), ADA_XML + ALAN_XML);
        assertEquals(List.of(1L, 2L), expected.clients().stream().map(GetClientsResponse.Client::id).toList());
        assertEquals(expected, answering(json, TWO_CLIENTS.get(shape), ""), shape);
        assertEquals(expected, answering(xml, "", ADA_XML + ALAN_XML), "repeated XML elements");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"client\":" + ADA + "}", "[" + ADA + "]", ADA, "{\"client\":{\"0\":" + ADA + "}}"})
    void oneClientInEveryShapeIsAListOfOne(String jsonClients) {
        GetClientsResponse fromJson = answering(json, jsonClients, "");
        assertEquals(1, fromJson.clients().size(), jsonClients);
        assertEquals("ada@example.com", fromJson.clients().get(0).email());
        assertEquals(Map.of(), fromJson.unknownFields(), "nothing was left over");
        assertEquals(fromJson, answering(xml, "", ADA_XML), "one XML element");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\"", "null", "[]", "{}", "{\"client\":[]}", "{\"client\":\"\"}"})
    void everyEmptyFormIsAnEmptyList(String jsonClients) {
        GetClientsResponse fromJson = answering(json, jsonClients, "");
        assertEquals(List.of(), fromJson.clients(), jsonClients);
        assertEquals(Map.of(), fromJson.unknownFields(), jsonClients);
        assertEquals(fromJson, answering(xml, "", ""), "an empty XML element");
    }
}
