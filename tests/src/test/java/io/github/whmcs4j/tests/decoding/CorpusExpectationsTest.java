package io.github.whmcs4j.tests.decoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.runtime.error.WhmcsDecodeException;
import io.github.whmcs4j.runtime.spi.DecodeOptions;
import io.github.whmcs4j.sdk.billing.AddBillableItemResponse;
import io.github.whmcs4j.sdk.billing.GetInvoicesResponse;
import io.github.whmcs4j.sdk.clients.GetClientsDetailsResponse;
import io.github.whmcs4j.sdk.clients.GetClientsResponse;
import io.github.whmcs4j.sdk.domains.DomainGetWhoisInfoResponse;
import io.github.whmcs4j.sdk.domains.GetRegistrarsResponse;
import io.github.whmcs4j.sdk.domains.GetTLDPricingResponse;
import io.github.whmcs4j.sdk.orders.GetOrdersResponse;
import io.github.whmcs4j.sdk.orders.GetProductsResponse;
import io.github.whmcs4j.sdk.support.GetTicketCountsResponse;
import io.github.whmcs4j.sdk.system.GetAdminUsersResponse;
import io.github.whmcs4j.sdk.users.GetPermissionsListResponse;
import io.github.whmcs4j.sdk.users.GetUsersResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the clean form of each corpus case decodes to, value by value: the variants are checked
 * against the clean form by {@link CorpusTest}, and the clean form against these expectations here.
 */
class CorpusExpectationsTest {
    @SuppressWarnings("unchecked")
    private static <T> T clean(String command, String caseName) {
        return (T) Sdk.decode(command, Corpus.bytes(command, caseName, Corpus.CLEAN));
    }

    @Test
    void getClientsPage() {
        GetClientsResponse page = clean("GetClients", "page");
        assertEquals(List.of(3, 0, 2), List.of(page.totalresults(), page.startnumber(), page.numreturned()));
        GetClientsResponse.Client ada = page.clients().get(0);
        assertEquals(7L, ada.id());
        assertEquals("Analytical &amp; Co", ada.companyname(), "text stays as WHMCS stored it");
        assertEquals(LocalDate.of(2024, 3, 1), ada.datecreated());
        assertEquals(0L, ada.groupid());
        assertEquals(Map.of(), ada.unknownFields());
        GetClientsResponse.Client grace = page.clients().get(1);
        assertEquals(7858259149L, grace.id(), "ids past 32 bits");
        assertNull(grace.companyname(), "empty text is absent, as null and an empty element are");
        assertNull(grace.datecreated(), "the zero date");
        assertEquals(Map.of("language", "english"), grace.unknownFields());
        assertEquals(Map.of(), page.unknownFields());
    }

    @Test
    void getClientsSingleAndEmpty() {
        GetClientsResponse single = clean("GetClients", "single");
        assertEquals(1, single.clients().size());
        assertEquals("José", single.clients().get(0).firstname());
        assertEquals("Müller", single.clients().get(0).lastname());
        GetClientsResponse empty = clean("GetClients", "empty");
        assertEquals(List.of(), empty.clients());
        assertEquals(0, empty.totalresults());
    }

    @Test
    void getInvoicesPage() {
        GetInvoicesResponse page = clean("GetInvoices", "page");
        assertEquals(4, page.invoices().size());
        GetInvoicesResponse.Invoice unpaid = page.invoices().get(0);
        assertEquals(new BigDecimal("15.95"), unpaid.subtotal());
        assertEquals(new BigDecimal("20.000"), unpaid.taxrate(), "scale kept: from the text, never through double");
        assertNull(unpaid.datepaid(), "0000-00-00 00:00:00 is absent");
        assertNull(unpaid.paymethodid());
        assertEquals("£", unpaid.currencyprefix());
        assertEquals(LocalDate.of(2024, 3, 15), unpaid.duedate());
        GetInvoicesResponse.Invoice paid = page.invoices().get(1);
        assertEquals(LocalDateTime.of(2024, 3, 5, 11, 42, 7), paid.datepaid());
        assertEquals(3L, paid.paymethodid());
        assertEquals(new BigDecimal("-10.00"), page.invoices().get(2).total());
        assertEquals(new BigDecimal("1234567.89"), page.invoices().get(3).total());
        assertEquals(LocalDateTime.of(2024, 3, 10, 12, 30), page.invoices().get(3).date_cancelled());
    }

