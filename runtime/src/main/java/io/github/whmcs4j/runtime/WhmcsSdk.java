package io.github.whmcs4j.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put on a {@code package-info.java} to generate a WHMCS SDK into that package from spec files.
 *
 * <pre>{@code
 * @WhmcsSdk(specs = {"io/github/whmcs4j/spec/clients.yaml", "io/github/whmcs4j/spec/orders.yaml"})
 * package com.example.whmcs;
 * }</pre>
 *
 * <p>The processor ({@code whmcs4j-processor}, on the annotation processor path) writes a request
 * class, a response record and a decoder per command, one facade per category, and a client entry
 * point named {@link #clientName()}.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.PACKAGE)
public @interface WhmcsSdk {
    /**
     * Spec files as resource paths ({@code YAML} or {@code JSON}), looked up in the compilation's
     * resources (such as {@code src/main/resources}), then on the class path and the processor path.
     */
    String[] specs();

    /** The simple name of the generated client class. */
    String clientName() default "WhmcsClient";
}
