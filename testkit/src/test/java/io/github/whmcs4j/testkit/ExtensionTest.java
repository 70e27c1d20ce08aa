package io.github.whmcs4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.sdk.WhmcsClient;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The extension shares one stand-in per class, resets it between tests and injects a client for it. */
@WhmcsStandInTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionTest {
    private static WhmcsStandIn first;

    private final WhmcsStandIn injectedIntoTheConstructor;

    ExtensionTest(WhmcsStandIn standIn) {
        this.injectedIntoTheConstructor = standIn;
    }

    @Test
    @Order(1)
    void theClientIsPointedAtTheStandInWithItsCredentials(WhmcsClient whmcs, WhmcsStandIn standIn) {
        first = standIn;
        assertSame(standIn, injectedIntoTheConstructor);
        assertEquals(standIn.endpoint(), whmcs.api().endpoint());
        standIn.answer("GetClients", "{\"result\":\"success\",\"totalresults\":0}");
        standIn.fail("GetInvoices", Fault.httpStatus(500), 5);
        standIn.listSize(1);
        assertTrue(whmcs.clients().getClients().clients().isEmpty());
        assertEquals(WhmcsStandInExtension.IDENTIFIER, standIn.lastCall().parameter("identifier").orElseThrow());
    }

    @Test
    @Order(2)
    void eachTestStartsFromAFreshStandIn(WhmcsClient whmcs, WhmcsStandIn standIn) {
        assertSame(first, standIn, "one stand-in per class");
        assertTrue(standIn.calls().isEmpty(), "calls are forgotten");
        assertEquals(3, whmcs.clients().getClients().clients().size(), "answers are forgotten, list size back to 3");
        assertEquals(3, whmcs.billing().getInvoices().invoices().size(), "faults are forgotten");
    }

    @Nested
    class NestedTests {
        @Test
        void shareTheOuterClassesStandIn(WhmcsStandIn standIn) {
            assertSame(injectedIntoTheConstructor, standIn);
        }
    }
}
