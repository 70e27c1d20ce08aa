package io.github.whmcs4j.tests.production;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.whmcs4j.runtime.CallInfo;
import io.github.whmcs4j.runtime.CallOptions;
import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.runtime.Interceptor;
import io.github.whmcs4j.runtime.transport.TransportRequest;
import io.github.whmcs4j.runtime.transport.TransportResponse;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Interceptors see every attempt, can add headers, and per-call options add parameters. */
class InterceptorTest {
    @Test
    void interceptorsAddHeadersAndObserveResponses() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            standIn.answer("WhmcsDetails", "{\"result\":\"success\",\"whmcs\":{\"version\":\"8.13.1\"}}");
            WhmcsClient whmcs = WhmcsClient.builder().endpoint(standIn.endpoint())
                    .credentials(Credentials.apiKey("id", "secret")).allowPlainHttp()
                    .interceptor(new Interceptor() {
                        @Override
                        public TransportRequest onRequest(CallInfo call, TransportRequest request) {
                            return request.withHeader("traceparent", "00-trace-" + call.action() + "-01");
                        }

                        @Override
                        public void onResponse(CallInfo call, TransportRequest request, TransportResponse response,
                                               Duration elapsed) {
                            seen.add(call.action() + " " + call.attempt() + " " + response.statusCode());
                        }
                    })
                    .build();
            whmcs.system().whmcsDetailsAsync(r -> { }).get();
            whmcs.withOptions(CallOptions.none().parameter("lang", "de")).system().whmcsDetails();
            assertEquals("00-trace-WhmcsDetails-01", standIn.lastCall().header("traceparent").orElseThrow());
            assertEquals("de", standIn.lastCall().parameter("lang").orElseThrow());
            assertEquals(List.of("WhmcsDetails 1 200", "WhmcsDetails 1 200"), seen);
        }
    }
}