    @Test
    void valuesThatDoNotFitTheirTypeAreKeptRawAndRepeatedOnesAllKept() {
        GetInvoicesResponse page = clean("GetInvoices", "odd-values");
        GetInvoicesResponse.Invoice odd = page.invoices().get(0);
        assertNull(odd.subtotal());
        assertNull(odd.total());
        assertNull(odd.paymethodid());
        assertEquals("Unpaid", odd.status(), "the rest of the record is read");
        assertEquals(new BigDecimal("1.00"), odd.credit(), "a repeated value keeps its first");
        assertEquals(Map.of("subtotal", "$15.95 USD", "total", "2,000 Ft", "paymethodid", "INR",
                "credit", List.of("1.00", "2.50")), odd.unknownFields());
        GetInvoicesResponse.Invoice paid = page.invoices().get(1);
        assertNull(paid.taxrate());
        assertEquals(Map.of("taxrate", Map.of("rate", "20.00")), paid.unknownFields(), "an object where a decimal belongs");
        assertEquals(new BigDecimal("15.95"), paid.total());
    }

    @Test
    void getClientsDetailsWithEntitiesKeptOrUndone() {
        GetClientsDetailsResponse details = clean("GetClientsDetails", "details");
        GetClientsDetailsResponse.Client client = details.client();
        assertEquals("O&#039;Brien &amp; Lovelace &lt;Analytical&gt;", client.companyname());
        assertEquals("Date: 01/03/2024 09:15<br>IP Address: 192.0.2.10<br>Host: client.example.net", client.lastlogin());
        assertEquals(new BigDecimal("12.50"), client.credit());
        assertEquals(List.of(true, true, true, false, false, false), List.of(client.email_preferences().general(),
                client.email_preferences().invoice(), client.email_preferences().support(),
                client.email_preferences().product(), client.email_preferences().domain(),
                client.email_preferences().affiliate()));
        assertEquals(Boolean.TRUE, client.disableautocc());
        assertEquals(Boolean.FALSE, client.taxexempt());
        assertEquals(List.of(4L, 5L), client.customfields().stream().map(f -> f.id()).toList());
        assertEquals("{\"tier\":\"gold\"}", client.customfields().get(1).value(), "JSON inside a string is a string");
        assertEquals(List.of(true, false), client.users().stream().map(u -> u.is_owner()).toList());
        assertEquals(Map.of("customfields1", "VIP", "customfields2", "{\"tier\":\"gold\"}"), client.unknownFields());
        assertEquals("£19.14 GBP", details.stats().dueinvoicesbalance());
        assertEquals(12, details.stats().numpaidinvoices());

        GetClientsDetailsResponse unescaped = (GetClientsDetailsResponse) Sdk.decode("GetClientsDetails",
                Corpus.bytes("GetClientsDetails", "details", Corpus.CLEAN), DecodeOptions.DEFAULTS.withUnescapeHtml(true));
        assertEquals("O'Brien & Lovelace <Analytical>", unescaped.client().companyname());
        assertEquals("12 St James's Square", unescaped.client().address1());
        GetClientsDetailsResponse fromXml = (GetClientsDetailsResponse) Sdk.decode("GetClientsDetails",
                Corpus.bytes("GetClientsDetails", "details", "clean.xml"), DecodeOptions.DEFAULTS.withUnescapeHtml(true));
        assertEquals(unescaped, fromXml, "unescaping applies alike to JSON and XML");
    }

