package org.newskg.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class Sha256Test {

    @Test
    void isTheStandardDigestInLowerCaseHex() {
        // sha256("abc"), FIPS 180-2 appendix B.1
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.hex("abc"));
    }

    @Test
    void aShortNameIsThePrefixOfTheFullOne() {
        assertEquals("ba7816bf8f01cfea", Sha256.hex("abc", 8));
        assertEquals(Sha256.hex("Zoë", 32).substring(0, 20), Sha256.hex("Zoë", 10));
    }

    @Test
    void refusesLengthsTheDigestDoesNotHave() {
        assertThrows(IllegalArgumentException.class, () -> Sha256.hex("abc", 0));
        assertThrows(IllegalArgumentException.class, () -> Sha256.hex("abc", 33));
    }
}
