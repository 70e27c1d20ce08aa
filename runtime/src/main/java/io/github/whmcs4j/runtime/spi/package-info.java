/**
 * For generated code: what the annotation processor's output is compiled against (commands and their
 * envelopes, requests writing their form, the response cursor and its item readers, redacted
 * {@code toString()}). Stable for the generated code of the same version, not for users: application
 * code should not call it, and it may change between versions without notice. It is exported from the
 * runtime module only because generated SDKs are modules that cannot be named in advance.
 */
package io.github.whmcs4j.runtime.spi;
