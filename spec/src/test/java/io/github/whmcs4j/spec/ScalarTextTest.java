package io.github.whmcs4j.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.spec.model.ScalarType;
import org.junit.jupiter.api.Test;

class ScalarTextTest {
    @Test
    void wholeNumbersFitTheirRange() {
        assertTrue(ScalarText.fits(ScalarType.INT, "-42"));
        assertFalse(ScalarText.fits(ScalarType.INT, "7858259149"));
        assertTrue(ScalarText.fits(ScalarType.LONG, "7858259149"));
        assertFalse(ScalarText.fits(ScalarType.LONG, "99999999999999999999"));
        assertFalse(ScalarText.fits(ScalarType.LONG, "gold"));
    }

    @Test
    void decimalsBooleansAndDatesAsWhmcsSendsThem() {
        assertTrue(ScalarText.fits(ScalarType.DECIMAL, "-10.00"));
        assertFalse(ScalarText.fits(ScalarType.DECIMAL, "12,50"));
        assertTrue(ScalarText.fits(ScalarType.BOOL, "on"));
        assertTrue(ScalarText.fits(ScalarType.BOOL, "True"));
        assertFalse(ScalarText.fits(ScalarType.BOOL, "maybe"));
        assertTrue(ScalarText.fits(ScalarType.DATE, "0000-00-00"));
        assertTrue(ScalarText.fits(ScalarType.DATETIME, "2024-03-01 10:00:00"));
        assertFalse(ScalarText.fits(ScalarType.DATE, "17/05/2019"));
    }

    @Test
    void emptyFitsEveryType() {
        for (ScalarType type : ScalarType.values()) {
            assertTrue(ScalarText.fits(type, ""), type.specName());
        }
    }

    @Test
    void infersTheNarrowestType() {
        assertEquals(ScalarType.LONG, ScalarText.infer("3"));
        assertEquals(ScalarType.DECIMAL, ScalarText.infer("3.50"));
        assertEquals(ScalarType.DATE, ScalarText.infer("2024-03-01"));
        assertEquals(ScalarType.DATETIME, ScalarText.infer("2024-03-01 10:00:00"));
        assertEquals(ScalarType.STRING, ScalarText.infer("+1.555.0100"));
        assertEquals(ScalarType.STRING, ScalarText.infer(""));
    }
}
