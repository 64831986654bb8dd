package org.newskg.nereval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The name scorer on invented gold: matching, covered surnames, false-hit kinds, tidying. */
class NameScorerTest {

    private static NameScorer.Entity entity(String json) throws Exception {
        return NameScorer.Entity.of(new ObjectMapper().readTree(json));
    }

    @Test
    void matchesNamesAndAliasesAndLeavesCoveredSurnamesOut() throws Exception {
        List<NameScorer.Entity> persons = List.of(
                entity("{\"name\":\"Ana Lima\",\"aliases\":[\"Ms Lima\"]}"),
                entity("{\"name\":\"Jon Berg\",\"aliases\":[]}"));
        List<NameScorer.Entity> places = List.of(entity("{\"name\":\"Port Vale\",\"aliases\":[]}"));
        NameScorer.Result r = NameScorer.score(
                List.of("Ana Lima", "Lima", "ana  lima", "Port Vale", "Berg", "Kim Oh"), persons, places);
        assertEquals(1, r.tp); // Ana Lima, once for three surface forms; "Lima" is covered
        assertEquals(3, r.fp);
        assertEquals(1, r.fn);
        assertEquals(List.of("Jon Berg"), r.missed);
        assertEquals(
                List.of("berg [fragment]", "kim oh [other]", "port vale [wrong-type]"),
                r.wrong.stream().sorted().toList());
    }

    @Test
    void tidyingDropsTheHonorificsAndPossessivesOnBothSides() throws Exception {
        assertEquals("United States", NameScorer.tidy("the United States"));
        assertEquals("Maduro", NameScorer.tidy("Mr Maduro's"));
        assertEquals("Maduro", NameScorer.tidy("Mr Maduro ’s"));
        assertEquals("Mr. smith", NameScorer.tidy("Mr. smith")); // not a name after it
        List<NameScorer.Entity> persons = List.of(entity("{\"name\":\"Mia Howe\",\"aliases\":[\"Mr Howe\"]}"));
        NameScorer.Result r = NameScorer.score(List.of(NameScorer.tidy("Mr Howe's")), persons, List.of());
        assertEquals(1, r.tp);
        NameScorer.Result overlong = NameScorer.score(List.of("MEP Mia Howe"), persons, List.of());
        assertEquals(List.of("mep mia howe [overlong]"), overlong.wrong);
    }
}
