package org.newskg;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FixturesTest {

    @Test
    void theSameLinesInAnotherOrderPass() {
        Fixtures.assertExactly("statements", "B [I] two\nA [D] one\n", "A [D] one", "B [I] two");
        Fixtures.assertExactly("meetings", "");
    }

    @Test
    void anExtraLineFailsAndIsNamed() {
        AssertionError e = assertThrows(
                AssertionError.class,
                () -> Fixtures.assertExactly("statements", "A [D] one\nC [I] three\n", "A [D] one"));
        assertTrue(e.getMessage().contains("extra:   [C [I] three]"), e.getMessage());
    }

    @Test
    void aMissingOrRepeatedLineFails() {
        assertThrows(AssertionError.class, () -> Fixtures.assertExactly("roles", "A | x\n", "A | x", "B | y"));
        assertThrows(AssertionError.class, () -> Fixtures.assertExactly("roles", "A | x\nA | x\n", "A | x"));
    }
}
