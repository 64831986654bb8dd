package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.serve.Server;
import org.newskg.store.Store;

/**
 * Issue 2 end to end: the example articles (and the seeds, when ../shared is there) go through
 * {@link Ingest} into TDB2, the embedded server serves them, and SPARQL over HTTP finds the facts.
 */
class SpineIT {
    @TempDir
    static Path tmp;

    static Store store;
    static Server server;
    static String sparql;
    static IngestSummary first;

    @BeforeAll
    static void ingestAndServe() throws Exception {
        store = Store.open(tmp.resolve("db"));
        store.ensureOntology();
        Path examples = TestKit.examples(tmp.resolve("examples"));
        first = Files.isDirectory(TestKit.SEEDS)
                ? TestKit.ingest(store, examples, TestKit.SEEDS)
                : TestKit.ingest(store, examples);
        server = Server.builder(store.dataset()).port(0).start();
        sparql = "http://127.0.0.1:" + server.port() + "/newskg/sparql";
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static TestKit.Results query(String file) throws Exception {
        return TestKit.select(sparql, Files.readString(TestKit.QUERIES.resolve(file)));
    }

    @Test
    void everyArticleIsStored() {
        assertEquals(0, first.failed(), first.problems().toString());
        assertEquals(first.read(), first.stored(), first.describe());
        assertTrue(first.stored() >= TestKit.EXAMPLES.size(), first.describe());
    }

    @Test
    void contractQueriesAnswerWithTheirVariables() throws Exception {
        Map<String, List<String>> vars = Map.of(
                "persons.rq", List.of("person", "name", "wikidata"),
                "locations.rq", List.of("location", "name", "wikidata"),
                "roles.rq", List.of("person", "name", "role", "roleWikidata"),
                "statements.rq", List.of("statement", "speakerName", "text", "kind", "source"),
                "meetings.rq", List.of("meeting", "kind", "participantName", "locationName", "date", "status"));
        for (var e : vars.entrySet()) {
            TestKit.Results r = query(e.getKey());
            assertTrue(r.vars().containsAll(e.getValue()), e.getKey() + " returns " + r.vars());
            assertFalse(r.rows().isEmpty(), e.getKey() + " returns no rows");
        }
    }

    @Test
    void personWithRole() throws Exception {
        TestKit.Results roles = query("roles.rq");
        // ?role is the post's label, ?wordings the article's own words for it
        assertTrue(
                roles.rows().stream()
                        .anyMatch(r -> r.get("name").equals("Paola Ferrante")
                                && r.get("wordings").toLowerCase().contains("agriculture minister")),
                roles.rows().toString());
        assertTrue(
                roles.rows().stream()
                        .anyMatch(r -> r.get("name").equals("Clara Weissmann")
                                && r.get("wordings").toLowerCase().contains("foreign minister")),
                roles.rows().toString());
    }

    @Test
    void quoteWithSpeaker() throws Exception {
        TestKit.Results st = query("statements.rq");
        assertTrue(
                st.rows().stream()
                        .anyMatch(r -> r.get("speakerName").equals("Clara Weissmann")
                                && r.get("text").contains("The project is on schedule")
                                && r.get("source").contains("ministers-meet")),
                st.rows().toString());
        assertTrue(
                st.rows().stream()
                        .anyMatch(r -> r.get("speakerName").equals("Rafael Cunha")
                                && r.get("text").contains("Both presidents want a result")),
                st.rows().toString());
    }

    @Test
    void meetingWithPlace() throws Exception {
        TestKit.Results m = query("meetings.rq");
        assertTrue(
                m.rows().stream()
                        .anyMatch(r -> "Montevideo".equals(r.get("locationName"))
                                && "summit".equals(r.get("kind"))
                                && "planned".equals(r.get("status"))),
                m.rows().toString());
        assertTrue(
                m.rows().stream()
                        .anyMatch(r -> "Vienna".equals(r.get("locationName"))
                                && "Clara Weissmann".equals(r.get("participantName"))),
                m.rows().toString());
    }

    @Test
    void datelineIsThePlaceTheArticleNames() throws Exception {
        // "VALLETTA (Newskg Wire) -": the dateline's place is the node of the Valletta the text names
        TestKit.Results r = TestKit.select(sparql, """
                PREFIX nk: <https://newskg.org/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?file ?place ?label ?mentioned WHERE {
                  ?a nk:sourceFile ?file ; nk:dateline ?place . ?place a nk:Location ; rdfs:label ?label .
                  BIND(EXISTS { ?a nk:mentions ?place } AS ?mentioned)
                  FILTER(STRSTARTS(?file, "harbour-talks") || STRSTARTS(?file, "ministers-meet"))
                } ORDER BY ?file""");
        assertEquals(List.of("Valletta", "Vienna"), r.column("label"), r.rows().toString());
        assertEquals(List.of("true", "true"), r.column("mentioned"), r.rows().toString());
    }

    @Test
    void seedFacts() throws Exception {
        assumeTrue(Files.isDirectory(TestKit.SEEDS), "../shared/seeds is absent");
        TestKit.Results persons = query("persons.rq");
        assertTrue(
                persons.rows().stream()
                        .anyMatch(r -> r.get("name").equals("Vladimir Putin")
                                && String.valueOf(r.get("wikidata")).endsWith("Q7747")),
                persons.rows().toString());
        TestKit.Results st = query("statements.rq");
        assertTrue(
                st.rows().stream().anyMatch(r -> r.get("speakerName").equals("Dmitry Peskov")),
                "no statement by Peskov");
        TestKit.Results m = query("meetings.rq");
        assertTrue(m.rows().stream().anyMatch(r -> "Riyadh".equals(r.get("locationName"))), "no meeting in Riyadh");
    }

    @Test
    void ingestingAgainChangesNothing() throws Exception {
        long before = store.quadCount();
        Path examples = tmp.resolve("examples");
        IngestSummary again = TestKit.ingest(store, examples);
        assertEquals(TestKit.EXAMPLES.size(), again.unchanged(), again.describe());
        assertEquals(0, again.stored() + again.replaced(), again.describe());
        assertEquals(before, store.quadCount());
        assertTrue(again.describe().contains(TestKit.EXAMPLES.size() + " unchanged"), again.describe());
    }

    @Test
    void sameTextUnderTwoNamesIsStoredOnce() throws Exception {
        // a text of its own, so that the other tests' articles keep their file names
        String text = TestKit.example("phone-call.txt").replace("Sunday", "Saturday");
        Path copies = Files.createDirectories(tmp.resolve("copies"));
        Files.writeString(copies.resolve("a.txt"), text);
        Files.writeString(copies.resolve("b-renamed.txt"), text);
        IngestSummary s = TestKit.ingest(store, copies);
        assertEquals(2, s.read(), s.describe());
        assertEquals(1, s.stored(), s.describe());
        assertEquals(1, s.unchanged(), s.describe());
        long after = store.quadCount();
        IngestSummary again = TestKit.ingest(store, copies.resolve("a.txt"));
        assertEquals(1, again.unchanged(), again.describe());
        assertEquals(after, store.quadCount());
    }
}
