package io.github.whmcs4j.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameAllocatorTest {
    @Test
    void generatedNamesAreTakenBeforeAnyWireName() {
        NameAllocator scope = NameAllocator.of(List.of("builder", "build"));
        assertEquals("builder_", scope.member("builder", "param builder"));
        assertEquals("build_", scope.member("build", "param build"));
        assertEquals("other", scope.member("other", "param other"));
    }

    @Test
    void aSecondEscapeIsNumbered() {
        NameAllocator scope = NameAllocator.of(List.of("in"));
        assertEquals("in_", scope.member("in", "field in"));
        assertEquals("in_2", scope.member("in", "another field in"));
        assertEquals("in__2", scope.member("in_", "field in_"));
    }

    @Test
    void typesAndConstantsAreNumberedWithoutUnderscoresInTypes() {
        NameAllocator types = NameAllocator.of(List.of("Builder"));
        assertEquals("Builder2", types.numbered("Builder", "param builder"));
        NameAllocator constants = NameAllocator.of(List.of());
        assertEquals("ACTIVE", constants.constant("ACTIVE", "Active"));
        assertEquals("ACTIVE_2", constants.constant("ACTIVE", "ACTIVE"));
    }

    @Test
    void aClaimTellsWhoHasTheName() {
        NameAllocator files = NameAllocator.ignoringCase();
        assertNull(files.claim("GetThingRequest", "command GetThing"));
        assertEquals("command GetThing", files.claim("GETTHINGREQUEST", "command GETTHING"));
    }
}
