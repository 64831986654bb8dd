package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class GivenNameGendersTest {

    @Test
    void namesAreLookedUpByTheirKey() throws Exception {
        GivenNameGenders g = GivenNameGenders.parse(
                new BufferedReader(new StringReader("# comment\nlena\tf\nanders\tm\nbroken line\n")));
        assertEquals(2, g.size());
        assertEquals('f', g.of("LENA"));
        assertEquals('f', g.of("Léna"));
        assertEquals('m', g.of("Anders"));
        assertNull(g.of("Andrea"));
        assertNull(g.of(null));
    }

    @Test
    void theBundledTableKnowsCommonNamesAndLeavesSharedOnesOut() {
        GivenNameGenders g = GivenNameGenders.bundled();
        assertTrue(g.size() > 1_000, "entries: " + g.size());
        assertEquals('f', g.of("Maria"));
        assertEquals('m', g.of("Thomas"));
        // borne by men and women alike among the index's people
        assertNull(g.of("Andrea"));
        assertNull(g.of("Kim"));
    }
}
