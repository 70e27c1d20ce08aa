package io.github.whmcs4j.spring;

import io.github.whmcs4j.runtime.ClientBuilder;
import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.runtime.RetryPolicy;
import io.github.whmcs4j.sdk.WhmcsClient;
import java.util.List;

/**
 * Builds a {@link WhmcsClient} from connection properties. A missing or contradictory setting fails
 * with a message naming the property, never a value.
 */
final class WhmcsClientFactory {
    private WhmcsClientFactory() {
    }

    /**
     * @param prefix where the properties come from, such as {@code whmcs} or {@code whmcs.instances.billing}
     * @param name the client's name for customizers: {@code whmcs}, or the instance's name
     * @param properties the connection settings
     * @param customizers applied in order after the properties
     * @return a client for that installation
     */
    static WhmcsClient create(String prefix, String name, WhmcsConnectionProperties properties,
                              List<WhmcsClientCustomizer> customizers) {
        if (properties.getEndpoint() == null) {
            throw new IllegalStateException(prefix + ".endpoint is required: the URL of the installation's includes/api.php");
        }
        WhmcsConnectionProperties.Retry retry = properties.getRetry();
        ClientBuilder<WhmcsClient> builder = WhmcsClient.builder()
                .endpoint(properties.getEndpoint())
                .credentials(credentials(prefix, properties))
                .responseFormat(properties.getResponseFormat())
                .connectTimeout(properties.getConnectTimeout())
                .requestTimeout(properties.getRequestTimeout())
                .retryPolicy(new RetryPolicy(retry.getMaxAttempts(), retry.getInitialBackoff(), retry.getMaxBackoff(),
                        retry.getDeadline()))
                .unescapeHtml(properties.isUnescapeHtml())
                .strictDecoding(properties.isStrictDecoding());
        if (properties.isAllowPlainHttp()) {
            builder.allowPlainHttp();
        }
        customizers.forEach(customizer -> customizer.customize(name, builder));
        return builder.build();
    }

    private static Credentials credentials(String prefix, WhmcsConnectionProperties properties) {
        boolean apiCredential = properties.getIdentifier() != null || properties.getSecret() != null;
        boolean adminLogin = properties.getUsername() != null || properties.getPassword() != null;
        if (apiCredential && adminLogin) {
            throw new IllegalStateException(prefix + ": set either identifier and secret or username and password, not both");
        }
        Credentials credentials;
        if (adminLogin) {
            credentials = Credentials.adminPassword(required(prefix, "username", properties.getUsername()),
                    required(prefix, "password", properties.getPassword()));
        } else if (apiCredential) {
            credentials = Credentials.apiKey(required(prefix, "identifier", properties.getIdentifier()),
                    required(prefix, "secret", properties.getSecret()));
        } else {
            throw new IllegalStateException(prefix + ".identifier and " + prefix
                    + ".secret are required (or username and password)");
        }
        return properties.getAccessKey() == null ? credentials : credentials.withAccessKey(properties.getAccessKey());
    }

    private static String required(String prefix, String name, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException(prefix + "." + name + " is required");
        }
        return value;
    }
}
