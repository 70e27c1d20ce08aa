package io.github.whmcs4j.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.runtime.ResponseFormat;
import io.github.whmcs4j.runtime.codec.PhpSerializer;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.sdk.clients.AddClientRequest;
import io.github.whmcs4j.sdk.clients.GetClientsRequest;
import io.github.whmcs4j.sdk.orders.AddOrderRequest;
import io.github.whmcs4j.testkit.ReceivedCall;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exact form body WHMCS receives for each kind of parameter, over real HTTP. */
class RequestEncodingTest {
    private WhmcsStandIn standIn;
    private WhmcsClient whmcs;

    @BeforeEach
    void start() {
        standIn = StandIns.start();
        for (String action : List.of("AddClient", "UpdateClient", "DecryptPassword", "AddOrder", "CreateClientInvite", "GetClients",
                "GetTLDPricing", "DeleteClient", "WhmcsDetails")) {
            standIn.answer(action, "{\"result\":\"success\"}");
        }
        whmcs = StandIns.client(standIn, ResponseFormat.JSON);
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void postsTheFormToIncludesApiPhp() {
        whmcs.system().whmcsDetails();
        ReceivedCall call = standIn.lastCall();
        assertEquals("POST", call.method());
        assertEquals("/includes/api.php", call.path());
        assertEquals("application/x-www-form-urlencoded; charset=UTF-8", call.contentType());
        assertEquals(StandIns.prefix("WhmcsDetails", ResponseFormat.JSON), call.body());
    }

    @Test
    void addClientSendsScalarsAndBase64OfPhpSerializedCustomFields() {
        Map<String, Object> customFields = new LinkedHashMap<>();
        customFields.put("1", "Google");
        customFields.put("2", "Zürich");
        whmcs.clients().addClient(AddClientRequest.builder()
                .firstname("Ada").lastname("Lovelace").email("ada@example.com")
                .address1("12 St James's Square").city("London").state("Greater London").postcode("SW1Y 4JH")
                .country("GB").phonenumber("+44.2071234567")
                .password2("p&ss word").customfields(customFields)
                .marketingoptin(false).noemail(true).currency(1)
                .build());
        String serialized = "a:2:{i:1;s:6:\"Google\";i:2;s:7:\"Zürich\";}";
        assertEquals(serialized, new String(Base64.getDecoder().decode(
                standIn.lastCall().parameter("customfields").orElseThrow()), StandardCharsets.UTF_8));
        assertEquals(StandIns.prefix("AddClient", ResponseFormat.JSON)
                + "&firstname=Ada&lastname=Lovelace&email=ada%40example.com&address1=12+St+James%27s+Square"
                + "&city=London&state=Greater+London&postcode=SW1Y+4JH&country=GB&phonenumber=%2B44.2071234567"
                + "&password2=p%26ss+word&currency=1&customfields="
                + Base64.getEncoder().encodeToString(serialized.getBytes(StandardCharsets.UTF_8)).replace("=", "%3D")
                        .replace("+", "%2B").replace("/", "%2F")
                + "&marketingoptin=0&noemail=1", standIn.lastCall().body());
    }

    @Test
    void addOrderSendsArraysMapsDecimalsAndOneSerializedMapPerProduct() {
        Map<String, Object> renewals = new LinkedHashMap<>();
        renewals.put("example.com", 2);
        whmcs.orders().addOrder(r -> r.clientid(7).paymentmethod("paypal")
                .addPid(1).addPid(3)
                .addBillingcycle(AddOrderRequest.BillingCycle.MONTHLY).addBillingcycle("annually")
                .domain(List.of("example.com", "example.org"))
                .addCustomfields(Map.of("4", "VIP")).addCustomfields(Map.of())
                .addPriceoverride(new BigDecimal("9.50"))
                .putDomainrenewals("example.net", 1)
                .noinvoice(true));
        String vip = PhpSerializer.serializeToBase64(Map.of("4", "VIP")).replace("=", "%3D");
        String empty = PhpSerializer.serializeToBase64(Map.of()).replace("=", "%3D");
        assertEquals("a:0:{}", new String(Base64.getDecoder().decode(PhpSerializer.serializeToBase64(Map.of())),
                StandardCharsets.UTF_8));
        assertEquals(StandIns.prefix("AddOrder", ResponseFormat.JSON)
                + "&clientid=7&paymentmethod=paypal&pid%5B0%5D=1&pid%5B1%5D=3"
                + "&domain%5B0%5D=example.com&domain%5B1%5D=example.org"
                + "&billingcycle%5B0%5D=monthly&billingcycle%5B1%5D=annually"
                + "&customfields%5B0%5D=" + vip + "&customfields%5B1%5D=" + empty
                + "&priceoverride%5B0%5D=9.50&noinvoice=1&domainrenewals%5Bexample.net%5D=1",
                standIn.lastCall().body());
    }

    @Test
    void updateClientSendsBracketedNamesAndExplicitFalseAsZero() {
        whmcs.clients().updateClient(r -> r.clientid(7).email_preferences_general(false)
                .email_preferences_invoice(true).taxexempt(false).status("Closed"));
        assertEquals(StandIns.prefix("UpdateClient", ResponseFormat.JSON)
                + "&clientid=7&status=Closed&email_preferences%5Bgeneral%5D=0&email_preferences%5Binvoice%5D=1"
                + "&taxexempt=0", standIn.lastCall().body());
    }

    @Test
    void createClientInviteSendsPermissionsCommaSeparated() {
        whmcs.clients().createClientInvite(r -> r.client_id(7).email("bob@example.com")
                .addPermissions("profile").addPermissions("invoices"));
        assertEquals(StandIns.prefix("CreateClientInvite", ResponseFormat.JSON)
                + "&client_id=7&email=bob%40example.com&permissions=profile%2Cinvoices", standIn.lastCall().body());
    }

    @Test
    void getClientsSendsEnumValuesAsWhmcsSpellsThem() {
        whmcs.clients().getClients(r -> r.limitstart(50).limitnum(25).status(GetClientsRequest.Status.ACTIVE)
                .sorting(GetClientsRequest.Sorting.DESC).search("Lovelace & Co").orderby(GetClientsRequest.OrderBy.DATECREATED));
        assertEquals(StandIns.prefix("GetClients", ResponseFormat.JSON)
                + "&limitstart=50&limitnum=25&sorting=DESC&status=Active&search=Lovelace+%26+Co&orderby=datecreated",
                standIn.lastCall().body());
    }

    @Test
    void ticketAttachmentsGoAsBase64OfTheirJson() {
        standIn.answer("OpenTicket", "{\"result\":\"success\",\"id\":12,\"tid\":\"ABC-123\",\"c\":\"x\"}");
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("name", "log.txt");
        file.put("data", Base64.getEncoder().encodeToString("Grüße".getBytes(StandardCharsets.UTF_8)));
        whmcs.support().openTicket(r -> r.deptid(1).subject("Help").message("See the log").clientid(7)
                .attachments(List.of(file)));
        String attachments = standIn.lastCall().parameter("attachments").orElseThrow();
        assertEquals("[{\"name\":\"log.txt\",\"data\":\"R3LDvMOfZQ==\"}]",
                new String(Base64.getDecoder().decode(attachments), StandardCharsets.UTF_8));
    }

    @Test
    void unsetParametersAreNotSent() {
        whmcs.domains().getTLDPricing();
        assertEquals(StandIns.prefix("GetTLDPricing", ResponseFormat.JSON), standIn.lastCall().body());
    }

    @Test
    void legacyAdminCredentialsSendTheMd5OfThePasswordAndTheAccessKey() {
        WhmcsStandIn legacy = WhmcsStandIn.start();
        try (legacy) {
            legacy.answer("DeleteClient", "{\"result\":\"success\",\"clientid\":7}");
            WhmcsClient admin = WhmcsClient.builder()
                    .endpoint(legacy.endpoint())
                    .credentials(Credentials.adminPassword("admin", "password").withAccessKey("k3y"))
                    .responseFormat(ResponseFormat.XML)
                    .allowPlainHttp()
                    .build();
            assertEquals(7L, admin.clients().deleteClient(r -> r.clientid(7).deletetransactions(true)).clientid());
            // md5("password") = 5f4dcc3b5aa765d61d8327deb882cf99
            assertEquals("action=DeleteClient&username=admin&password=5f4dcc3b5aa765d61d8327deb882cf99&accesskey=k3y"
                    + "&responsetype=xml&clientid=7&deletetransactions=1", legacy.lastCall().body());
        }
    }

    @Test
    void secretResponseFieldsShowNoSecretInToString() {
        standIn.answer("DecryptPassword", "{\"result\":\"success\",\"password\":\"hunter2\"}");
        var decrypted = whmcs.system().decryptPassword(r -> r.password2("ENCRYPTED"));
        assertEquals("hunter2", decrypted.password());
        assertFalse(decrypted.toString().contains("hunter2"), decrypted.toString());
    }

    @Test
    void requestsShowNoSecretInToString() {
        AddClientRequest request = AddClientRequest.builder().firstname("Ada").lastname("Lovelace")
                .email("ada@example.com").address1("1 Road").city("London").state("London").postcode("N1")
                .country("GB").phonenumber("1").password2("hunter2").build();
        assertEquals("AddClientRequest[firstname=Ada, lastname=Lovelace, email=ada@example.com, address1=1 Road,"
                + " city=London, state=London, postcode=N1, country=GB, phonenumber=1, password2=***]", request.toString());
        assertFalse(whmcs.toString().contains(StandIns.SECRET), whmcs.toString());
        assertFalse(Credentials.apiKey("id", "topsecret").withAccessKey("key").toString().contains("topsecret"));
    }
}
