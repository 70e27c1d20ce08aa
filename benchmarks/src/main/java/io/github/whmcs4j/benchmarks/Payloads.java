package io.github.whmcs4j.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.whmcs4j.testkit.WhmcsXml;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The response bodies the benchmarks decode, generated deterministically (a fixed seed) in the
 * shape a real WHMCS 8 install sends: the envelope, paging counters, the {@code clients.client[]}
 * and {@code invoices.invoice[]} wrappers, ids as numbers or as numeric strings, money as decimal
 * strings, zero dates, {@code null} and empty values, and HTML-escaped names. The XML form is
 * written from the JSON by the testkit's {@link WhmcsXml}, as the SDK's own tests do.
 */
public final class Payloads {
    private static final JsonFactory JSON = new JsonFactory();
    private static final long SEED = 20240806L;

    private static final String[] FIRST_NAMES = {"Ada", "Grace", "Linus", "Margaret", "Dennis", "Barbara",
        "Ken", "Frances", "Edsger", "Radia", "Donald", "Sophie", "Tim", "Hedy", "Alan", "Katherine"};
    private static final String[] LAST_NAMES = {"Lovelace", "Hopper", "Torvalds", "Hamilton", "Ritchie",
        "Liskov", "Thompson", "Allen", "Dijkstra", "Perlman", "Knuth", "Wilson", "Berners-Lee", "Lamarr",
        "Turing", "Johnson", "O&#039;Brien"};
    private static final String[] COMPANIES = {"", "", "", "Example Hosting Ltd", "Smith &amp; Sons",
        "Acme Web Services GmbH", "Nordic Cloud AB", "Café Internet SARL"};
    private static final String[] CLIENT_STATUSES = {"Active", "Active", "Active", "Inactive", "Closed"};
    private static final String[] INVOICE_STATUSES = {"Paid", "Paid", "Unpaid", "Cancelled", "Refunded"};
    private static final String[] GATEWAYS = {"paypal", "stripe", "banktransfer", "mailin"};
    private static final String ZERO_DATE_TIME = "0000-00-00 00:00:00";
    /** How many clients and invoices the benchmark responses list. */
    static final int CLIENTS = 10_000;
    static final int INVOICES = 5_000;

    private Payloads() {
    }

    /** A {@code GetClients} response listing {@code count} clients, as JSON. */
    public static byte[] getClientsJson(int count) {
        SplittableRandom random = new SplittableRandom(SEED);
        return write(out -> {
            out.writeStartObject();
            out.writeStringField("result", "success");
            out.writeStringField("totalresults", Integer.toString(count)); // a string beside numbers, as WHMCS sends
            out.writeNumberField("startnumber", 0);
            out.writeNumberField("numreturned", count);
            out.writeObjectFieldStart("clients");
            out.writeArrayFieldStart("client");
            for (int i = 1; i <= count; i++) {
                writeClient(out, i, random);
            }
            out.writeEndArray();
            out.writeEndObject();
            out.writeEndObject();
        });
    }

    /** A {@code GetInvoices} response listing {@code count} invoices, as JSON. */
    public static byte[] getInvoicesJson(int count) {
        SplittableRandom random = new SplittableRandom(SEED);
        return write(out -> {
            out.writeStartObject();
            out.writeStringField("result", "success");
            out.writeNumberField("totalresults", count);
            out.writeNumberField("startnumber", 0);
            out.writeStringField("numreturned", Integer.toString(count));
            out.writeObjectFieldStart("invoices");
            out.writeArrayFieldStart("invoice");
            for (int i = 1; i <= count; i++) {
                writeInvoice(out, i, random);
            }
            out.writeEndArray();
            out.writeEndObject();
            out.writeEndObject();
        });
    }

    /**
     * The body the decoding benchmarks read: {@code GetClients} (10,000 clients) or {@code GetInvoices}
     * (5,000 invoices), as {@code json} or {@code xml}.
     */
    public static byte[] response(String command, String format) {
        byte[] json = switch (command) {
            case "GetClients" -> getClientsJson(CLIENTS);
            case "GetInvoices" -> getInvoicesJson(INVOICES);
            default -> throw new IllegalArgumentException("unknown command " + command);
        };
        return switch (format) {
            case "json" -> json;
            case "xml" -> toXml(command, json);
            default -> throw new IllegalArgumentException("unknown format " + format);
        };
    }

