package io.github.whmcs4j.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a JUnit 5 test class against a spec-aware {@link WhmcsStandIn}: one stand-in for the class,
 * started before its first test, reset before each test and closed after the last. Test methods (and
 * constructors and lifecycle methods) may declare parameters of type {@link WhmcsStandIn} and
 * {@code io.github.whmcs4j.sdk.WhmcsClient}; the client is pointed at the stand-in with its
 * credentials.
 *
 * <pre>{@code
 * @WhmcsStandInTest
 * class BillingTest {
 *     @Test
 *     void readsInvoices(WhmcsClient whmcs, WhmcsStandIn standIn) {
 *         standIn.fail("GetInvoices", Fault.httpStatus(503), 1);
 *         ...
 *     }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(WhmcsStandInExtension.class)
public @interface WhmcsStandInTest {
    /** The seed of generated answers. */
    long seed() default 1;

    /** How many rows generated lists have; for a paginated command, the total over all pages. */
    int listSize() default 3;
}
