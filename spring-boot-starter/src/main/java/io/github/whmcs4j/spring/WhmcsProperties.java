package io.github.whmcs4j.spring;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code whmcs.*} properties: the default client's connection (when {@code whmcs.endpoint} is
 * set), named installations under {@code whmcs.instances.<name>}, and the health check.
 */
@ConfigurationProperties(prefix = WhmcsProperties.PREFIX)
public class WhmcsProperties extends WhmcsConnectionProperties {
    /** The prefix of every property of this starter. */
    public static final String PREFIX = "whmcs";

    /** Further WHMCS installations by name, each a bean named {@code <name>WhmcsClient}. */
    private final Map<String, WhmcsConnectionProperties> instances = new LinkedHashMap<>();

    /** The Actuator health check of every client. */
    private final HealthCheck health = new HealthCheck();

    public Map<String, WhmcsConnectionProperties> getInstances() {
        return instances;
    }

    public HealthCheck getHealth() {
        return health;
    }

    /** How the Actuator health check calls WHMCS. */
    public static class HealthCheck {
        /** How long one check's result is reused, so that frequent health probes do not each call WHMCS. */
        private Duration cacheTime = Duration.ofSeconds(30);

        public Duration getCacheTime() {
            return cacheTime;
        }

        public void setCacheTime(Duration cacheTime) {
            this.cacheTime = cacheTime;
        }
    }
}
