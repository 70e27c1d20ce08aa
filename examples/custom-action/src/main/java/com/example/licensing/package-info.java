/**
 * A typed client for the licensing addon's own API actions, generated from
 * {@code com/example/licensing/licensing.yaml}. It runs on the same {@code ApiClient} as the
 * standard SDK: {@code LicensingClient.of(whmcs.api())}.
 */
@WhmcsSdk(specs = "com/example/licensing/licensing.yaml", clientName = "LicensingClient")
package com.example.licensing;

import io.github.whmcs4j.runtime.WhmcsSdk;
