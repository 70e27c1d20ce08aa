package io.github.whmcs4j.tests.production;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.runtime.CallOptions;
import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.runtime.RetryPolicy;
import io.github.whmcs4j.runtime.error.WhmcsException;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.testkit.StandInResponse;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With debug logging on, successful calls, API errors, retries, transport failures and sensitive
 * parameters leave no secret, password or access key in any log line or exception message.
 */
class RedactionTest {
    private static final String SECRET = "Sup3r-S3cret-Value";
    private static final String ACCESS_KEY = "Acc3ss-K3y-Value";
    private static final String PASSWORD = "Cl1ent-P4ssword";
    private static final String CARD = "4111111111111111";
    private static final String EXTRA_SECRET = "Extra-S3cret";

    private final List<String> logLines = new ArrayList<>();
    private final Logger logger = Logger.getLogger("io.github.whmcs4j");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (logLines) {
                logLines.add(new java.util.logging.SimpleFormatter().formatMessage(record));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureDebugLogs() {
        logger.setLevel(Level.ALL);
        logger.addHandler(capture);
    }

    @AfterEach
    void release() {
        logger.removeHandler(capture);
        logger.setLevel(null);
    }

    @Test
    @SuppressWarnings("deprecation") // cardnum is deprecated by WHMCS, and still secret
    void noSecretInAnyLogLineOrMessage() throws Exception {
        List<String> messages = new ArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            standIn.answer("AddClient", "{\"result\":\"success\",\"clientid\":9}");
            standIn.on("GetClients", call -> calls.incrementAndGet() == 1
                    ? new StandInResponse(503, "text/html", "busy")
                    : StandInResponse.json("{\"result\":\"success\",\"totalresults\":0}"));
            standIn.on("UpdateClient", call -> StandInResponse.error(call, 403, "Invalid IP 127.0.0.1"));
            WhmcsClient whmcs = WhmcsClient.builder().endpoint(standIn.endpoint())
                    .credentials(Credentials.apiKey("identifier", SECRET).withAccessKey(ACCESS_KEY))
                    .retryPolicy(new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(5), Duration.ofSeconds(5)))
                    .allowPlainHttp().build();

            whmcs.clients().addClient(r -> r.firstname("Ada").lastname("L").email("a@example.com").address1("1")
                    .city("c").state("s").postcode("p").country("GB").phonenumber("1").password2(PASSWORD).cardnum(CARD));
            whmcs.clients().getClients();
            whmcs.withOptions(CallOptions.none().secretParameter("api_token", EXTRA_SECRET)).clients().getClients();
            messages.add(assertThrows(WhmcsException.class,
                    () -> whmcs.clients().updateClient(r -> r.clientid(1).firstname("x"))).getMessage());
            messages.add(whmcs.toString());
            messages.add(whmcs.withOptions(CallOptions.none().secretParameter("api_token", EXTRA_SECRET)).toString());
        }
        WhmcsClient unreachable = WhmcsClient.builder().endpoint("http://127.0.0.1:1/includes/api.php")
                .credentials(Credentials.apiKey("identifier", SECRET).withAccessKey(ACCESS_KEY))
                .retryPolicy(RetryPolicy.none()).allowPlainHttp().build();
        messages.add(assertThrows(WhmcsException.class, () -> unreachable.system().whmcsDetails()).getMessage());

        List<String> everything = new ArrayList<>(messages);
        synchronized (logLines) {
            everything.addAll(logLines);
        }
        assertTrue(logLines.stream().anyMatch(line -> line.contains("AddClient attempt 1: POST")), "debug logging was on");
        assertTrue(logLines.stream().anyMatch(line -> line.contains("password2=***")), "sensitive parameters are masked");
        for (String text : everything) {
            for (String secret : List.of(SECRET, ACCESS_KEY, PASSWORD, CARD, EXTRA_SECRET)) {
                assertFalse(text.contains(secret), "a secret leaked into: " + text);
            }
        }
    }
}
