package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingsTest {

    private final Spellings list = Spellings.of(List.of(
            "Matthew Perry",
            "Matthew Tait",
            "Mathew Knowles",
            "Paola Ferrante",
            "Walter Ulbricht",
            "Sergey Lavrov",
            "Sergei Ivanov",
            "Sergei Shoigu"));

    @Test
    void anUnlinkedNameReadsAsTheListSpellsItsWords() {
        assertEquals("paola-ferrante", list.slug("Paola Ferrante"));
        assertEquals("walter-smith", list.slug("Walter Smith"));
    }

    @Test
    void everySpellingOfOneKeyIsOneSlugWhateverCameFirst() {
        assertEquals("matthew-tait", list.slug("Mathew Tait"));
        assertEquals("matthew-tait", list.slug("Matthew Tait"));
        assertEquals("paola-ferrante", list.slug("Paola Ferante"));
        assertEquals("sergei-lavrov", list.slug("Sergey Lavrov")); // "Sergei" twice in the list, "Sergey" once
    }

    @Test
    void aWordTheListLacksShowsAsItsKeySoIdentityStillHolds() {
        assertEquals("mete-agard", list.slug("Mette Aagaard"));
        assertEquals(list.slug("Mette Aagaard"), list.slug("Mete Agard"));
        assertEquals("mete-agard", Spellings.NONE.slug("Mette Aagaard"));
    }

    @Test
    void accentsCaseAndPunctuationNeverReachTheSlug() {
        Spellings list = Spellings.of(List.of("Jose Alvarez", "Conan O'Brien"));
        assertEquals("jose-alvarez", list.slug("José  Álvarez"));
        assertEquals("obrien", list.slug("O’Brien"));
        assertEquals("", Spellings.NONE.slug("..."));
    }
}
