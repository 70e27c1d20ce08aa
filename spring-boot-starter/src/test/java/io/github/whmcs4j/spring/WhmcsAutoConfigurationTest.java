package io.github.whmcs4j.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.whmcs4j.runtime.RetryPolicy;
import io.github.whmcs4j.runtime.error.WhmcsTransportException;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.testkit.Fault;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class WhmcsAutoConfigurationTest {
    private static final String DETAILS = "{\"result\":\"success\",\"whmcs\":{\"version\":\"8.13.1 &amp; later\"}}";

    private WhmcsStandIn standIn;
    private ApplicationContextRunner runner;

    @BeforeEach
    void start() {
        standIn = WhmcsStandIn.start();
        standIn.answer("WhmcsDetails", DETAILS);
        runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(WhmcsAutoConfiguration.class));
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    private String endpoint() {
        return standIn.endpoint().toString();
    }

    @Test
    void noClientWithoutAnEndpoint() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(WhmcsClient.class));
    }

    @Test
    void defaultClientSendsTheConfiguredCredentials() {
        runner.withPropertyValues("whmcs.endpoint=" + endpoint(), "whmcs.identifier=app-id", "whmcs.secret=app-s3cret",
                "whmcs.access-key=k3y", "whmcs.allow-plain-http=true").run(context -> {
                    assertThat(context).hasSingleBean(WhmcsClient.class).hasBean("whmcsClient");
                    context.getBean(WhmcsClient.class).system().whmcsDetails();
                    assertEquals("action=WhmcsDetails&identifier=app-id&secret=app-s3cret&accesskey=k3y&responsetype=json",
                            standIn.lastCall().body());
                });
    }

    @Test
    void adminUsernameAndPasswordInsteadOfAnApiCredential() {
        runner.withPropertyValues("whmcs.endpoint=" + endpoint(), "whmcs.username=admin", "whmcs.password=password",
                "whmcs.allow-plain-http=true").run(context -> {
                    context.getBean(WhmcsClient.class).system().whmcsDetails();
                    assertEquals("action=WhmcsDetails&username=admin&password=5f4dcc3b5aa765d61d8327deb882cf99"
                            + "&responsetype=json", standIn.lastCall().body());
                });
    }

    @Test
    void responseFormatAndHtmlUnescaping() {
        runner.withPropertyValues("whmcs.endpoint=" + endpoint(), "whmcs.identifier=id", "whmcs.secret=s",
                "whmcs.allow-plain-http=true", "whmcs.response-format=xml", "whmcs.unescape-html=true").run(context -> {
                    String version = context.getBean(WhmcsClient.class).system().whmcsDetails().whmcs().version();
                    assertEquals("8.13.1 & later", version);
                    assertEquals("action=WhmcsDetails&identifier=id&secret=s&responsetype=xml", standIn.lastCall().body());
                });
    }

    @Test
    void htmlStaysEscapedByDefault() {
        runner.withPropertyValues("whmcs.endpoint=" + endpoint(), "whmcs.identifier=id", "whmcs.secret=s",
                "whmcs.allow-plain-http=true").run(context -> assertEquals("8.13.1 &amp; later",
                        context.getBean(WhmcsClient.class).system().whmcsDetails().whmcs().version()));
    }

    @Test
    void retryPolicyFromProperties() {
        standIn.fail("WhmcsDetails", Fault.httpStatus(503), 1);
        runner.withPropertyValues("whmcs.endpoint=" + endpoint(), "whmcs.identifier=id", "whmcs.secret=s",
                "whmcs.allow-plain-http=true", "whmcs.retry.max-attempts=2", "whmcs.retry.initial-backoff=1ms",
                "whmcs.retry.max-backoff=1ms").run(context -> {
                    context.getBean(WhmcsClient.class).system().whmcsDetails();
                    assertEquals(2, standIn.calls().size());
                });
    }

    @Test
    void oneAttemptMeansNoRetry() {
        standIn.fail("WhmcsDetails", Fault.httpStatus(503), 1);
        runner.withPropertyValues("whmcs.endpoint=" + endpoint(), "whmcs.identifier=id", "whmcs.secret=s",
                "whmcs.allow-plain-http=true", "whmcs.retry.max-attempts=1").run(context -> {
                    WhmcsClient whmcs = context.getBean(WhmcsClient.class);
                    assertThrows(WhmcsTransportException.class, () -> whmcs.system().whmcsDetails());
                    assertEquals(1, standIn.calls().size());
                });
    }

    @Test
    void requestTimeoutFromProperties() {
        standIn.fail("WhmcsDetails", Fault.stall(Duration.ofSeconds(30)), 1);
        runner.withPropertyValues("whmcs.endpoint=" + endpoint(), "whmcs.identifier=id", "whmcs.secret=s",
                "whmcs.allow-plain-http=true", "whmcs.retry.max-attempts=1", "whmcs.request-timeout=200ms").run(context -> {
                    WhmcsClient whmcs = context.getBean(WhmcsClient.class);
                    assertThrows(WhmcsTransportException.class, () -> whmcs.system().whmcsDetails());
                });
    }

    @Test
    void retryDefaultsAreTheRuntimes() {
        WhmcsConnectionProperties.Retry retry = new WhmcsConnectionProperties().getRetry();
        assertEquals(RetryPolicy.defaults(), new RetryPolicy(retry.getMaxAttempts(), retry.getInitialBackoff(),
                retry.getMaxBackoff(), retry.getDeadline()));
    }

    @Test
    void plainHttpIsRefusedUnlessAllowed() {
        runner.withPropertyValues("whmcs.endpoint=" + endpoint(), "whmcs.identifier=id", "whmcs.secret=s")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("refusing plain http"));
    }

    @Test
    void aMissingSecretIsNamedWithoutShowingAnyValue() {
        runner.withPropertyValues("whmcs.endpoint=" + endpoint(), "whmcs.identifier=app-id", "whmcs.access-key=k3y",
                "whmcs.allow-plain-http=true").run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessage("whmcs.secret is required").message().doesNotContain("app-id", "k3y"));
    }

    @Test
    void mixedCredentialKindsAreRefused() {
        runner.withPropertyValues("whmcs.endpoint=" + endpoint(), "whmcs.identifier=id", "whmcs.secret=s",
                "whmcs.username=admin", "whmcs.allow-plain-http=true").run(context -> assertThat(context).getFailure()
                        .rootCause().hasMessageContaining("either identifier and secret or username and password"));
    }

    @Test
    void namedInstancesEachGetABean() {
        runner.withPropertyValues("whmcs.instances.billing.endpoint=" + endpoint(), "whmcs.instances.billing.identifier=b-id",
                "whmcs.instances.billing.secret=b-s", "whmcs.instances.billing.allow-plain-http=true",
                "whmcs.instances.reseller.endpoint=" + endpoint(), "whmcs.instances.reseller.username=r-admin",
                "whmcs.instances.reseller.password=password", "whmcs.instances.reseller.response-format=xml",
                "whmcs.instances.reseller.allow-plain-http=true").run(context -> {
                    assertThat(context).doesNotHaveBean("whmcsClient");
                    assertThat(context.getBeansOfType(WhmcsClient.class)).containsOnlyKeys("billingWhmcsClient",
                            "resellerWhmcsClient");
                    context.getBean("billingWhmcsClient", WhmcsClient.class).system().whmcsDetails();
                    assertEquals("action=WhmcsDetails&identifier=b-id&secret=b-s&responsetype=json", standIn.lastCall().body());
                    context.getBean("resellerWhmcsClient", WhmcsClient.class).system().whmcsDetails();
                    assertEquals("action=WhmcsDetails&username=r-admin&password=5f4dcc3b5aa765d61d8327deb882cf99"
                            + "&responsetype=xml", standIn.lastCall().body());
                });
    }

    @Test
    void theDefaultClientIsPrimaryBesideNamedInstances() {
        runner.withPropertyValues("whmcs.endpoint=" + endpoint(), "whmcs.identifier=default-id", "whmcs.secret=s",
                "whmcs.allow-plain-http=true", "whmcs.instances.billing.endpoint=" + endpoint(),
                "whmcs.instances.billing.identifier=b-id", "whmcs.instances.billing.secret=b-s",
                "whmcs.instances.billing.allow-plain-http=true").run(context -> {
                    assertThat(context.getBeansOfType(WhmcsClient.class)).containsOnlyKeys("whmcsClient", "billingWhmcsClient");
                    context.getBean(WhmcsClient.class).system().whmcsDetails();
                    assertEquals("default-id", standIn.lastCall().parameter("identifier").orElseThrow());
                });
    }

    @Test
    void aNamedInstanceWithoutAnEndpointFailsNamingIt() {
        runner.withPropertyValues("whmcs.instances.billing.identifier=b-id", "whmcs.instances.billing.secret=b-s")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageStartingWith("whmcs.instances.billing.endpoint is required"));
    }

    @Test
    void anApplicationClientReplacesTheDefault() {
        runner.withUserConfiguration(OwnClients.class).withPropertyValues("whmcs.endpoint=" + endpoint(),
                "whmcs.identifier=id", "whmcs.secret=s", "whmcs.allow-plain-http=true").run(context -> {
                    assertThat(context).doesNotHaveBean("whmcsClient");
                    assertSame(context.getBean(OwnClients.class).mine, context.getBean(WhmcsClient.class));
                });
    }

    @Test
    void anApplicationBeanReplacesANamedInstance() {
        runner.withUserConfiguration(OwnClients.class).withPropertyValues(
                "whmcs.instances.billing.endpoint=" + endpoint(), "whmcs.instances.billing.identifier=b-id",
                "whmcs.instances.billing.secret=b-s", "whmcs.instances.billing.allow-plain-http=true").run(context -> {
                    assertSame(context.getBean(OwnClients.class).mine, context.getBean("billingWhmcsClient"));
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnClients {
        final WhmcsClient mine = WhmcsClient.builder().endpoint("https://own.example.com/includes/api.php")
                .credentials(io.github.whmcs4j.runtime.Credentials.apiKey("own", "own")).build();

        @Bean
        WhmcsClient billingWhmcsClient() {
            return mine;
        }
    }
}
