package io.github.whmcs4j.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.runtime.ResponseFormat;
import io.github.whmcs4j.runtime.RetryPolicy;
import io.github.whmcs4j.runtime.error.WhmcsException;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.sdk.authentication.CreateOAuthCredentialRequest;
import io.github.whmcs4j.sdk.billing.CreateInvoiceRequest;
import io.github.whmcs4j.sdk.orders.AddOrderRequest;
import io.github.whmcs4j.testkit.StandInResponse;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests whose form follows the public WHMCS API reference (and apocas/node-whmcs's live tests)
 * where the spec once said otherwise: the exact body WHMCS receives, over real HTTP.
 */
class PublicReferenceRequestsTest {
    private WhmcsStandIn standIn;
    private WhmcsClient whmcs;

    @BeforeEach
    void start() {
        standIn = StandIns.start();
        for (String action : List.of("CreateInvoice", "CreateOAuthCredential", "UpdateOAuthCredential", "AddProjectTask",
                "CreateProject", "UpdateProject", "UpdateProjectTask", "StartTaskTimer", "UpdateToDoItem")) {
            standIn.answer(action, "{\"result\":\"success\"}");
        }
        whmcs = StandIns.client(standIn, ResponseFormat.JSON);
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    private String body(String action) {
        String body = standIn.lastCall().body();
        String prefix = StandIns.prefix(action, ResponseFormat.JSON);
        assertTrue(body.startsWith(prefix), body);
        return body.substring(prefix.length());
    }

    @Test
    void createInvoiceSendsNumberedLineItemsFromOne() {
        whmcs.billing().createInvoice(CreateInvoiceRequest.builder()
                .userid(1).date(LocalDate.of(2016, 1, 1))
                .addItem("Sample Invoice Item", new BigDecimal("15.95"), false)
                .addItem(new CreateInvoiceRequest.Item("Second & last", new BigDecimal("1.00"), true))
                .addItem("Untaxed by default", new BigDecimal("2.50"), null)
                .build());
        assertEquals("&userid=1&date=2016-01-01"
                + "&itemdescription1=Sample+Invoice+Item&itemamount1=15.95&itemtaxed1=0"
                + "&itemdescription2=Second+%26+last&itemamount2=1.00&itemtaxed2=1"
                + "&itemdescription3=Untaxed+by+default&itemamount3=2.50", body("CreateInvoice"));
    }

    @Test
    void createInvoiceWithoutItemsSendsNoItemParameters() {
        whmcs.billing().createInvoice(r -> r.userid(7));
        assertEquals("&userid=7", body("CreateInvoice"));
    }

    @Test
    void aLineItemNeedsItsDescriptionAndAmount() {
        assertThrows(NullPointerException.class, () -> new CreateInvoiceRequest.Item(null, BigDecimal.ONE, null));
        assertThrows(NullPointerException.class, () -> new CreateInvoiceRequest.Item("x", null, null));
    }

    @Test
    void updateOAuthCredentialSendsRedirectUrisAsAnArray() {
        whmcs.authentication().updateOAuthCredential(r -> r.credentialId(3)
                .addRedirectUri("https://app.example.com/callback").addRedirectUri("https://app.example.com/other"));
        assertEquals("&credentialId=3&redirectUri%5B0%5D=https%3A%2F%2Fapp.example.com%2Fcallback"
                + "&redirectUri%5B1%5D=https%3A%2F%2Fapp.example.com%2Fother", body("UpdateOAuthCredential"));
    }

    @Test
    void createOAuthCredentialSendsTheOneRedirectUriItsTableTypes() {
        whmcs.authentication().createOAuthCredential(CreateOAuthCredentialRequest.builder()
                .grantType(CreateOAuthCredentialRequest.GrantType.AUTHORIZATION_CODE).scope("clientarea:sso")
                .name("App").redirectUri("https://app.example.com/callback").build());
        assertEquals("&grantType=authorization_code&scope=clientarea%3Asso&name=App"
                + "&redirectUri=https%3A%2F%2Fapp.example.com%2Fcallback", body("CreateOAuthCredential"));
    }

    @Test
    void projectFlagsAreSentOnlyWhenTrue() {
        whmcs.projects().addProjectTask(r -> r.projectid(1).duedate(LocalDate.of(2024, 5, 1)).task("Write")
                .completed(false).billed(true));
        assertEquals("&projectid=1&duedate=2024-05-01&task=Write&billed=1", body("AddProjectTask"));

        whmcs.projects().createProject(r -> r.title("Site").adminid(1).completed(true));
        assertEquals("&title=Site&adminid=1&completed=1", body("CreateProject"));

        whmcs.projects().updateProject(r -> r.projectid(4).completed(false).title("Renamed"));
        assertEquals("&projectid=4&title=Renamed", body("UpdateProject"));

        whmcs.projects().updateProject(r -> r.projectid(4).completed(true));
        assertEquals("&projectid=4&completed=1", body("UpdateProject"));

        whmcs.projects().updateProjectTask(r -> r.taskid(9).completed(false).notes("n"));
        assertEquals("&taskid=9&notes=n", body("UpdateProjectTask"));
    }

    @Test
    void startTaskTimerSendsTaskidAndProjectidAsTheLiveTestsDo() {
        whmcs.projects().startTaskTimer(r -> r.taskid(12).projectid(4));
        assertEquals("&taskid=12&projectid=4", body("StartTaskTimer"));
    }

    @Test
    void updateToDoItemSendsItsDatesAsGiven() {
        whmcs.system().updateToDoItem(r -> r.itemid(2).adminid(1).date("1700000000").duedate("1700086400"));
        assertEquals("&itemid=2&adminid=1&date=1700000000&duedate=1700086400", body("UpdateToDoItem"));
    }

    @Test
    void addOrderOffersOnlyTheBillingCyclesTheReferenceNames() {
        List<String> cycles = Arrays.stream(AddOrderRequest.BillingCycle.values())
                .map(AddOrderRequest.BillingCycle::wireValue).toList();
        assertEquals(List.of("onetime", "monthly", "quarterly", "semiannually", "annually", "biennially", "triennially"),
                cycles);
    }

    @Test
    void domainWhoisAndGetHealthStatusAreNotRetriedAfter503() {
        try (WhmcsStandIn flaky = WhmcsStandIn.start()) {
            for (String action : List.of("DomainWhois", "GetHealthStatus")) {
                flaky.on(action, call -> new StandInResponse(503, "text/html", "<html>Service Unavailable</html>"));
            }
            WhmcsClient client = WhmcsClient.builder().endpoint(flaky.endpoint().toString()).credentials(Credentials.apiKey("id", "s"))
                    .retryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(20)))
                    .allowPlainHttp().build();
            assertThrows(WhmcsException.class, () -> client.domains().domainWhois(r -> r.domain("example.com")));
            assertEquals(1, flaky.calls().size());
            assertEquals("action=DomainWhois&identifier=id&secret=s&responsetype=json&domain=example.com",
                    flaky.lastCall().body());
            assertThrows(WhmcsException.class, () -> client.servers().getHealthStatus());
            assertEquals(2, flaky.calls().size());
            assertFalse(WhmcsClient.command("GetHealthStatus").orElseThrow().readOnly());
        }
    }
}
