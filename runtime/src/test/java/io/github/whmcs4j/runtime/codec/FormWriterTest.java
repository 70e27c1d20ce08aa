package io.github.whmcs4j.runtime.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormWriterTest {
    @Test
    void encodesLikePhpUrlencode() {
        FormWriter form = new FormWriter(Set.of());
        form.add("q", "a b&c=d~e*f-g_h.i/ü€😀");
        // PHP: urlencode("a b&c=d~e*f-g_h.i/ü€😀")
        assertEquals("q=a+b%26c%3Dd%7Ee%2Af-g_h.i%2F%C3%BC%E2%82%AC%F0%9F%98%80", form.encoded());
    }

    @Test
    void writesArraysWithIndexesAndMapsWithKeys() {
        Map<String, Object> renewals = new LinkedHashMap<>();
        renewals.put("example.com", 1);
        renewals.put("example.net", 2);
        FormWriter form = new FormWriter(Set.of())
                .addArray("pid", List.of(1L, 2L))
                .addMap("domainrenewals", renewals)
                .addCommaSeparated("permissions", List.of("profile", "invoices"));
        assertEquals("pid%5B0%5D=1&pid%5B1%5D=2&domainrenewals%5Bexample.com%5D=1&domainrenewals%5Bexample.net%5D=2"
                + "&permissions=profile%2Cinvoices", form.encoded());
    }

    @Test
    void writesScalarsInWhmcsForms() {
        FormWriter form = new FormWriter(Set.of())
                .add("yes", Boolean.TRUE)
                .add("no", Boolean.FALSE)
                .add("unset", (String) null)
                .add("price", new BigDecimal("1E+1"))
                .add("date", LocalDate.of(2024, 2, 29));
        assertEquals("yes=1&no=0&price=10&date=2024-02-29", form.encoded());
    }

    @Test
    void redactsSensitiveParametersAndSecrets() {
        FormWriter form = new FormWriter(Set.of("password2", "cardnum"))
                .add("identifier", "abc")
                .addSecret("secret", "s3cr3t")
                .add("password2", "hunter 2")
                .addArray("cardnum", List.of("4111"))
                .add("email", "a@example.com");
        assertEquals("identifier=abc&secret=s3cr3t&password2=hunter+2&cardnum%5B0%5D=4111&email=a%40example.com",
                form.encoded());
        assertEquals("identifier=abc&secret=***&password2=***&cardnum%5B0%5D=***&email=a%40example.com", form.redacted());
    }
}
