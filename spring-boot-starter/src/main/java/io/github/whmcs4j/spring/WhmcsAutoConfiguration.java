package io.github.whmcs4j.spring;

import io.github.whmcs4j.sdk.WhmcsClient;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Creates a {@link WhmcsClient} bean named {@code whmcsClient} when {@code whmcs.endpoint} is set and
 * the application defines no {@code WhmcsClient} of its own, and one bean named
 * {@code <name>WhmcsClient} for each {@code whmcs.instances.<name>} (see {@link WhmcsInstancesRegistrar}).
 * Every {@link WhmcsClientCustomizer} bean is applied to each client; with Micrometer's
 * {@code ObservationRegistry}, one of them adds a {@link WhmcsObservationInterceptor}.
 */
@AutoConfiguration
@ConditionalOnClass(WhmcsClient.class)
@EnableConfigurationProperties(WhmcsProperties.class)
@Import(WhmcsInstancesRegistrar.class)
public class WhmcsAutoConfiguration {

    /**
     * The default client. Primary, so that it is the one injected without a qualifier when named
     * instances exist too.
     */
    @Bean
    @Primary
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = WhmcsProperties.PREFIX, name = "endpoint")
    public WhmcsClient whmcsClient(WhmcsProperties properties, ObjectProvider<WhmcsClientCustomizer> customizers) {
        return WhmcsClientFactory.create(WhmcsProperties.PREFIX, WhmcsProperties.PREFIX, properties,
                customizers.orderedStream().toList());
    }

    /**
     * A Micrometer {@code Observation} per call on every client, when the application has an
     * {@code ObservationRegistry} (looked up when a client is built, so no ordering of auto-configurations
     * is needed).
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ObservationRegistry.class)
    static class Observations {
        @Bean
        WhmcsClientCustomizer whmcsObservations(ObjectProvider<ObservationRegistry> registry) {
            return (name, builder) -> registry.ifAvailable(
                    available -> builder.interceptor(new WhmcsObservationInterceptor(available, name)));
        }
    }

    /** Masks WHMCS secrets in the Actuator's env and configprops endpoints, even when values are shown. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SanitizingFunction.class)
    static class SecretMasking {
        @Bean
        SanitizingFunction whmcsSecretsSanitizingFunction() {
            return SanitizingFunction.sanitizeValue().ifKeyMatches(WhmcsSecretKeys::isSecret);
        }
    }
}
