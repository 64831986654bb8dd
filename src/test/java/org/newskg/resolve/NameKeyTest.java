package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void plainDropsCaseAccentsAndPunctuationButNoLetter() {
        assertEquals("us", NameKey.plain("U.S."));
        assertEquals("jose alvarez", NameKey.plain("  José  Álvarez "));
        assertEquals("obrien", NameKey.plain("O’Brien"));
        assertEquals("jean luc marais", NameKey.plain("Jean-Luc Marais"));
        assertEquals("lech walesa", NameKey.plain("Lech Wałęsa"));
        assertEquals("", NameKey.plain(null));
    }

    @Test
    void theKeyMeetsTransliterationsAndMisspellings() {
        assertEquals(NameKey.of("Zelensky"), NameKey.of("Zelenskyy"));
        assertEquals(NameKey.of("Zelensky"), NameKey.of("Zelenskiy"));
        assertEquals(NameKey.of("Sergei Lavrov"), NameKey.of("Sergey Lavrov"));
        assertEquals(NameKey.of("Kiev"), NameKey.of("Kyiv"));
        assertEquals(NameKey.of("Matthew Tait"), NameKey.of("Mathew Tait"));
        assertEquals(NameKey.of("Kharkov"), NameKey.of("Kharkiv"));
        assertEquals(NameKey.of("Sergej"), NameKey.of("Sergei"));
        assertEquals(NameKey.of("U.S."), NameKey.of("US"));
    }

    @Test
    void shortWordsAndOtherNamesStayApart() {
        assertEquals("us", NameKey.of("US"));
        assertNotEquals(NameKey.of("US"), NameKey.of("UK"));
        assertNotEquals(NameKey.of("Ivanov"), NameKey.of("Ivanova"));
        assertNotEquals(NameKey.of("Jan"), NameKey.of("Ian")); // j folds only after a vowel
        assertNotEquals(NameKey.of("Panjin"), NameKey.of("Panin"));
    }
}
