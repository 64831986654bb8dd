package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The gold matching rules on small hand-made gold and result rows (invented names). */
class MatchingRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Gold gold(String... docs) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String d : docs) {
            nodes.add(JSON.readTree(d.replace('\'', '"')));
        }
        return Gold.of(nodes);
    }

    /** Rows from alternating variable/value pairs, one row per array. */
    private static Rows rows(String[]... rows) {
        List<Map<String, String>> out = new ArrayList<>();
        for (String[] r : rows) {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i + 1 < r.length; i += 2) {
                if (r[i + 1] != null) {
                    m.put(r[i], r[i + 1]);
                }
            }
            out.add(m);
        }
        return new Rows(out);
    }

    private static String[] row(String... kv) {
        return kv;
    }

    @Test
    void namesIgnoreCaseAccentsAndPunctuation() {
        assertEquals("us", Names.key("U.S."));
        assertEquals(Names.key("US"), Names.key("U.S."));
        assertEquals("jose alvarez", Names.key("  José  Álvarez "));
        assertEquals("o brien", Names.key("O\u2019Brien"));
        assertEquals(Names.key("Jean-Luc Marais"), Names.key("jean luc marais"));
        assertEquals("ministry", Names.institutionKey("The Ministry"));
        assertEquals("theodor", Names.institutionKey("Theodor"));
        assertEquals("", Names.key(null));
    }

    @Test
    void diceOverDistinctTokens() {
        assertEquals(1.0, Names.dice("Foreign Minister", "foreign minister"));
        assertEquals(0.5, Names.dice("Foreign Minister", "Finance Minister"), 1e-9); // 2*1/(2+2)
        assertEquals(0.4, Names.dice("Foreign Minister", "Minister of Finance"), 1e-9); // 2*1/(2+3)
        assertEquals(0.0, Names.dice("", "anything"));
        assertTrue(Names.dice("the talks will go ahead", "talks will go ahead next week") >= 0.5);
    }

    @Test
    void qidFromIriOrBareId() {
        assertEquals("Q42", Names.qid("http://www.wikidata.org/entity/Q42"));
        assertEquals("Q42", Names.qid("Q42"));
        assertNull(Names.qid("https://newskg.org/id/person/x"));
        assertNull(Names.qid(null));
    }

    private static final String DOC_A = """
            {'article': 'a1.txt',
             'persons': [{'name': 'Anna Berg', 'aliases': ['Berg'], 'wikidata': 'Q1',
                          'roles': [{'labels': ['Foreign Minister'], 'wikidata': 'Q100'}]},
                         {'name': 'Carl Dorn', 'aliases': ['Dorn'], 'wikidata': null, 'roles': []}],
             'locations': [{'name': 'United States', 'aliases': ['U.S.', 'US'], 'wikidata': 'Q30'},
                           {'name': 'Lakeport', 'aliases': [], 'wikidata': 'Q9'}],
             'statements': [{'speaker': 'Anna Berg', 'kind': 'direct', 'text': 'we will not give up the harbour'},
                            {'speaker': 'Lakeport', 'speaker_type': 'organization', 'kind': 'indirect',
                             'text': 'the talks had been postponed'}],
             'meetings': [{'id': 'm1', 'kind': 'talks', 'participants': ['Anna Berg', 'Carl Dorn'],
                           'location': 'Lakeport', 'date': '2025-02-18', 'status': 'held'}]}
            """;

    private static final String DOC_B = """
            {'article': 'b2.txt',
             'persons': [{'name': 'Anna Berg', 'aliases': ['Anna Bergová'], 'wikidata': 'Q1',
                          'roles': [{'labels': ['foreign minister of Norland'], 'wikidata': null}]}],
             'locations': [], 'statements': [],
             'meetings': [{'id': 'm2', 'kind': 'phone call', 'participants': ['Anna Berg', 'Carl Dorn'],
                           'location': null, 'date': '--03-01', 'status': 'planned'}]}
            """;

    @Test
    void goldMergesAcrossArticles() throws Exception {
        Gold g = gold(DOC_A, DOC_B);
        assertEquals(List.of("a1", "b2"), g.articles());
        assertEquals(2, g.persons().size());
        GoldEntity anna = g.persons().get("Anna Berg");
        assertTrue(anna.isNamed(List.of("ANNA BERGOVA")));
        assertEquals(2, anna.roles().size());
        // same post in two wordings (Dice >= 0.5): one gold role
        assertEquals(1, RoleScorer.goldRoles(g).size());
        assertEquals(2, g.meetings().size());
    }

    @Test
    void entitiesByNameOrQidWithDuplicatesAndWikidata() throws Exception {
        Gold g = gold(DOC_A);
        Rows r = rows(
                row("person", "p1", "name", "Anna Berg", "wikidata", "http://www.wikidata.org/entity/Q1"),
                row("person", "p1", "name", "Berg", "wikidata", "http://www.wikidata.org/entity/Q1"),
                row("person", "p2", "name", "A. Berg", "wikidata", "Q1"), // by QID: a duplicate
                row("person", "p3", "name", "Dorn", "wikidata", "Q777"), // gold has no QID: not counted
                row("person", "p4", "name", "Reuters Staff", "wikidata", null)); // spurious
        Score s = EntityScorer.score(g.persons(), r, "person");
        assertEquals(2, s.tp());
        assertEquals(1, s.duplicates());
        assertEquals(3, s.system()); // 4 nodes less 1 duplicate
        assertEquals(Score.round(2.0 / 3), s.precision());
        assertEquals(1.0, s.recall());
        assertEquals(List.of("Reuters Staff"), s.spurious());
        Map<?, ?> wd = (Map<?, ?>) s.details().get("wikidata");
        assertEquals(2, wd.get("right"));
        assertEquals(0, wd.get("wrong"));

        Score l = EntityScorer.score(
                g.locations(), rows(row("location", "l1", "name", "US", "wikidata", "Q31")), "location");
        assertEquals(1, l.tp());
        assertEquals(List.of("Lakeport"), l.missed());
        assertEquals(1, ((Map<?, ?>) l.details().get("wikidata")).get("wrong"));
    }

    @Test
    void rolesByLabelOverlapOrPositionAndOtherWordingsAreDuplicates() throws Exception {
        Gold g = gold(DOC_A, DOC_B);
        Score s = RoleScorer.score(
                g,
                rows(
                        row("person", "p1", "name", "Anna Berg", "role", "foreign minister"),
                        row("person", "p1", "name", "Anna Berg", "role", "minister for foreign affairs of Norland"),
                        row("person", "p1", "name", "Anna Berg", "role", "party chair"),
                        row("person", "p2", "name", "Carl Dorn", "role", "mayor")));
        assertEquals(1, s.tp());
        assertEquals(1, s.duplicates());
        assertEquals(3, s.system());
        assertEquals(1, s.gold());

        Score byQid = RoleScorer.score(
                g,
                rows(row(
                        "person",
                        "p1",
                        "name",
                        "Berg",
                        "role",
                        "top diplomat",
                        "roleWikidata",
                        "http://www.wikidata.org/entity/Q100")));
        assertEquals(1, byQid.tp());
        // the person must match too
        Score wrongPerson =
                RoleScorer.score(g, rows(row("person", "p2", "name", "Carl Dorn", "role", "Foreign Minister")));
        assertEquals(0, wrongPerson.tp());
    }

    @Test
    void statementsPerArticleBySpeakerAndDice() throws Exception {
        Gold g = gold(DOC_A, DOC_B);
        Score s = StatementScorer.score(
                g,
                rows(
                        row(
                                "statement",
                                "s1",
                                "speakerName",
                                "Berg",
                                "text",
                                "We will not give up the harbour!",
                                "kind",
                                "direct",
                                "source",
                                "corpus/a1.txt"),
                        // same words, other article: not this article's statement
                        row(
                                "statement",
                                "s2",
                                "speakerName",
                                "Anna Berg",
                                "text",
                                "we will not give up the harbour",
                                "source",
                                "b2.txt"),
                        // institution speaker with a leading "the"; reported clause
                        row(
                                "statement",
                                "s3",
                                "speakerName",
                                "the Lakeport",
                                "text",
                                "talks had been postponed until May",
                                "source",
                                "a1.txt"),
                        // source naming a longer article id does not count for a1
                        row("statement", "s4", "speakerName", "Anna Berg", "text", "x", "source", "a12.txt")));
        assertEquals(2, s.tp());
        assertEquals(3, s.system()); // s1 and s3 in a1, s2 in b2
        assertEquals(2, s.gold());
        Map<?, ?> byKind = (Map<?, ?>) s.details().get("recall_by_kind");
        assertEquals(1.0, byKind.get("direct"));
        assertEquals(1.0, byKind.get("indirect"));

        Score low = StatementScorer.score(
                g,
                rows(
                        row(
                                "statement",
                                "s1",
                                "speakerName",
                                "Anna Berg",
                                "text",
                                "the harbour is closed today for repairs",
                                "source",
                                "a1.txt"),
                        row(
                                "statement",
                                "s5",
                                "speakerName",
                                "Carl Dorn",
                                "text",
                                "we will not give up the harbour",
                                "source",
                                "a1.txt")));
        assertEquals(0, low.tp()); // too little overlap; right words but wrong speaker
    }

    @Test
    void organisationsAndSpeakerAliasesNameSpeakersAndParties() throws Exception {
        Gold g = gold("""
                {'article': 'c3.txt', 'persons': [], 'locations': [],
                 'organizations': [{'name': 'Norland Harbour Board', 'aliases': ['the board', 'NHB'], 'wikidata': null}],
                 'statements': [{'speaker': 'Norland Harbour Board', 'kind': 'indirect', 'text': 'the quay will reopen'},
                                {'speaker': 'Dock Workers Union', 'speaker_aliases': ['the dockers'], 'kind': 'direct',
                                 'text': 'we will strike again'}],
                 'meetings': [{'id': 'm3', 'kind': 'talks', 'participants': [],
                               'participant_orgs': ['Norland Harbour Board', 'Dock Workers Union'],
                               'location': null, 'date': null, 'status': 'planned'}]}
                """, """
                {'article': 'd4.txt', 'persons': [], 'locations': [], 'statements': [],
                 'meetings': [{'id': 'm3', 'kind': 'talks', 'participants': [],
                               'participant_orgs': ['Norland Harbour Board'], 'location': null, 'date': null,
                               'status': 'held'}]}
                """);
        Score st = StatementScorer.score(
                g,
                rows(
                        row(
                                "statement",
                                "s1",
                                "speakerName",
                                "NHB",
                                "text",
                                "the quay will reopen soon",
                                "source",
                                "c3.txt"),
                        row(
                                "statement",
                                "s2",
                                "speakerName",
                                "The Dockers",
                                "text",
                                "we will strike again",
                                "source",
                                "c3.txt")));
        assertEquals(2, st.tp(), st.toString());
        // planned in one article, held in another: held
        Score m = MeetingScorer.score(
                g,
                rows(
                        row("meeting", "n1", "kind", "talks", "participantName", "the board", "status", "held"),
                        row(
                                "meeting",
                                "n1",
                                "kind",
                                "talks",
                                "participantName",
                                "Dock Workers Union",
                                "status",
                                "held")));
        assertEquals(1, m.tp(), m.toString());
        assertEquals(1.0, ((Map<?, ?>) m.details().get("attribute_accuracy")).get("status"));
    }

    @Test
    void meetingDates() {
        assertEquals(1.0, MeetingScorer.dateAgreement("2025-02-18", "2025-02-18"));
        assertEquals(1.0, MeetingScorer.dateAgreement("2025-02-18", "2025-02-18T10:00:00Z"));
        assertEquals(1.0, MeetingScorer.dateAgreement("--02-18", "2025-02-18")); // gold states no year
        assertEquals(1.0, MeetingScorer.dateAgreement("--02-18", "--02-18"));
        assertEquals(0.5, MeetingScorer.dateAgreement("2025-02-18", "--02-18")); // system lost the year
        assertEquals(1.0, MeetingScorer.dateAgreement("2025-02", "2025-02-18"));
        assertEquals(0.0, MeetingScorer.dateAgreement("2025-02", "--02-18"));
        assertEquals(0.0, MeetingScorer.dateAgreement("2025-02-18", "2025-02-19"));
        assertEquals(0.5, MeetingScorer.dateAgreement("2025-02-18", Set.of("2024-01-01", "--02-18")));
        // a node dated both with and without the year: the best of its dates (deterministic)
        assertEquals(
                1.0,
                MeetingScorer.dateAgreement(
                        "2025-02-18", new java.util.LinkedHashSet<>(List.of("--02-18", "2025-02-18"))));
    }

    @Test
    void meetingsByKindFamilyParticipantsPlaceAndDate() throws Exception {
        Gold g = gold(DOC_A, DOC_B);
        Score s = MeetingScorer.score(
                g,
                rows(
                        row(
                                "meeting",
                                "k1",
                                "kind",
                                "talks",
                                "participantName",
                                "Anna Berg",
                                "locationName",
                                "Lakeport",
                                "date",
                                "2025-02-18",
                                "status",
                                "held"),
                        row(
                                "meeting",
                                "k1",
                                "kind",
                                "talks",
                                "participantName",
                                "Dorn",
                                "locationName",
                                "Lakeport",
                                "date",
                                "2025-02-18",
                                "status",
                                "held"),
                        // a second node for the same talks: a duplicate
                        row(
                                "meeting",
                                "k2",
                                "kind",
                                "meeting",
                                "participantName",
                                "Berg",
                                "locationName",
                                "Lakeport",
                                "status",
                                "held"),
                        row(
                                "meeting",
                                "k2",
                                "kind",
                                "meeting",
                                "participantName",
                                "Carl Dorn",
                                "locationName",
                                "Lakeport",
                                "status",
                                "held"),
                        // the phone call, the year lost
                        row(
                                "meeting",
                                "k3",
                                "kind",
                                "phone call",
                                "participantName",
                                "Anna Berg",
                                "date",
                                "--03-01",
                                "status",
                                "planned"),
                        row(
                                "meeting",
                                "k3",
                                "kind",
                                "phone call",
                                "participantName",
                                "Carl Dorn",
                                "date",
                                "--03-01",
                                "status",
                                "planned")));
        assertEquals(2, s.tp());
        assertEquals(1, s.duplicates());
        assertEquals(2, s.system());
        assertEquals(1.0, s.f1());
        Map<?, ?> attrs = (Map<?, ?>) s.details().get("attribute_accuracy");
        assertEquals(1.0, attrs.get("location"));
        assertEquals(1.0, attrs.get("date"));
        assertEquals(1.0, attrs.get("status"));

        // the in-person talks are not a phone call, and another date rules a node out
        Gold.Meeting talks = g.meetings().get("m1");
        Rows.Node call = rows(
                        row("meeting", "x", "kind", "phone call", "participantName", "Anna Berg"),
                        row("meeting", "x", "participantName", "Carl Dorn"))
                .byNode("meeting", "kind", "participantName", "locationName", "date", "status")
                .get("x");
        assertNull(MeetingScorer.strength(g, talks, call));
        Rows.Node otherDay = rows(
                        row("meeting", "y", "kind", "talks", "participantName", "Anna Berg", "date", "2025-03-18"),
                        row("meeting", "y", "participantName", "Carl Dorn"))
                .byNode("meeting", "kind", "participantName", "locationName", "date", "status")
                .get("y");
        assertNull(MeetingScorer.strength(g, talks, otherDay));
        assertFalse(MeetingScorer.isPhone("summit"));
    }

    @Test
    void thresholds() throws Exception {
        Gold g = gold(DOC_A);
        Report r = Report.of(
                g,
                Map.of(
                        "persons",
                        rows(row("person", "p1", "name", "Anna Berg"), row("person", "p2", "name", "Carl Dorn"))),
                List.of());
        assertEquals(1.0, r.persons().f1());
        assertTrue(r.shortfalls(Map.of("persons", 0.95)).isEmpty());
        assertEquals(1, r.shortfalls(Map.of("locations", 0.5)).size());
        assertEquals(1, r.shortfalls(Map.of("wikidata", 0.1)).size()); // no QID given: accuracy 0
    }
}
