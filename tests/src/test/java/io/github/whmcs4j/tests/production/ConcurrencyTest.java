package io.github.whmcs4j.tests.production;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.testkit.StandInResponse;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One client shared by 32 threads: every response belongs to its own request. */
class ConcurrencyTest {
    private static final int THREADS = 32;
    private static final int CALLS_PER_THREAD = 200;

    @Test
    void everyResponseBelongsToItsRequest() throws Exception {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            // Echo the requested client id back in the client object, as WHMCS does.
            standIn.on("GetClientsDetails", call -> StandInResponse.json("{\"result\":\"success\",\"client\":{\"id\":"
                    + call.parameter("clientid").orElseThrow() + ",\"email\":\"c" + call.parameter("clientid").orElseThrow()
                    + "@example.com\"}}"));
            WhmcsClient whmcs = WhmcsClient.builder().endpoint(standIn.endpoint())
                    .credentials(Credentials.apiKey("id", "secret")).allowPlainHttp().build();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int thread = 0; thread < THREADS; thread++) {
                    int base = thread * CALLS_PER_THREAD;
                    results.add(pool.submit(() -> {
                        int mismatches = 0;
                        for (int i = 0; i < CALLS_PER_THREAD; i++) {
                            long id = base + i + 1;
                            var client = whmcs.clients().getClientsDetails(r -> r.clientid(id)).client();
                            if (client.id() != id || !client.email().equals("c" + id + "@example.com")) {
                                mismatches++;
                            }
                        }
                        return mismatches;
                    }));
                }
                int mismatches = 0;
                for (Future<Integer> result : results) {
                    mismatches += result.get(5, TimeUnit.MINUTES);
                }
                assertEquals(0, mismatches);
                assertEquals(THREADS * CALLS_PER_THREAD, standIn.calls().size());
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