    @Test
    void getClientsDetailsOneEachAndNoLists() {
        GetClientsDetailsResponse one = clean("GetClientsDetails", "one-each");
        assertEquals(1, one.client().customfields().size());
        assertEquals(1, one.client().users().size());
        assertNull(one.stats());
        GetClientsDetailsResponse none = clean("GetClientsDetails", "no-lists");
        assertEquals(List.of(), none.client().customfields());
        assertEquals(List.of(), none.client().users());
        assertEquals(Boolean.FALSE, none.stats().incredit());
    }

    @Test
    void getOrdersWithNestedLists() {
        GetOrdersResponse page = clean("GetOrders", "orders");
        GetOrdersResponse.Order first = page.orders().get(0);
        assertEquals(7858259149L, first.ordernum());
        assertEquals(List.of(), first.renewalsByType().domains());
        assertEquals(List.of(57L, 58L), first.renewalsByType().services());
        assertEquals(List.of(7858259150L), first.renewalsByType().addons());
        assertEquals("{\"score\":1,\"explanation\":\"low\"}", first.fraudoutput());
        assertEquals(2, first.lineitems().size());
        assertEquals("9.95", first.lineitems().get(1).amount());
        assertEquals(LocalDateTime.of(2024, 3, 1, 8, 0), first.date());
        GetOrdersResponse.Order second = page.orders().get(1);
        assertEquals(List.of(13L), second.renewalsByType().domains());
        assertEquals(1, second.lineitems().size());
    }

    @Test
    void getUsersWithBareListsAndOddDates() {
        GetUsersResponse users = clean("GetUsers", "users");
        assertEquals(2, users.users().size());
        assertEquals(LocalDateTime.of(2021, 6, 1, 12, 0), users.users().get(0).datecreated());
        assertEquals(List.of(7L, 12L), users.users().get(0).clients().stream().map(c -> c.id()).toList());
        assertEquals(Map.of("status", "pending", "submitted", "2022-01-16"), users.users().get(1).validationdata());

        GetUsersResponse odd = clean("GetUsers", "odd-dates");
        List<Object> kept = odd.users().stream().map(u -> u.unknownFields().get("datecreated")).toList();
        assertTrue(odd.users().stream().allMatch(u -> u.datecreated() == null), "no odd date is taken for a date");
        assertEquals(java.util.Arrays.asList("17/05/2019 10:01", "1558087260", "<span class=\"label\">Never</span>",
                "2019-02-30 10:00:00", null), kept, "each kept raw, the zero date not at all");
    }

    @Test
    void getTldPricingKeyedByData() {
        GetTLDPricingResponse pricing = clean("GetTLDPricing", "pricing");
        assertEquals(List.of("com", "co.uk"), List.copyOf(pricing.pricing().keySet()));
        GetTLDPricingResponse.TldPricing com = pricing.pricing().get("com");
        assertEquals(Map.of("1", new BigDecimal("9.95"), "2", new BigDecimal("19.90"), "3", new BigDecimal("29.85")),
                com.register());
        assertEquals(List.of("Popular", "gTLD"), com.categories());
        assertEquals(30, com.grace_period().days());
        GetTLDPricingResponse.TldPricing uk = pricing.pricing().get("co.uk");
        assertNull(uk.grace_period());
        assertEquals(new BigDecimal("-1.00"), uk.redemption_period().price(), "-1.00 means not offered: a value");
        assertEquals(new BigDecimal("1.00000"), pricing.currency().rate());

        GetTLDPricingResponse zeroBased = clean("GetTLDPricing", "zero-based-keys");
        assertEquals(List.of("0", "1", "2"), List.copyOf(zeroBased.pricing().get("dev").register().keySet()));
        GetTLDPricingResponse none = clean("GetTLDPricing", "without-prices");
        assertEquals(Map.of(), none.pricing().get("io").register());
        assertEquals(List.of(), none.pricing().get("xyz").categories());
        assertEquals("€", none.currency().prefix());
    }

