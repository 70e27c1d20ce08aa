package com.example.whmcs;

/** Code of the project's own on the generated subset: who an invoice is for. */
public final class InvoiceOwner {
    private InvoiceOwner() {
    }

    public static String email(WhmcsClient whmcs, long invoiceId) {
        Long clientId = whmcs.billing().getInvoice(r -> r.invoiceid(invoiceId)).userid();
        return whmcs.clients().getClientsDetails(r -> r.clientid(clientId)).client().email();
    }
}
