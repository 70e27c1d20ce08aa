package io.github.whmcs4j.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.whmcs4j.runtime.error.WhmcsApiException;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A Micrometer Observation per call, on the default client and on named instances, over HTTP to a stand-in. */
class WhmcsObservationsTest {
    private WhmcsStandIn standIn;
    private ApplicationContextRunner runner;

    @BeforeEach
    void start() {
        standIn = WhmcsStandIn.start();
        standIn.answer("WhmcsDetails", "{\"result\":\"success\",\"whmcs\":{\"version\":\"8.13.1\"}}");
        standIn.answer("GetClientsDetails", "{\"result\":\"error\",\"message\":\"Client Not Found\"}");
        runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(WhmcsAutoConfiguration.class))
                .withPropertyValues("whmcs.endpoint=" + standIn.endpoint(), "whmcs.identifier=id", "whmcs.secret=s3cret",
                        "whmcs.allow-plain-http=true", "whmcs.instances.reseller.endpoint=" + standIn.endpoint(),
                        "whmcs.instances.reseller.identifier=rid", "whmcs.instances.reseller.secret=rs3cret",
                        "whmcs.instances.reseller.allow-plain-http=true");
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void eachCallIsOneObservationWithItsCommandClientAndOutcome() {
        runner.withUserConfiguration(Recording.class).run(context -> {
            Recorder recorder = context.getBean(Recorder.class);
            context.getBean("whmcsClient", WhmcsClient.class).system().whmcsDetails();
            WhmcsClient reseller = context.getBean("resellerWhmcsClient", WhmcsClient.class);
            assertThrows(WhmcsApiException.class, () -> reseller.clients().getClientsDetails(r -> r.clientid(9)));

            assertEquals(2, recorder.stopped.size());
            Observation.Context details = recorder.stopped.get(0);
            assertEquals(WhmcsObservationInterceptor.NAME, details.getName());
            assertEquals("whmcs WhmcsDetails", details.getContextualName());
            assertEquals(Map.of("whmcs.command", "WhmcsDetails", "whmcs.client", "whmcs", "whmcs.read_only", "true",
                    "whmcs.outcome", "SUCCESS", "whmcs.attempts", "1"), keyValues(details));
            assertNull(details.getError());

            Observation.Context notFound = recorder.stopped.get(1);
            assertEquals(Map.of("whmcs.command", "GetClientsDetails", "whmcs.client", "reseller",
                    "whmcs.read_only", "true", "whmcs.outcome", "API_ERROR", "whmcs.attempts", "1"), keyValues(notFound));
            assertInstanceOf(WhmcsApiException.class, notFound.getError(), "a result=error under HTTP 200 is an error");
        });
    }

    @Test
    void noRegistryNoObservationAndTheClientStillWorks() {
        runner.run(context -> {
            context.getBean(WhmcsClient.class).system().whmcsDetails();
            assertEquals("action=WhmcsDetails&identifier=id&secret=s3cret&responsetype=json", standIn.lastCall().body());
        });
    }

    private static Map<String, String> keyValues(Observation.Context context) {
        Map<String, String> values = new TreeMap<>();
        for (KeyValue keyValue : context.getLowCardinalityKeyValues()) {
            values.put(keyValue.getKey(), keyValue.getValue());
        }
        return values;
    }

    /** Keeps every observation context that was stopped. */
    static final class Recorder implements ObservationHandler<Observation.Context> {
        final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

        @Override
        public void onStop(Observation.Context context) {
            stopped.add(context);
        }

        @Override
        public boolean supportsContext(Observation.Context context) {
            return true;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Recording {
        @Bean
        Recorder recorder() {
            return new Recorder();
        }

        @Bean
        ObservationRegistry observationRegistry(Recorder recorder) {
            ObservationRegistry registry = ObservationRegistry.create();
            registry.observationConfig().observationHandler(recorder);
            return registry;
        }
    }
}