    @Test
    void getProductsWithMapsInsideNestedLists() {
        GetProductsResponse products = clean("GetProducts", "catalogue");
        GetProductsResponse.Product starter = products.products().get(0);
        assertEquals(List.of("GBP", "USD"), List.copyOf(starter.pricing().keySet()));
        assertEquals(new BigDecimal("-1.00"), starter.pricing().get("GBP").biennially());
        assertEquals("https://billing.example.com/store/shared/starter", starter.product_url_hyphen());
        assertEquals(Boolean.TRUE, starter.customfields().get(0).required(), "\"on\" is true");
        GetProductsResponse.Product.ConfigOption backups = starter.configoptions().get(1);
        assertEquals(2, backups.options().size());
        assertEquals(new BigDecimal("2.50"), backups.options().get(0).pricing().get("USD").monthly());
        assertEquals(Map.of(), backups.options().get(1).pricing());
    }

    @Test
    void envelopesOfEveryKind() {
        GetTicketCountsResponse counts = clean("GetTicketCounts", "counts");
        assertEquals(List.of(1L, 2L), counts.filteredDepartments());
        assertEquals(40, counts.status().get("closed").count());
        GetPermissionsListResponse permissions = clean("GetPermissionsList", "permissions");
        assertEquals(13, permissions.permissions().size());
        assertEquals(Map.of(), permissions.unknownFields(), "status is the envelope here, not data");
        AddBillableItemResponse added = clean("AddBillableItem", "added");
        assertEquals(7858259151L, added.billableid());
        GetAdminUsersResponse admins = clean("GetAdminUsers", "admins");
        assertEquals(2, admins.count());
        assertEquals(List.of(1L, 2L, 3L), admins.admin_users().get(0).supportDepartmentIds());
        assertEquals(List.of(), admins.admin_users().get(1).receivesTicketNotifications());
        assertEquals(Boolean.TRUE, admins.admin_users().get(1).isDisabled());
        assertNull(admins.admin_users().get(1).updated_at());
        GetRegistrarsResponse registrars = clean("GetRegistrars", "none");
        assertEquals(List.of(), registrars.registrars());
        GetRegistrarsResponse some = clean("GetRegistrars", "some");
        assertEquals(List.of(Map.of("module", "enom", "name", "eNom"), Map.of("module", "resellerclub", "name", "ResellerClub")),
                some.registrars(), "a bare array for the whole response");
        DomainGetWhoisInfoResponse whois = clean("DomainGetWhoisInfo", "whois");
        assertEquals("Same as registrant", whois.Tech());
        assertEquals("Analytical &amp; Co", ((Map<?, ?>) whois.Registrant()).get("Company Name"), "raw values stay raw");
    }

    @Test
    void limitsApplyToCorpusBodies() {
        byte[] body = Corpus.bytes("GetProducts", "catalogue", Corpus.CLEAN);
        WhmcsDecodeException big = assertThrows(WhmcsDecodeException.class,
                () -> Sdk.decode("GetProducts", body, DecodeOptions.DEFAULTS.withMaxBodyBytes(1024)));
        assertTrue(big.problem().contains("more than the limit of 1024"), big.problem());
        WhmcsDecodeException deep = assertThrows(WhmcsDecodeException.class,
                () -> Sdk.decode("GetProducts", body, DecodeOptions.DEFAULTS.withMaxNestingDepth(6)));
        assertEquals("products.product[0].customfields.customfield[0]", deep.path(), "the seventh level");
        WhmcsDecodeException deeper = assertThrows(WhmcsDecodeException.class,
                () -> Sdk.decode("GetProducts", body, DecodeOptions.DEFAULTS.withMaxNestingDepth(11)));
        assertEquals("products.product[0].configoptions.configoption[0].options.option[0].pricing.GBP", deeper.path());
        assertFalse(Sdk.decode("GetProducts", body, DecodeOptions.DEFAULTS.withMaxNestingDepth(12)) == null,
                "twelve levels are all this body has");
    }
}
