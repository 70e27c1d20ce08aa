package io.github.whmcs4j.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint.ConfigurationPropertiesBeanDescriptor;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Even with the Actuator told to show values, WHMCS secrets stay masked in the env and configprops
 * endpoints, while the other settings show.
 */
class WhmcsSecretMaskingTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WhmcsAutoConfiguration.class, EndpointAutoConfiguration.class,
                    EnvironmentEndpointAutoConfiguration.class, ConfigurationPropertiesReportEndpointAutoConfiguration.class))
            .withPropertyValues("management.endpoints.web.exposure.include=env,configprops",
                    "management.endpoint.env.show-values=always", "management.endpoint.configprops.show-values=always",
                    "whmcs.endpoint=https://billing.example.com/includes/api.php", "whmcs.identifier=app-id",
                    "whmcs.secret=top-s3cret", "whmcs.access-key=top-k3y",
                    "whmcs.instances.reseller.endpoint=https://reseller.example.com/includes/api.php",
                    "whmcs.instances.reseller.username=admin", "whmcs.instances.reseller.password=pa55word",
                    "whmcs.instances.reseller.access-key=r-k3y", "whmcs.instances.eu.identifier=eu-id",
                    "whmcs.instances.eu.secret=eu-s3cret", "whmcs.instances.eu.endpoint=https://eu.example.com/includes/api.php");

    @Test
    void envShowsSettingsButMasksSecrets() {
        runner.run(context -> {
            EnvironmentEndpoint env = context.getBean(EnvironmentEndpoint.class);
            assertEquals("app-id", env.environmentEntry("whmcs.identifier").getProperty().getValue());
            for (String key : new String[] {"whmcs.secret", "whmcs.access-key", "whmcs.instances.reseller.password",
                    "whmcs.instances.reseller.access-key", "whmcs.instances.eu.secret"}) {
                assertEquals(SanitizableData.SANITIZED_VALUE, env.environmentEntry(key).getProperty().getValue(), key);
            }
        });
    }

    @Test
    void configpropsShowsSettingsButMasksSecrets() {
        runner.run(context -> {
            ConfigurationPropertiesBeanDescriptor whmcs = context.getBean(ConfigurationPropertiesReportEndpoint.class)
                    .configurationPropertiesWithPrefix("whmcs").getContexts().values().iterator().next()
                    .getBeans().values().iterator().next();
            Map<String, Object> properties = whmcs.getProperties();
            assertEquals("app-id", properties.get("identifier"));
            assertEquals(SanitizableData.SANITIZED_VALUE, properties.get("secret"));
            assertEquals(SanitizableData.SANITIZED_VALUE, properties.get("accessKey"));
            assertThat(properties.get("instances").toString()).contains("reseller.example.com", "eu-id")
                    .doesNotContain("pa55word", "r-k3y", "eu-s3cret");
            assertThat(whmcs.getInputs().toString()).contains("app-id")
                    .doesNotContain("top-s3cret", "top-k3y", "pa55word", "r-k3y", "eu-s3cret");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"whmcs.secret", "whmcs.password", "whmcs.access-key", "whmcs.accessKey",
            "whmcs.instances.billing.secret", "whmcs.instances.billing.accessKey", "WHMCS_SECRET", "WHMCS_ACCESS_KEY",
            "WHMCS_INSTANCES_BILLING_PASSWORD", "WHMCS_RESELLER_SECRET", "whmcs.instances[billing].secret"})
    void secretKeys(String key) {
        assertTrue(WhmcsSecretKeys.isSecret(key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"whmcs.endpoint", "whmcs.identifier", "whmcs.username", "whmcs.instances.secret.endpoint",
            "spring.datasource.url", "app.secret"})
    void otherKeys(String key) {
        assertFalse(WhmcsSecretKeys.isSecret(key));
    }
}
