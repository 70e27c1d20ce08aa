package io.github.whmcs4j.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put on a {@code package-info.java} to generate a WHMCS SDK into that package.
 *
 * <pre>{@code
 * @WhmcsSdk(standard = true, include = {"Clients", "Billing", "GetTLDPricing"})   // a subset of WHMCS's API
 * package com.example.whmcs;
 *
 * @WhmcsSdk(specs = "com/example/addon/licensing.yaml", clientName = "LicensingClient")  // your own actions
 * package com.example.addon;
 * }</pre>
 *
 * <p>The processor ({@code whmcs4j-processor}, on the annotation processor path) writes a request
 * class, a response record and a decoder per command, one facade per category, and a client entry
 * point named {@link #clientName()}. Specs merge: a command given twice identically is generated once;
 * given twice differently, it is a compile error naming both places.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface WhmcsSdk {
    /** Whether to generate from the WHMCS API spec bundled with the processor (all documented commands). */
    boolean standard() default false;

    /**
     * Your spec files as resource paths ({@code YAML} or {@code JSON}), looked up in the compilation's
     * resources (such as {@code src/main/resources}), then on the class path and the processor path.
     */
    String[] specs() default {};

    /**
     * Generate only these categories (such as {@code Clients}) and commands (such as {@code GetInvoice});
     * empty for everything the specs hold.
     */
    String[] include() default {};

    /** The simple name of the generated client class. */
    String clientName() default "WhmcsClient";
}
