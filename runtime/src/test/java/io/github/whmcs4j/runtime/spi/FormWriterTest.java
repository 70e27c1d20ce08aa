package io.github.whmcs4j.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** PHP: http_build_query(['items' => [['id' => 1, 'qty' => 2], [[1, 2]]]]). */
    @Test
    void nestsListsAndMapsAtAnyDepth() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", 1);
        item.put("qty", 2);
        FormWriter form = new FormWriter(Set.of()).addArray("items", List.of(item, List.of(List.of(1, 2))));
        assertEquals("items%5B0%5D%5Bid%5D=1&items%5B0%5D%5Bqty%5D=2&items%5B1%5D%5B0%5D%5B0%5D=1"
                + "&items%5B1%5D%5B0%5D%5B1%5D=2", form.encoded());
    }

    @Test
    void refusesWhatPhpWouldReceiveChanged() {
        FormWriter form = new FormWriter(Set.of());
        assertEquals("parameter note: an unpaired UTF-16 surrogate at index 4 has no UTF-8 form (PHP would receive '?')",
                assertThrows(IllegalArgumentException.class, () -> form.add("note", "half\uDE00")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> form.add("a.b", "x"));
        assertThrows(IllegalArgumentException.class, () -> form.add("a b", "x"));
        assertThrows(IllegalArgumentException.class, () -> form.add("a[b", "x"));
        assertThrows(IllegalArgumentException.class, () -> form.add("", "x"));
        assertThrows(IllegalArgumentException.class, () -> form.addMap("m", Map.of("", "x")));
        assertThrows(IllegalArgumentException.class, () -> form.addMap("m", Map.of("a[0]", "x")));
        assertThrows(IllegalArgumentException.class, () -> form.addValue("o", new Object()));
        assertThrows(IllegalArgumentException.class, () -> form.addValue("nan", Double.NaN));
        assertEquals("", form.encoded(), "nothing refused was written");
        form.add("ok[a.b c]", "\uD83D\uDE00").addValue("big", 1e20);
        assertEquals("ok%5Ba.b+c%5D=%F0%9F%98%80&big=100000000000000000000", form.encoded());
    }

    @Test
    void countsVariablesAndRefusesPastTheLimit() {
        FormWriter form = new FormWriter(Set.of(), 3).add("a", "1").addArray("list", List.of(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> form.addArray("domain", List.of("x.com", "y.com")));
        assertTrue(e.getMessage().startsWith("parameter domain: the request would carry more than 3 form variables"),
                e.getMessage());
    }
}
