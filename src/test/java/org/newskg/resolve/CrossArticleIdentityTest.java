package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrossArticleIdentityTest {

    private final CrossArticleIdentity id =
            new CrossArticleIdentity(Spellings.of(List.of("Matthew Perry", "Matthew Tait", "Paola Ferrante")));

    @Test
    void twoSpellingsOfOneNameAreOneReadableNode() {
        assertEquals("matthew-tait", id.entity("Mathew Tait"));
        assertEquals(id.entity("Mathew Tait"), id.entity("Matthew Tait"));
        assertEquals("paola-ferrante", id.entity("Paola Ferrante"));
        assertNotEquals(id.entity("Paola Ferrante"), id.entity("Paolo Ferrante"));
        assertTrue(CrossArticleIdentity.sameName("Kyiv", "Kiev"));
    }

    @Test
    void aPersonsShortFirstNameIsTheFullOne() {
        assertEquals(id.person("Timothy Tait"), id.person("Tim Tait"));
        assertEquals(id.person("Mike Tait"), id.person("Michael Tait"));
        assertNotEquals(id.person("Chris Tait"), id.person("Christopher Tait")); // Christopher or Christine
        assertEquals(id.entity("Bill"), id.person("Bill")); // a lone word is no first name
    }

    @Test
    void aPostIsItsCountryOrganisationAndHeadWhateverTheWording() {
        assertEquals(id.role("Q30", "US", null, "spokeswoman"), id.role("Q30", "United States", null, "spokesman"));
        assertEquals(
                id.role(null, "Ruritania", "Ruritanian Grain Board", "Chair"),
                id.role(null, "Ruritania", "Ruritanian Grain Board", "chairman"));
        assertNotEquals(id.role(null, "Ruritania", null, "president"), id.role(null, "Freedonia", null, "president"));
    }

    @Test
    void aQuoteReprintedWithOtherPunctuationIsOneStatement() {
        String speaker = "https://newskg.org/id/person/paola-ferrante";
        assertEquals(
                id.statement(speaker, "We will not sign this deal."),
                id.statement(speaker, "we will not sign this deal"));
        assertNotEquals(id.statement(speaker, "We will sign."), id.statement(speaker, "We will not sign."));
    }

    @Test
    void aHeldMeetingIsItsPeopleOrItsPlaceAndAPlannedOneItsParties() {
        List<String> twoPersons = List.of("person/b", "person/a");
        // two persons meeting are the event, wherever it is
        assertEquals(
                "in-person|held|person/a,person/b",
                id.meeting(false, false, false, "Q20", twoPersons, List.of(), List.of("place/Q38")));
        // a summit, or a meeting naming one person, is its place
        assertEquals(
                "in-person|at:Q20", id.meeting(false, false, true, "Q20", twoPersons, List.of(), List.of("place/Q38")));
        assertEquals(
                "in-person|at:Q20", id.meeting(false, false, false, "Q20", List.of("person/a"), List.of(), List.of()));
        // planned in one report, held in a later one, at one place: one event
        assertEquals(
                id.meeting(false, false, false, "Q20", List.of("person/a"), List.of(), List.of()),
                id.meeting(false, true, false, "Q20", List.of("person/a"), List.of(), List.of()));
        // planned: the place may still change, so the parties say which meeting it is ...
        assertEquals(
                "in-person|planned|person/a,person/b",
                id.meeting(false, true, false, "Q20", twoPersons, List.of(), List.of("place/Q38")));
        // ... unless they are fewer than two persons
        assertEquals("in-person|at:Q20", id.meeting(false, true, true, "Q20", List.of(), List.of(), List.of()));
        // with fewer than two persons the countries and organisations are parties too
        assertEquals(
                "phone|held|person/a,place/Q38",
                id.meeting(true, false, false, null, List.of("person/a"), List.of(), List.of("place/Q38")));
    }

    @Test
    void organisationsMeetingAreTheEventWhoeverRepresentsThem() {
        // one report names the companies, another the chief executives who met for them
        assertEquals(
                id.meeting(false, false, false, null, List.of(), List.of("org/b", "org/a"), List.of()),
                id.meeting(
                        false,
                        false,
                        false,
                        null,
                        List.of("person/x", "person/y"),
                        List.of("org/a", "org/b"),
                        List.of()));
        assertNotEquals(
                id.meeting(false, false, false, null, List.of(), List.of("org/a", "org/b"), List.of()),
                id.meeting(false, true, false, null, List.of(), List.of("org/a", "org/b"), List.of()));
    }
}