    /** The same response in WHMCS's XML form ({@code <whmcsapi>}, repeated item elements). */
    public static byte[] toXml(String action, byte[] json) {
        return WhmcsXml.fromJson(action, new String(json, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    private static void writeClient(JsonGenerator out, int id, SplittableRandom random) throws IOException {
        String first = pick(FIRST_NAMES, random);
        String last = pick(LAST_NAMES, random);
        out.writeStartObject();
        writeId(out, "id", id, random);
        out.writeStringField("firstname", first);
        out.writeStringField("lastname", last);
        out.writeStringField("companyname", pick(COMPANIES, random));
        out.writeStringField("email", first.toLowerCase(Locale.ROOT) + "." + id + "@example.com");
        out.writeStringField("datecreated", random.nextInt(50) == 0 ? "0000-00-00" : date(random));
        writeId(out, "groupid", random.nextInt(4), random);
        out.writeStringField("status", pick(CLIENT_STATUSES, random));
        out.writeEndObject();
    }

    private static void writeInvoice(JsonGenerator out, int id, SplittableRandom random) throws IOException {
        String status = pick(INVOICE_STATUSES, random);
        String date = date(random);
        long subtotalCents = 100 + random.nextInt(50_000);
        boolean taxed = random.nextBoolean();
        long taxCents = taxed ? Math.round(subtotalCents * 0.19) : 0;
        long creditCents = random.nextInt(10) == 0 ? Math.min(500, subtotalCents) : 0;
        out.writeStartObject();
        writeId(out, "id", 100_000 + id, random);
        writeId(out, "userid", 1 + random.nextInt(10_000), random);
        out.writeStringField("firstname", pick(FIRST_NAMES, random));
        out.writeStringField("lastname", pick(LAST_NAMES, random));
        out.writeStringField("companyname", pick(COMPANIES, random));
        out.writeStringField("invoicenum", random.nextBoolean() ? "" : "INV-" + date.substring(0, 4) + "-" + id);
        out.writeStringField("date", date);
        out.writeStringField("duedate", date(random));
        out.writeStringField("datepaid", status.equals("Paid") || status.equals("Refunded")
                ? dateTime(random) : ZERO_DATE_TIME);
        out.writeStringField("last_capture_attempt", random.nextInt(4) == 0 ? dateTime(random) : ZERO_DATE_TIME);
        out.writeStringField("date_refunded", status.equals("Refunded") ? dateTime(random) : ZERO_DATE_TIME);
        out.writeStringField("date_cancelled", status.equals("Cancelled") ? dateTime(random) : ZERO_DATE_TIME);
        out.writeStringField("subtotal", money(subtotalCents));
        out.writeStringField("credit", money(creditCents));
        out.writeStringField("tax", money(taxCents));
        out.writeStringField("tax2", "0.00");
        out.writeStringField("total", money(subtotalCents + taxCents - creditCents));
        out.writeStringField("taxrate", taxed ? "19.000" : "0.000");
        out.writeStringField("taxrate2", "0.000");
        out.writeStringField("status", status);
        out.writeStringField("paymentmethod", pick(GATEWAYS, random));
        if (random.nextBoolean()) {
            out.writeNullField("paymethodid");
        } else {
            writeId(out, "paymethodid", 1 + random.nextInt(20_000), random);
        }
        out.writeStringField("notes", random.nextInt(8) == 0 ? "Pro-rata &amp; upgrade credit applied" : "");
        out.writeStringField("created_at", date + " 0" + random.nextInt(10) + ":1" + random.nextInt(10) + ":42");
        out.writeStringField("updated_at", dateTime(random));
        out.writeStringField("currencycode", "USD");
        out.writeStringField("currencyprefix", "$");
        out.writeStringField("currencysuffix", " USD");
        out.writeEndObject();
    }

    /** An id as a JSON number, or one time in three as a numeric string: WHMCS does both. */
    private static void writeId(JsonGenerator out, String name, long value, SplittableRandom random)
            throws IOException {
        if (random.nextInt(3) == 0) {
            out.writeStringField(name, Long.toString(value));
        } else {
            out.writeNumberField(name, value);
        }
    }

    private static String date(SplittableRandom random) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", 2012 + random.nextInt(13), 1 + random.nextInt(12),
                1 + random.nextInt(28));
    }

    private static String dateTime(SplittableRandom random) {
        return date(random) + String.format(Locale.ROOT, " %02d:%02d:%02d", random.nextInt(24), random.nextInt(60),
                random.nextInt(60));
    }

    private static String money(long cents) {
        return String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100);
    }

    private static String pick(String[] values, SplittableRandom random) {
        return values[random.nextInt(values.length)];
    }

    private interface Body {
        void write(JsonGenerator out) throws IOException;
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (JsonGenerator out = JSON.createGenerator(bytes)) {
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
