package io.github.whmcs4j.demo;

import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.runtime.ResponseFormat;
import io.github.whmcs4j.runtime.error.WhmcsApiException;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.sdk.billing.GetInvoicesResponse;
import io.github.whmcs4j.sdk.clients.GetClientsRequest;
import io.github.whmcs4j.sdk.clients.GetClientsResponse;
import io.github.whmcs4j.sdk.domains.GetTLDPricingResponse;
import io.github.whmcs4j.sdk.orders.AddOrderResponse;
import io.github.whmcs4j.testkit.Fault;
import io.github.whmcs4j.testkit.StandInResponse;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.util.Map;

/**
 * Calls a few commands through the generated SDK against a WHMCS stand-in on 127.0.0.1 and prints
 * the typed results: the same calls a program would make against a real installation. The stand-in
 * knows the spec: what has no canned answer here is answered from it, and it can play faults.
 */
public final class Demo {
    private static final String IDENTIFIER = "demo-identifier";
    private static final String SECRET = "demo-secret";

    private Demo() {
    }

    public static void main(String[] args) {
        try (WhmcsStandIn standIn = WhmcsStandIn.startWithSpec().requireApiKey(IDENTIFIER, SECRET)) {
            cannedAnswers(standIn);
            System.out.println("WHMCS stand-in listening on " + standIn.endpoint());

            WhmcsClient whmcs = WhmcsClient.builder()
                    .endpoint(standIn.endpoint())
                    .credentials(Credentials.apiKey(IDENTIFIER, SECRET))
                    .allowPlainHttp() // the stand-in is local; a real endpoint must be https
                    .build();

            System.out.println("\nWhmcsDetails: WHMCS " + whmcs.system().whmcsDetails().whmcs().version());

            GetClientsResponse clients = whmcs.clients().getClients(r -> r.search("example").limitnum(50)
                    .status(GetClientsRequest.Status.ACTIVE));
            System.out.println("\nGetClients: " + clients.numreturned() + " of " + clients.totalresults());
            for (GetClientsResponse.Client client : clients.clients()) {
                System.out.printf("  #%d %s %s <%s>, since %s%n", client.id(), client.firstname(), client.lastname(),
                        client.email(), client.datecreated());
            }

            WhmcsClient overXml = WhmcsClient.builder()
                    .endpoint(standIn.endpoint())
                    .credentials(Credentials.apiKey(IDENTIFIER, SECRET))
                    .responseFormat(ResponseFormat.XML)
                    .allowPlainHttp()
                    .build();
            GetClientsResponse clientsFromXml = overXml.clients().getClients(r -> r.search("example").limitnum(50)
                    .status(GetClientsRequest.Status.ACTIVE));
            System.out.println("  the same call with responsetype=xml decodes to an equal record: "
                    + clients.equals(clientsFromXml));

            AddOrderResponse order = whmcs.orders().addOrder(r -> r.clientid(1).paymentmethod("paypal")
                    .addPid(1).addBillingcycle("monthly").addDomain("example.com")
                    .addCustomfields(Map.of("1", "Google")));
            System.out.println("\nAddOrder: order " + order.orderid() + ", invoice " + order.invoiceid()
                    + ", services " + order.serviceids());
            System.out.println("  form body WHMCS received (secret hidden): "
                    + standIn.lastCall().body().replace(SECRET, "***"));

            GetTLDPricingResponse pricing = whmcs.domains().getTLDPricing();
            pricing.pricing().forEach((tld, prices) -> System.out.printf("\nGetTLDPricing: .%s registers for %s %s a year",
                    tld, pricing.currency().prefix(), prices.register().get("1")));
            System.out.println();

            try {
                whmcs.billing().getInvoice(r -> r.invoiceid(999));
            } catch (WhmcsApiException e) {
                System.out.println("\nGetInvoice 999: " + e.getMessage());
            }

            GetInvoicesResponse invoices = whmcs.billing().getInvoices(r -> r.limitnum(2));
            System.out.println("\nGetInvoices, answered from the spec (no canned answer): " + invoices.numreturned()
                    + " of " + invoices.totalresults() + ", first due " + invoices.invoices().get(0).duedate());

            standIn.fail("GetClients", Fault.httpStatus(503), 1);
            int calls = standIn.calls().size();
            whmcs.clients().getClients(r -> r.search("example"));
            System.out.println("\nGetClients after one HTTP 503: answered on attempt " + (standIn.calls().size() - calls)
                    + " (a read-only command is retried)");
        }
    }

    private static void cannedAnswers(WhmcsStandIn standIn) {
        standIn.answer("WhmcsDetails", """
                {"result":"success","whmcs":{"version":"8.13.1","canonicalversion":"8.13.1-release.1"}}""");
        standIn.answer("GetClients", """
                {"result":"success","totalresults":"2","startnumber":0,"numreturned":2,
                 "clients":{"client":[
                   {"id":7,"firstname":"Ada","lastname":"Lovelace","companyname":"Analytical &amp; Co",
                    "email":"ada@example.com","datecreated":"2024-03-01","groupid":0,"status":"Active"},
                   {"id":"8","firstname":"Alan","lastname":"Turing","companyname":"",
                    "email":"alan@example.com","datecreated":"0000-00-00","groupid":"0","status":"Active"}]}}""");
        standIn.answer("AddOrder", """
                {"result":"success","orderid":"41","serviceids":"57","addonids":"","domainids":"12","invoiceid":"96"}""");
        standIn.answer("GetTLDPricing", """
                {"result":"success","currency":{"id":1,"code":"USD","prefix":"$","suffix":" USD","format":1,"rate":"1.00000"},
                 "pricing":{"com":{"tld":"com","categories":["Popular"],"addons":{"dns":false,"email":false,"idprotect":true},
                   "group":"hot","register":{"1":"12.95","2":"25.90"},"transfer":{"1":"12.95"},"renew":{"1":"14.95"},
                   "grace_period":null,"redemption_period":null}}}""");
        standIn.on("GetInvoice", call -> StandInResponse.error(call, 200, "Invoice ID Not Found"));
    }
}
