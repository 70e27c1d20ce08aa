package io.github.whmcs4j.spec;

import java.util.List;

/**
 * The WHMCS API spec bundled in this library: every documented command, one file per category,
 * as resource paths. {@code @WhmcsSdk(standard = true)} generates from these.
 */
public final class StandardSpec {
    /** The bundled files, by category. */
    public static final List<String> RESOURCES = List.of(
            "io/github/whmcs4j/spec/affiliates.yaml",
            "io/github/whmcs4j/spec/authentication.yaml",
            "io/github/whmcs4j/spec/billing.yaml",
            "io/github/whmcs4j/spec/clients.yaml",
            "io/github/whmcs4j/spec/domains.yaml",
            "io/github/whmcs4j/spec/modules.yaml",
            "io/github/whmcs4j/spec/orders.yaml",
            "io/github/whmcs4j/spec/projects.yaml",
            "io/github/whmcs4j/spec/servers.yaml",
            "io/github/whmcs4j/spec/services.yaml",
            "io/github/whmcs4j/spec/support.yaml",
            "io/github/whmcs4j/spec/system.yaml",
            "io/github/whmcs4j/spec/users.yaml");

    private StandardSpec() {
    }
}
