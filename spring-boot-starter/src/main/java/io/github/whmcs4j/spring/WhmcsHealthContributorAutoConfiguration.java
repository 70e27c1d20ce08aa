package io.github.whmcs4j.spring;

import io.github.whmcs4j.sdk.WhmcsClient;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The health contributor {@code whmcs}: one {@link WhmcsHealthIndicator} per {@link WhmcsClient} bean,
 * named after the bean. Turned off with {@code management.health.whmcs.enabled=false}.
 */
@AutoConfiguration(after = WhmcsAutoConfiguration.class)
@ConditionalOnClass({WhmcsClient.class, HealthIndicator.class})
@ConditionalOnBean(WhmcsClient.class)
@ConditionalOnEnabledHealthIndicator("whmcs")
public class WhmcsHealthContributorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "whmcsHealthContributor")
    public HealthContributor whmcsHealthContributor(Map<String, WhmcsClient> clients, WhmcsProperties properties) {
        Map<String, HealthIndicator> indicators = new LinkedHashMap<>();
        clients.forEach((name, client) -> indicators.put(name,
                new WhmcsHealthIndicator(client, properties.getHealth().getCacheTime())));
        return CompositeHealthContributor.fromMap(indicators);
    }
}
