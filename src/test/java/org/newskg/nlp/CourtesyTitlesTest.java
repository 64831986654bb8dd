package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CourtesyTitlesTest {

    @Test
    void surnameTitlesAndTheirGendersComeFromTheList() {
        CourtesyTitles t = Lexicon.COURTESY_TITLES;
        assertEquals(Set.of("mr", "mrs", "ms", "miss", "dr"), t.surnameTitles());
        assertEquals('m', t.gender("mr"));
        assertEquals('f', t.gender("miss"));
        assertNull(t.gender("dr"));
        assertFalse(t.takesSurname("sir"), "'Sir Keir' is a first name");
        assertTrue(t.isTitle("professor"));
    }

    @Test
    void aTextEndingWithATitleWithOrWithoutItsFullStopHasItsGender() {
        CourtesyTitles t = Lexicon.COURTESY_TITLES;
        assertEquals('f', t.genderOfTitleEnding("said mrs."));
        assertEquals('m', t.genderOfTitleEnding("d mr"));
        assertNull(t.genderOfTitleEnding("by dr."));
        assertNull(t.genderOfTitleEnding("the"));
    }

    @Test
    void honorificsHoldEveryCourtesyTitleAndTheTitlesOfOffice() {
        assertTrue(Lexicon.HONORIFICS.containsAll(List.of("mr", "mr.", "dr.", "sir", "sen.", "president")));
    }

    @Test
    void anUnknownMarkIsNamed() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> CourtesyTitles.parse("t", new LinkedHashSet<>(List.of("mr = surname male"))));
        assertTrue(e.getMessage().contains("'male'"), e.getMessage());
    }
}
