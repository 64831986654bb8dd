package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkerIT {

    static final Linker linker = new Linker(WikidataIndex.loadDefault());

    private static Optional<String> person(
            String name, List<String> others, List<RoleHint> roles, String date, Set<String> ctx) {
        return linker.link(new LinkRequest(name, others, KbType.PERSON, roles, date, ctx));
    }

    private static Optional<String> place(String name, Set<String> ctx) {
        return linker.link(new LinkRequest(name, List.of(), KbType.CITY, List.of(), null, ctx));
    }

    @Test
    void uniqueFullNames() {
        assertEquals(Optional.of("Q7747"), linker.link(LinkRequest.of("Vladimir Putin", KbType.PERSON)));
        assertEquals(Optional.of("Q58217"), linker.link(LinkRequest.of("Sergei Lavrov", KbType.PERSON)));
        assertEquals(Optional.of("Q3874799"), linker.link(LinkRequest.of("Volodymyr Zelensky", KbType.PERSON)));
    }

    @Test
    void anUmlautWrittenAsTwoLettersAndAFormalCountryNamesShortForm() {
        assertEquals(Optional.of("Q237522"), linker.link(LinkRequest.of("Margot Wallstroem", KbType.PERSON)));
        // "China" is the short name of "People's Republic of China", not of the stations that carry it as an alias
        assertEquals(Optional.of("Q148"), place("China", Set.of()));
    }

    @Test
    void surnameThroughFullNameInArticle() {
        assertEquals(
                Optional.of("Q58217"),
                person("Lavrov", List.of("Sergei Lavrov", "Antony Blinken"), List.of(), null, Set.of()));
        assertEquals(Optional.of("Q58217"), person("Mr Lavrov", List.of("Sergei Lavrov"), List.of(), null, Set.of()));
        // the article's Lavrov is someone the index does not know: no link
        assertEquals(Optional.empty(), person("Lavrov", List.of("Ivan Lavrov"), List.of(), null, Set.of()));
    }

    @Test
    void ambiguousSurnameAbstainsWithoutEvidence() {
        // the data holds several politicians named Lavrov (Sergey, Andrey, Oleg, ...)
        assertEquals(Optional.empty(), person("Lavrov", List.of(), List.of(), null, Set.of()));
        // ... and a role hint settles it
        assertEquals(
                Optional.of("Q58217"),
                person(
                        "Lavrov",
                        List.of(),
                        List.of(new RoleHint(null, "Foreign Minister", "Q159")),
                        "2022-03-01",
                        Set.of()));
        assertEquals(
                Optional.of("Q58217"),
                person("Lavrov", List.of(), List.of(new RoleHint("Q1418873", null, null)), null, Set.of()));
        assertEquals(
                Optional.of("Q58217"),
                person("Lavrov", List.of(), List.of(new RoleHint(null, "foreign minister", null)), null, Set.of()));
    }

    @Test
    void aRolesCountryOverridesAUniqueBearerOfAnotherCountry() {
        // "Abdullah" alone is an alias of the Saudi king only; "King Abdullah of Jordan" is Jordan's
        assertEquals(Optional.of("Q57298"), person("Abdullah", List.of(), List.of(), null, Set.of()));
        assertEquals(
                Optional.of("Q57464"),
                person("Abdullah", List.of(), List.of(new RoleHint(null, "king", "Q810")), null, Set.of()));
        // a role of a country nobody of that name belongs to: no link rather than the wrong one
        assertEquals(
                Optional.empty(),
                person("Abdullah", List.of(), List.of(new RoleHint(null, "king", "Q32")), null, Set.of()));
    }

    @Test
    void ambiguousFullNameAbstains() {
        // several "Nick Smith" entries with similar weight in the data
        assertTrue(
                WikidataIndex.loadDefault().lookup("Nick Smith", KbType.PERSON).size() > 1);
        assertEquals(Optional.empty(), linker.link(LinkRequest.of("Nick Smith", KbType.PERSON)));
    }

    @Test
    void bareSurnameOfLeader() {
        assertEquals(Optional.of("Q3874799"), linker.link(LinkRequest.of("Zelensky", KbType.PERSON)));
        assertEquals(Optional.of("Q7747"), linker.link(LinkRequest.of("Putin", KbType.PERSON)));
        // a bare surname of a backbencher is not enough
        assertEquals(Optional.empty(), linker.link(LinkRequest.of("Smith", KbType.PERSON)));
        // Joe and Jill Biden are both in the data: the bare surname abstains, the article's full name decides
        assertEquals(Optional.empty(), linker.link(LinkRequest.of("Biden", KbType.PERSON)));
        assertEquals(Optional.of("Q6279"), person("Biden", List.of("Joe Biden"), List.of(), null, Set.of()));
        assertEquals(
                Optional.of("Q6279"),
                person("Biden", List.of(), List.of(new RoleHint(null, "President", "Q30")), "2022-05-01", Set.of()));
    }

    @Test
    void roleAtArticleDate() {
        // Russia's President in 2010 was Medvedev, in 2020 Putin: role hints pick by date
        RoleHint president = new RoleHint("Q218295", "President", "Q159");
        KbEntry putin = WikidataIndex.loadDefault().get("Q7747").orElseThrow();
        assertTrue(putin.held("Q218295", "2020-01-01"));
        assertEquals(
                Optional.of("Q7747"), person("Vladimir Putin", List.of(), List.of(president), "2020-01-01", Set.of()));
    }

    @Test
    void typeSafety() {
        assertEquals(Optional.empty(), linker.link(LinkRequest.of("Vladimir Putin", KbType.CITY)));
        assertEquals(Optional.empty(), linker.link(LinkRequest.of("Moscow", KbType.PERSON)));
        assertEquals(Optional.empty(), linker.link(LinkRequest.of("Georgia", KbType.PERSON)));
        assertEquals(Optional.empty(), linker.link(LinkRequest.of("NATO", KbType.COUNTRY)));
        assertEquals(Optional.empty(), linker.link(LinkRequest.of("Russia", KbType.ORGANIZATION)));
    }

    @Test
    void placesPreferCountriesThenLargeCities() {
        assertEquals(Optional.of("Q1899"), place("Kyiv", Set.of()));
        assertEquals(Optional.of("Q1899"), place("Kiev", Set.of()));
        assertEquals(Optional.of("Q3692"), place("Riyadh", Set.of()));
        assertEquals(Optional.of("Q71"), place("Geneva", Set.of()));
        assertEquals(Optional.of("Q406"), place("Istanbul", Set.of()));
        assertEquals(Optional.of("Q649"), place("Moscow", Set.of()));
        assertEquals(Optional.of("Q61"), place("Washington", Set.of()));
        assertEquals(Optional.of("Q851"), place("Saudi Arabia", Set.of()));
        assertEquals(Optional.of("Q30"), place("U.S.", Set.of()));
        assertEquals(Optional.of("Q46"), place("Europe", Set.of()));
        assertEquals(Optional.of("Q7184"), linker.link(LinkRequest.of("NATO", KbType.ORGANIZATION)));
    }

    @Test
    void georgiaCountryUnlessContextSaysUs() {
        assertEquals(Optional.of("Q230"), place("Georgia", Set.of()));
        assertEquals(Optional.of("Q1428"), place("Georgia", Set.of("Q30")));
    }

    @Test
    void aCityFarLargerThanItsNamesakesInTheContextCountryIsStillMeant() {
        // an article naming the United States and London is about London, England (not London, Ohio)
        assertEquals(Optional.of("Q84"), place("London", Set.of("Q30")));
        assertEquals(Optional.of("Q84"), place("London", Set.of()));
    }

    @Test
    void aNameSharedByAnIslandAndARepublicIsTheState() {
        assertEquals(Optional.of("Q229"), place("Cyprus", Set.of()));
    }

    @Test
    void positionsThroughLinker() {
        assertEquals(Optional.of("Q218295"), linker.linkPosition("President", "Q159"));
        assertEquals(Optional.of("Q14213"), linker.linkPosition("Secretary of State", "Q30"));
        assertEquals(Optional.of("Q1418873"), linker.linkPosition("Foreign Minister", "Q159"));
        assertEquals(Optional.of("Q579677"), linker.linkPosition("President", "Q212"));
        assertEquals(Optional.of("Q11696"), linker.linkPosition("President", "Q30"));
        assertEquals(Optional.empty(), linker.linkPosition("President", null));
    }
}
