package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.resolve.NameKey;

class WikidataIndexIT {

    static WikidataIndex kb;

    @BeforeAll
    static void load() {
        kb = WikidataIndex.loadDefault();
        assertTrue(kb == WikidataIndex.loadDefault(), "default index is cached");
        long ms = WikidataIndex.defaultLoadMillis();
        System.out.println("WikidataIndex: " + kb.size() + " entries; default index loaded in " + ms
                + " ms (budget 2000 ms on an idle machine)");
        // a figure to read, not a timed assertion: on a shared 2-core machine load time says little
    }

    @Test
    void freshLoadIsTimed() throws Exception {
        long t0 = System.nanoTime();
        try (InputStream in = WikidataIndex.class.getResourceAsStream(WikidataIndex.RESOURCE)) {
            WikidataIndex fresh = WikidataIndex.load(in);
            assertEquals(kb.size(), fresh.size());
        }
        System.out.println("WikidataIndex: second (warm) load in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }

    private static String only(List<KbEntry> l) {
        assertEquals(1, l.size(), () -> "expected one entry, got " + l);
        return l.get(0).qid();
    }

    private static String first(List<KbEntry> l) {
        assertFalse(l.isEmpty(), "no entry");
        return l.get(0).qid();
    }

    @Test
    void normaliseFoldsPunctuationDiacriticsAndTransliteration() {
        assertEquals(NameKey.of("US"), NameKey.of("U.S."));
        assertEquals(NameKey.of("Turkiye"), NameKey.of("Türkiye"));
        assertEquals(NameKey.of("Sergey"), NameKey.of("Sergei"));
        assertEquals(NameKey.of("Sergej"), NameKey.of("Sergei"));
        assertEquals(NameKey.of("Zelensky"), NameKey.of("Zelenskyy"));
        assertEquals(NameKey.of("Zelenskiy"), NameKey.of("Zelenskyy"));
        assertEquals(NameKey.of("Kiev"), NameKey.of("Kyiv"));
        assertEquals(NameKey.of("Kharkov"), NameKey.of("Kharkiv"));
        assertEquals(NameKey.of("Dmitry"), NameKey.of("Dmitri"));
        assertEquals(NameKey.of("Yuri"), NameKey.of("Yury"));
        assertEquals("saudi arabia", NameKey.of("  Saudi   Arabia "));
        assertFalse(NameKey.of("Paris").equals(NameKey.of("Perth")));
    }

    @Test
    void personsByFullNameAndSpellingVariant() {
        assertEquals("Q7747", only(kb.lookup("Vladimir Putin", KbType.PERSON)));
        assertEquals("Q58217", only(kb.lookup("Sergei Lavrov", KbType.PERSON)));
        assertEquals("Q58217", only(kb.lookup("Sergey Lavrov", KbType.PERSON)));
        assertEquals("Q3874799", only(kb.lookup("Volodymyr Zelensky", KbType.PERSON)));
        assertEquals("Q6279", only(kb.lookup("Joe Biden", KbType.PERSON)));
        assertTrue(kb.lookup("Putin").isEmpty(), "a surname alone is not a label");
    }

    @Test
    void surnames() {
        assertEquals("Q3874799", only(kb.bySurname("Zelensky")));
        assertEquals("Q3874799", only(kb.bySurname("Zelenskiy")));
        assertEquals("Q7747", only(kb.bySurname("Putin")));
        assertTrue(kb.bySurname("Lavrov").size() > 1, "several Lavrovs in the data");
        assertTrue(kb.bySurname("Lavrov").stream().anyMatch(e -> e.qid().equals("Q58217")));
    }

    @Test
    void places() {
        assertEquals("Q1899", first(kb.lookup("Kiev", KbType.CITY)));
        assertEquals("Q1899", first(kb.lookup("Kyiv", KbType.CITY)));
        assertEquals("Q30", only(kb.lookup("U.S.")));
        assertEquals("Q30", only(kb.lookup("US")));
        assertEquals("Q30", only(kb.lookup("United States")));
        assertTrue(kb.lookup("us").isEmpty(), "the pronoun is not the country code");
        assertEquals("Q3692", only(kb.lookup("Riyadh", KbType.CITY)));
        assertEquals("Q71", only(kb.lookup("Geneva", KbType.CITY)));
        assertEquals("Q406", only(kb.lookup("Istanbul", KbType.CITY)));
        assertEquals("Q649", only(kb.lookup("Moscow", KbType.CITY)));
        assertEquals("Q851", only(kb.lookup("Saudi Arabia")));
        assertEquals("Q46", only(kb.lookup("Europe")));
        assertEquals("Q61", first(kb.lookup("Washington", KbType.CITY)));
        assertEquals("Q61", only(kb.lookup("District of Columbia")), "dr5hn's wrong QID is folded into Q61");
        assertTrue(kb.get("Q3551781").isEmpty());
        assertEquals("Q43", only(kb.lookup("Türkiye", KbType.COUNTRY)));
    }

    @Test
    void organisations() {
        assertEquals("Q7184", only(kb.lookup("NATO")));
        assertEquals("Q7184", only(kb.lookup("Nato")));
        assertEquals("Q7184", only(kb.lookup("North Atlantic Treaty Organisation")));
        assertEquals("Q1065", only(kb.lookup("United Nations")));
        assertEquals("Q458", only(kb.lookup("EU")));
    }

    @Test
    void demonyms() {
        assertEquals(Optional.of("Q159"), kb.countryOfDemonym("Russian").map(KbEntry::qid));
        assertEquals(Optional.of("Q30"), kb.countryOfDemonym("American").map(KbEntry::qid));
        assertEquals(Optional.of("Q30"), kb.countryOfDemonym("U.S.").map(KbEntry::qid));
        assertEquals(Optional.of("Q30"), kb.countryOfDemonym("US").map(KbEntry::qid));
        assertEquals(Optional.of("Q212"), kb.countryOfDemonym("Ukrainian").map(KbEntry::qid));
        assertEquals(Optional.of("Q145"), kb.countryOfDemonym("British").map(KbEntry::qid));
        assertEquals(Optional.of("Q145"), kb.countryOfDemonym("UK").map(KbEntry::qid));
        assertTrue(kb.countryOfDemonym("Purple").isEmpty());
    }

    @Test
    void positions() {
        assertEquals(Optional.of("Q218295"), kb.position("President", "Q159").map(KbEntry::qid));
        assertEquals(
                Optional.of("Q14213"), kb.position("Secretary of State", "Q30").map(KbEntry::qid));
        assertEquals(
                Optional.of("Q14213"),
                kb.position("U.S. Secretary of State", "Q30").map(KbEntry::qid));
        assertEquals(
                Optional.of("Q1418873"), kb.position("Foreign Minister", "Q159").map(KbEntry::qid));
        assertEquals(
                Optional.of("Q1418873"),
                kb.position("Russian Foreign Minister", "Q159").map(KbEntry::qid));
        assertEquals(
                Optional.of("Q1418873"),
                kb.position("Minister of Foreign Affairs", "Q159").map(KbEntry::qid));
        assertEquals(Optional.of("Q579677"), kb.position("President", "Q212").map(KbEntry::qid));
        assertEquals(
                Optional.of("Q579677"),
                kb.position("President of Ukraine", "Q212").map(KbEntry::qid));
        assertEquals(Optional.of("Q11696"), kb.position("President", "Q30").map(KbEntry::qid));
        assertEquals(
                Optional.of("Q842386"), kb.position("Prime Minister", "Q159").map(KbEntry::qid));
        assertEquals(Optional.of("Q842386"), kb.position("premier", "Q159").map(KbEntry::qid));
        assertEquals(
                "Minister of Foreign Affairs", kb.get("Q1418873").orElseThrow().label());
        assertTrue(kb.position("Chief Astrologer", "Q159").isEmpty());
        assertTrue(kb.positionMatchesRole("Q1418873", "foreign minister"));
    }

    @Test
    void holdingsCarryDates() {
        KbEntry lavrov = kb.get("Q58217").orElseThrow();
        assertTrue(lavrov.held("Q1418873", "2022-03-01"));
        assertFalse(lavrov.held("Q1418873", "1999-01-01"));
        KbEntry putin = kb.get("Q7747").orElseThrow();
        assertTrue(putin.held("Q218295", "2005-06-01"));
        assertFalse(putin.held("Q218295", "2010-06-01"), "Medvedev's term");
    }

    @Test
    void gazetteer() {
        assertTrue(kb.isKnownName("Kyiv"));
        assertTrue(kb.typesOf("Georgia").contains(KbType.COUNTRY));
        assertTrue(kb.typesOf("Georgia").contains(KbType.REGION));
        assertTrue(kb.typesOf("Sergei Lavrov").contains(KbType.PERSON));
        assertTrue(kb.isGivenName("Sergei"));
        assertTrue(kb.isGivenName("Volodymyr"));
        assertFalse(kb.isGivenName("Lavrov"));
        assertFalse(kb.isKnownName("said"));
        assertTrue(kb.isKnownName("Türkiye"), "native name");
        assertFalse(kb.isKnownName("Island"), "a foreign name of Iceland that is an English word");
        assertFalse(kb.isKnownName(""));
        long t0 = System.nanoTime();
        int n = 0;
        for (int i = 0; i < 100_000; i++) {
            n += kb.isKnownName(i % 2 == 0 ? "Saudi Arabia" : "Tuesday morning") ? 1 : 0;
        }
        long us = (System.nanoTime() - t0) / 1000;
        System.out.println("WikidataIndex: 100000 isKnownName calls in " + us / 1000 + " ms");
        assertEquals(50_000, n);
    }
}
