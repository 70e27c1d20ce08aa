/**
 * The runtime's internals: telling a body's format, reading it through the generated decoder, and
 * deciding which exception a response ends in. Not exported from the runtime module; not API.
 */
package io.github.whmcs4j.runtime.internal;
