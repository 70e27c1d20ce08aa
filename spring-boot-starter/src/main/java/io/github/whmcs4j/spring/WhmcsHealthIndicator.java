package io.github.whmcs4j.spring;

import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.sdk.system.WhmcsDetailsResponse;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Reports a WHMCS installation UP, with its {@code version}, when the read-only {@code WhmcsDetails}
 * command succeeds, and DOWN with the {@code error} type (never its message or a credential) when it
 * fails. A result is reused for the cache time, so that frequent probes do not each call WHMCS.
 */
public final class WhmcsHealthIndicator implements HealthIndicator {
    private final WhmcsClient client;
    private final long cacheNanos;
    private Health lastHealth;
    private long lastCheckedAt;

    /**
     * @param client the client to check
     * @param cacheTime how long a result is reused; zero checks on every call
     */
    public WhmcsHealthIndicator(WhmcsClient client, Duration cacheTime) {
        this.client = Objects.requireNonNull(client, "client");
        this.cacheNanos = Objects.requireNonNull(cacheTime, "cacheTime").toNanos();
    }

    @Override
    public synchronized Health health() {
        long now = System.nanoTime();
        if (lastHealth == null || now - lastCheckedAt >= cacheNanos) {
            lastHealth = check();
            lastCheckedAt = now;
        }
        return lastHealth;
    }

    private Health check() {
        try {
            WhmcsDetailsResponse details = client.system().whmcsDetails();
            Health.Builder up = Health.up();
            if (details.whmcs() != null && details.whmcs().version() != null) {
                up.withDetail("version", details.whmcs().version());
            }
            return up.build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getClass().getName()).build();
        }
    }
}
