/**
 * The runtime of whmcs4j: what generated WHMCS SDKs run on.
 *
 * <p>Users work with {@code io.github.whmcs4j.runtime} (the client builder, credentials, call options,
 * retries, interceptors, raw calls, paginators), {@code io.github.whmcs4j.runtime.error} and
 * {@code io.github.whmcs4j.runtime.transport} (to bring their own HTTP stack) and
 * {@code io.github.whmcs4j.runtime.codec} (PHP {@code serialize()} as WHMCS wants it).
 * {@code io.github.whmcs4j.runtime.spi} is what generated code is compiled against (commands, form
 * writing, the response cursor): it is exported because generated SDKs are modules that cannot be
 * named here, and it is stable for the generated code of the same version, not for direct use.
 * {@code io.github.whmcs4j.runtime.internal} (decoding policy) is not exported.
 *
 * <p>XML answers need {@code com.fasterxml.jackson.dataformat.xml}, which is optional: on the module
 * path add it (with what it requires: Woodstox and jackson-databind) to read XML; JSON needs none of it.
 */
module io.github.whmcs4j.runtime {
    requires transitive com.fasterxml.jackson.core; // the spi's ResponseReader is built on a JsonParser
    requires transitive java.net.http; // JdkHttpTransport can be built on your own HttpClient
    requires static com.fasterxml.jackson.dataformat.xml;
    requires static java.xml;

    exports io.github.whmcs4j.runtime;
    exports io.github.whmcs4j.runtime.codec;
    exports io.github.whmcs4j.runtime.error;
    exports io.github.whmcs4j.runtime.spi;
    exports io.github.whmcs4j.runtime.transport;
}
