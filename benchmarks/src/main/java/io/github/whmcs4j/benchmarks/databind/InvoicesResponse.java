package io.github.whmcs4j.benchmarks.databind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a databind user would write for {@code GetInvoices}: the SDK's {@code GetInvoicesResponse}
 * with the same names and value types, plus the envelope and the {@code invoices.invoice[]} wrapper
 * (see {@link ClientsResponse} for why).
 */
public record InvoicesResponse(String result, String message, Integer totalresults, Integer startnumber,
                               Integer numreturned, InvoiceList invoices) {

    /** The {@code invoices} wrapper object. */
    public record InvoiceList(List<Invoice> invoice) {
    }

    /** One invoice, with the field types of {@code GetInvoicesResponse.Invoice}. */
    public record Invoice(Long id, Long userid, String firstname, String lastname, String companyname,
                          String invoicenum, LocalDate date, LocalDate duedate, LocalDateTime datepaid,
                          LocalDateTime last_capture_attempt, LocalDateTime date_refunded,
                          LocalDateTime date_cancelled, BigDecimal subtotal, BigDecimal credit, BigDecimal tax,
                          BigDecimal tax2, BigDecimal total, BigDecimal taxrate, BigDecimal taxrate2, String status,
                          String paymentmethod, Long paymethodid, String notes, LocalDateTime created_at,
                          LocalDateTime updated_at, String currencycode, String currencyprefix,
                          String currencysuffix) {
    }
}
