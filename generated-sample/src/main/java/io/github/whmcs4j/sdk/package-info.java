/**
 * The WHMCS SDK, generated at build time from the WHMCS API spec bundled in {@code whmcs4j-spec}.
 *
 * <p>Start with {@link io.github.whmcs4j.sdk.WhmcsClient}: its documentation lists every command by facade.
 */
@WhmcsSdk(standard = true)
package io.github.whmcs4j.sdk;

import io.github.whmcs4j.runtime.WhmcsSdk;
