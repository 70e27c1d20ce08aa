package io.github.whmcs4j.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.whmcs4j.runtime.error.WhmcsTransportException;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.testkit.Fault;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

class WhmcsHealthTest {
    private WhmcsStandIn standIn;
    private ApplicationContextRunner runner;

    @BeforeEach
    void start() {
        standIn = WhmcsStandIn.start();
        standIn.answer("WhmcsDetails", "{\"result\":\"success\",\"whmcs\":{\"version\":\"8.13.1\","
                + "\"canonicalversion\":\"8.13.1-release.1\"}}");
        runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(WhmcsAutoConfiguration.class,
                        WhmcsHealthContributorAutoConfiguration.class))
                .withPropertyValues("whmcs.endpoint=" + standIn.endpoint(), "whmcs.identifier=id",
                        "whmcs.secret=health-s3cret", "whmcs.allow-plain-http=true", "whmcs.retry.max-attempts=1");
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    private static Health health(ApplicationContext context, String client) {
        CompositeHealthContributor whmcs = context.getBean("whmcsHealthContributor", CompositeHealthContributor.class);
        return ((HealthIndicator) whmcs.getContributor(client)).health();
    }

    @Test
    void upWithTheWhmcsVersion() {
        runner.run(context -> {
            Health health = health(context, "whmcsClient");
            assertEquals(Status.UP, health.getStatus());
            assertEquals(Map.of("version", "8.13.1"), health.getDetails());
            assertEquals("action=WhmcsDetails&identifier=id&secret=health-s3cret&responsetype=json",
                    standIn.lastCall().body());
        });
    }

    @Test
    void aResultIsReusedForTheCacheTime() {
        runner.run(context -> {
            health(context, "whmcsClient");
            health(context, "whmcsClient");
            assertEquals(1, standIn.calls().size());
        });
    }

    @Test
    void aZeroCacheTimeChecksEveryTime() {
        runner.withPropertyValues("whmcs.health.cache-time=0s").run(context -> {
            health(context, "whmcsClient");
            health(context, "whmcsClient");
            assertEquals(2, standIn.calls().size());
        });
    }

    @Test
    void downWithTheErrorTypeOnly() {
        standIn.fail("WhmcsDetails", Fault.httpStatus(500), 1);
        runner.run(context -> {
            Health health = health(context, "whmcsClient");
            assertEquals(Status.DOWN, health.getStatus());
            assertEquals(Map.of("error", WhmcsTransportException.class.getName()), health.getDetails());
        });
    }

    @Test
    void aWhmcsErrorAnswerIsDownAndNeverShowsTheSecret() {
        standIn.answer("WhmcsDetails", "{\"result\":\"error\",\"message\":\"Authentication Failed: health-s3cret\"}");
        runner.run(context -> {
            Health health = health(context, "whmcsClient");
            assertEquals(Status.DOWN, health.getStatus());
            assertThat(health.toString()).doesNotContain("health-s3cret");
        });
    }

    @Test
    void oneIndicatorPerClient() {
        runner.withPropertyValues("whmcs.instances.billing.endpoint=" + standIn.endpoint(),
                "whmcs.instances.billing.identifier=b-id", "whmcs.instances.billing.secret=b-s",
                "whmcs.instances.billing.allow-plain-http=true").run(context -> {
                    assertEquals(Status.UP, health(context, "billingWhmcsClient").getStatus());
                    assertEquals("b-id", standIn.lastCall().parameter("identifier").orElseThrow());
                    assertEquals(Status.UP, health(context, "whmcsClient").getStatus());
                });
    }

    @Test
    void namedInstancesAloneAreChecked() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(WhmcsAutoConfiguration.class,
                WhmcsHealthContributorAutoConfiguration.class)).withPropertyValues(
                        "whmcs.instances.billing.endpoint=" + standIn.endpoint(), "whmcs.instances.billing.identifier=b-id",
                        "whmcs.instances.billing.secret=b-s", "whmcs.instances.billing.allow-plain-http=true")
                .run(context -> assertEquals(Status.UP, health(context, "billingWhmcsClient").getStatus()));
    }

    @Test
    void withoutTheActuatorTheClientStillWorks() {
        runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class, SanitizingFunction.class)).run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(HealthContributor.class)
                    .doesNotHaveBean(SanitizingFunction.class);
            assertEquals("8.13.1", context.getBean(WhmcsClient.class).system().whmcsDetails().whmcs().version());
        });
    }

    @Test
    void noIndicatorWithoutAClient() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(WhmcsAutoConfiguration.class,
                WhmcsHealthContributorAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(HealthContributor.class));
    }

    @Test
    void turnedOffByTheManagementProperty() {
        runner.withPropertyValues("management.health.whmcs.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(HealthContributor.class));
    }
}
