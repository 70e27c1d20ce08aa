package io.github.whmcs4j.spring;

import java.util.List;
import java.util.Locale;

/**
 * Recognizes the keys of WHMCS secrets in every form Spring shows them: {@code whmcs.secret},
 * {@code whmcs.instances.billing.access-key}, {@code whmcs.accessKey} (a bean property),
 * {@code WHMCS_INSTANCES_BILLING_PASSWORD} (an environment variable), and variables named like
 * {@code WHMCS_BILLING_SECRET} that configuration files refer to with {@code ${...}}.
 */
final class WhmcsSecretKeys {
    private static final List<String> SECRET_NAMES = List.of("secret", "password", "accesskey");

    private WhmcsSecretKeys() {
    }

    static boolean isSecret(String key) {
        String name = key.toLowerCase(Locale.ROOT).replaceAll("[-_.\\[\\]]", "");
        return name.startsWith(WhmcsProperties.PREFIX) && SECRET_NAMES.stream().anyMatch(name::endsWith);
    }
}
