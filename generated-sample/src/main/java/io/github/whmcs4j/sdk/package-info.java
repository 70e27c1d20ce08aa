/**
 * The WHMCS SDK, generated at build time from the command spec in {@code whmcs4j-spec}.
 *
 * <p>Start with {@link io.github.whmcs4j.sdk.WhmcsClient}.
 */
@WhmcsSdk(specs = {
    "io/github/whmcs4j/spec/clients.yaml",
    "io/github/whmcs4j/spec/orders.yaml",
    "io/github/whmcs4j/spec/billing.yaml",
    "io/github/whmcs4j/spec/domains.yaml",
    "io/github/whmcs4j/spec/support.yaml",
    "io/github/whmcs4j/spec/services.yaml",
    "io/github/whmcs4j/spec/system.yaml",
    "io/github/whmcs4j/spec/authentication.yaml",
    "io/github/whmcs4j/spec/users.yaml",
    "io/github/whmcs4j/spec/projects.yaml",
    "io/github/whmcs4j/spec/affiliates.yaml",
    "io/github/whmcs4j/spec/modules.yaml",
    "io/github/whmcs4j/spec/servers.yaml",
})
package io.github.whmcs4j.sdk;

import io.github.whmcs4j.runtime.WhmcsSdk;
