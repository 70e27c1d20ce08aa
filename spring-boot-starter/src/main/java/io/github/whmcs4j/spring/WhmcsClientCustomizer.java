package io.github.whmcs4j.spring;

import io.github.whmcs4j.runtime.ClientBuilder;
import io.github.whmcs4j.sdk.WhmcsClient;

/**
 * Changes how the starter builds each {@link WhmcsClient}, after the {@code whmcs.*} properties are
 * applied: add an interceptor, a header, a transport. Every bean of this type is applied, in their
 * {@link org.springframework.core.annotation.Order order}, to the default client and to each named
 * instance.
 */
@FunctionalInterface
public interface WhmcsClientCustomizer {
    /**
     * @param name {@code whmcs} for the default client, else the instance's name from
     *     {@code whmcs.instances.<name>}
     * @param builder the client's builder, with the properties already applied
     */
    void customize(String name, ClientBuilder<WhmcsClient> builder);
}
