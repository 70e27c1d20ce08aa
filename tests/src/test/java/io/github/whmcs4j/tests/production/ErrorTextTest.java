package io.github.whmcs4j.tests.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.runtime.RetryPolicy;
import io.github.whmcs4j.runtime.error.WhmcsApiException;
import io.github.whmcs4j.runtime.error.WhmcsTransportException;
import io.github.whmcs4j.sdk.WhmcsClient;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Error text in other encodings reaches the caller readable, never dropped and never as NUL characters. */
class ErrorTextTest {
    private static WhmcsClient client(MisbehavingServer server) {
        return WhmcsClient.builder().endpoint(server.endpoint()).credentials(Credentials.apiKey("id", "secret"))
                .retryPolicy(RetryPolicy.none()).allowPlainHttp().build();
    }

    @Test
    void anErrorMessageInLatin1IsReadLeniently() throws Exception {
        byte[] body = "{\"result\":\"error\",\"message\":\"Ung\u00fcltige Rechnung\"}".getBytes(StandardCharsets.ISO_8859_1);
        try (MisbehavingServer server = new MisbehavingServer(n -> MisbehavingServer.Raw.of(200,
                "Content-Type: application/json\r\n", body))) {
            WhmcsApiException e = assertThrows(WhmcsApiException.class, () -> client(server).billing().getInvoice(r -> r.invoiceid(1)));
            assertEquals("Ung\uFFFDltige Rechnung", e.apiMessage());
        }
    }

    @Test
    void anExcerptOfAUtf16PageIsDecodedInItsCharset() throws Exception {
        byte[] body = "<html><body>Service Unavailable: f\u00fcr Wartung</body></html>".getBytes(StandardCharsets.UTF_16LE);
        try (MisbehavingServer server = new MisbehavingServer(n -> MisbehavingServer.Raw.of(500,
                "Content-Type: text/html; charset=UTF-16LE\r\n", body))) {
            WhmcsTransportException e = assertThrows(WhmcsTransportException.class,
                    () -> client(server).system().whmcsDetails());
            assertEquals("<html><body>Service Unavailable: f\u00fcr Wartung</body></html>", e.bodyExcerpt());
            assertFalse(e.getMessage().contains("\0"), e.getMessage());
        }
    }

    @Test
    void anExcerptOfAUtf16PageWithAByteOrderMarkAndNoCharsetIsDecodedToo() throws Exception {
        byte[] body = "<html>Wartung</html>".getBytes(StandardCharsets.UTF_16); // big-endian, with a byte order mark
        try (MisbehavingServer server = new MisbehavingServer(n -> MisbehavingServer.Raw.of(502,
                "Content-Type: text/html\r\n", body))) {
            assertEquals("<html>Wartung</html>", assertThrows(WhmcsTransportException.class,
                    () -> client(server).system().whmcsDetails()).bodyExcerpt());
        }
    }
}
