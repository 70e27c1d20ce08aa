package io.github.whmcs4j.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.runtime.ResponseFormat;
import io.github.whmcs4j.runtime.error.WhmcsDecodeException;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.sdk.billing.GetInvoiceResponse;
import io.github.whmcs4j.sdk.billing.GetInvoicesResponse;
import io.github.whmcs4j.sdk.billing.GetTransactionsResponse;
import io.github.whmcs4j.sdk.clients.GetClientsDetailsResponse;
import io.github.whmcs4j.sdk.clients.GetClientsResponse;
import io.github.whmcs4j.sdk.domains.GetTLDPricingResponse;
import io.github.whmcs4j.sdk.orders.AddOrderResponse;
import io.github.whmcs4j.sdk.orders.GetOrdersResponse;
import io.github.whmcs4j.testkit.StandInResponse;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Responses in JSON and in XML (as WHMCS writes each) decode over HTTP into equal, correctly typed
 * records. The fixtures are our own and carry the quirks real installs send: ids as strings, zero
 * dates, a single item where a list belongs, empty lists as "".
 */
class ResponseDecodingTest {
    private WhmcsStandIn standIn;
    private WhmcsClient json;
    private WhmcsClient xml;

    @BeforeEach
    void start() {
        standIn = StandIns.start();
        for (String action : List.of("GetClients", "GetClientsDetails", "GetInvoices", "GetOrders", "GetTLDPricing",
                "WhmcsDetails", "AddOrder")) {
            standIn.answer(action, StandIns.fixture(action + ".json"));
        }
        json = StandIns.client(standIn, ResponseFormat.JSON);
        xml = StandIns.client(standIn, ResponseFormat.XML);
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    /** Calls through the JSON and the XML client and checks both decode to the same record. */
    private <T> T decodeBoth(Function<WhmcsClient, T> call) {
        T fromJson = call.apply(json);
        T fromXml = call.apply(xml);
        assertEquals(fromJson, fromXml, "JSON and XML must decode to equal records");
        return fromJson;
    }

    @Test
    void getClients() {
        GetClientsResponse page = decodeBoth(whmcs -> whmcs.clients().getClients(r -> r.limitnum(2)));
        assertEquals(3, page.totalresults());
        assertEquals(0, page.startnumber());
        assertEquals(2, page.numreturned());
        assertEquals(2, page.clients().size());
        GetClientsResponse.Client ada = page.clients().get(0);
        assertEquals(7L, ada.id());
        assertEquals("Analytical &amp; Co", ada.companyname(), "text is kept as WHMCS stored it");
        assertEquals(LocalDate.of(2024, 3, 1), ada.datecreated());
        GetClientsResponse.Client grace = page.clients().get(1);
        assertEquals(7858259149L, grace.id(), "ids past 32 bits");
        assertNull(grace.datecreated(), "the zero date is absent");
        assertEquals(2L, grace.groupid());
        assertEquals(Map.of("language", "english"), grace.unknownFields(), "fields the spec lacks are kept");
    }

    @Test
    void getClientsDetails() {
        GetClientsDetailsResponse details = json.clients().getClientsDetails(r -> r.clientid(7).stats(true));
        GetClientsDetailsResponse.Client client = details.client();
        assertEquals(3L, client.owner_user_id());
        assertEquals(new BigDecimal("12.50"), client.credit());
        assertEquals(Boolean.FALSE, client.latefeeoveride());
        GetClientsDetailsResponse.Client.EmailPreferences preferences = client.email_preferences();
        assertEquals(List.of(true, true, true, false, false, false), List.of(preferences.general(), preferences.invoice(),
                preferences.support(), preferences.product(), preferences.domain(), preferences.affiliate()));
        assertEquals(2, client.customfields().size());
        assertEquals(5L, client.customfields().get(1).id());
        assertEquals(1, client.users().size(), "one user object where a list belongs is a list of one");
        assertEquals(Boolean.TRUE, client.users().get(0).is_owner());
        assertEquals("VIP", client.unknownFields().get("customfields1"));
        assertEquals("$15.95 USD", details.stats().dueinvoicesbalance());
        assertEquals(Boolean.TRUE, details.stats().incredit());
        assertEquals("7", details.unknownFields().get("userid"));
    }

    @Test
    void getInvoiceFromHandWrittenXmlEqualsJson() {
        standIn.on("GetInvoice", call -> call.wantsXml()
                ? StandInResponse.xml(StandIns.fixture("GetInvoice.xml"))
                : StandInResponse.json(StandIns.fixture("GetInvoice.json")));
        GetInvoiceResponse invoice = decodeBoth(whmcs -> whmcs.billing().getInvoice(r -> r.invoiceid(96)));
        assertEquals(96L, invoice.invoiceid());
        assertEquals(new BigDecimal("19.14"), invoice.total());
        assertEquals(new BigDecimal("20.000"), invoice.taxrate());
        assertNull(invoice.datepaid());
        assertEquals(LocalDateTime.of(2024, 3, 2, 9, 15), invoice.lastcaptureattempt());
        assertEquals(Boolean.FALSE, invoice.ccgateway());
        assertEquals(1, invoice.items().size());
        assertEquals("Starter hosting (01/03/2024 - 31/03/2024)", invoice.items().get(0).description());
        assertEquals(Boolean.TRUE, invoice.items().get(0).taxed());
        assertEquals(List.of(), invoice.transactions(), "an empty list arrives as \"\"");
    }

    @Test
    void getInvoices() {
        GetInvoicesResponse page = decodeBoth(whmcs -> whmcs.billing().getInvoices(r -> r.userid(7)));
        assertEquals(1, page.invoices().size(), "a single invoice object is a list of one");
        GetInvoicesResponse.Invoice invoice = page.invoices().get(0);
        assertNull(invoice.paymethodid());
        assertEquals("£", invoice.currencyprefix());
        assertEquals(LocalDateTime.of(2024, 3, 1, 8, 0), invoice.created_at());
    }

    @Test
    void getOrders() {
        GetOrdersResponse page = decodeBoth(whmcs -> whmcs.orders().getOrders());
        GetOrdersResponse.Order order = page.orders().get(0);
        assertEquals(7858259149L, order.ordernum());
        assertEquals(List.of(57L), order.renewalsByType().services());
        assertEquals(List.of(), order.renewalsByType().domains());
        assertEquals("{\"score\":1}", order.fraudoutput());
        assertEquals(2, order.lineitems().size());
        assertEquals("9.95", order.lineitems().get(1).amount());
    }

    @Test
    void aCurrencyCodeWhereAnIdBelongsIsKeptRawAndFailsTheCallOnlyWhenStrict() {
        standIn.answer("GetTransactions", "{\"result\":\"success\",\"totalresults\":1,\"transactions\":"
                + "{\"transaction\":[{\"id\":\"5\",\"userid\":\"7\",\"currency\":\"INR\",\"gateway\":\"paypal\","
                + "\"amountin\":\"15.95\"}]}}");
        GetTransactionsResponse page = decodeBoth(whmcs -> whmcs.billing().getTransactions(r -> r.clientid(7)));
        assertEquals(StandIns.prefix("GetTransactions", ResponseFormat.XML) + "&clientid=7", standIn.lastCall().body());
        GetTransactionsResponse.Transaction transaction = page.transactions().get(0);
        assertNull(transaction.currency(), "a value that does not fit its type is absent");
        assertEquals(Map.of("currency", "INR"), transaction.unknownFields(), "and kept as it came");
        assertEquals(new BigDecimal("15.95"), transaction.amountin(), "the rest of the item is read");

        WhmcsClient strict = WhmcsClient.builder()
                .endpoint(standIn.endpoint())
                .credentials(Credentials.apiKey(StandIns.IDENTIFIER, StandIns.SECRET))
                .allowPlainHttp()
                .strictDecoding(true)
                .build();
        WhmcsDecodeException e = assertThrows(WhmcsDecodeException.class,
                () -> strict.billing().getTransactions(r -> r.clientid(7)));
        assertEquals("GetTransactions: transactions.transaction[0].currency: \"INR\" is not a whole number",
                e.getMessage());
        assertEquals(StandIns.prefix("GetTransactions", ResponseFormat.JSON) + "&clientid=7", standIn.lastCall().body());
    }

    @Test
    void aLineItemAmountWithItsCurrencyIsDisplayText() {
        standIn.answer("GetOrders", "{\"result\":\"success\",\"totalresults\":1,\"orders\":{\"order\":[{\"id\":41,"
                + "\"status\":\"Pending\",\"lineitems\":{\"lineitem\":[{\"type\":\"product\",\"product\":\"Starter\","
                + "\"amount\":\"$15.95 USD\",\"status\":\"Pending\"}]}}]}}");
        GetOrdersResponse page = decodeBoth(whmcs -> whmcs.orders().getOrders(r -> r.id(41)));
        assertEquals(StandIns.prefix("GetOrders", ResponseFormat.XML) + "&id=41", standIn.lastCall().body());
        GetOrdersResponse.Order.Lineitem item = page.orders().get(0).lineitems().get(0);
        assertEquals("$15.95 USD", item.amount());
        assertEquals(Map.of(), item.unknownFields());
    }

    @Test
    void getTldPricingKeyedByTldAndYears() {
        GetTLDPricingResponse pricing = json.domains().getTLDPricing(r -> r.currencyid(1));
        assertEquals("GBP", pricing.currency().code());
        assertEquals(List.of("com", "uk"), List.copyOf(pricing.pricing().keySet()));
        GetTLDPricingResponse.TldPricing com = pricing.pricing().get("com");
        assertEquals(Map.of("1", new BigDecimal("9.95"), "2", new BigDecimal("19.90")), com.register());
        assertEquals(List.of("Popular", "gTLD"), com.categories());
        assertEquals(Boolean.TRUE, com.addons().idprotect());
        assertEquals(30, com.grace_period().days());
        GetTLDPricingResponse.TldPricing uk = pricing.pricing().get("uk");
        assertEquals(List.of(), uk.categories());
        assertEquals(Map.of(), uk.transfer());
        assertNull(uk.grace_period());
        assertEquals(new BigDecimal("-1.00"), uk.redemption_period().price(), "-1.00 means not offered: a value");
    }

    @Test
    void whmcsDetailsAndAddOrder() {
        assertEquals("8.13.1", decodeBoth(whmcs -> whmcs.system().whmcsDetails()).whmcs().version());
        AddOrderResponse order = decodeBoth(whmcs -> whmcs.orders().addOrder(r -> r.clientid(7).paymentmethod("paypal")));
        assertEquals(41L, order.orderid());
        assertEquals(96L, order.invoiceid());
        assertNull(order.addonids(), "empty text is absent");
    }
}
