package org.newskg.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.Main;
import org.newskg.fetch.NewsSite;
import org.newskg.store.Store;

/**
 * Acceptance of issue 17: {@code newskg watch --once} over the invented feeds of {@link NewsSite}
 * stores every good article once, names every bad feed and item with its reason, fetches nothing
 * new in a second round, picks up an item added later, and stores a wire story, a word-for-word
 * copy and an edited copy (another headline, an added paragraph) so that each of its quotes is one
 * statement with the three articles as sources.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WatchIT {
    @TempDir
    static Path tmp;

    static NewsSite site;
    static Path db;
    static Path feeds;
    static Run first;
    static Run second;

    record Run(int status, String out, String err) {}

    static synchronized Run watch() {
        return cli(
                "watch",
                "--once",
                "--feeds",
                feeds.toString(),
                "--db",
                db.toString(),
                "--threads",
                "2",
                "--host-interval",
                "0s",
                "--timeout",
                "1500ms",
                "--retries",
                "0",
                "--max-page-size",
                "200K",
                "--user-agent",
                "newskg-test/1.0 (watch acceptance)");
    }

    static synchronized Run cli(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Run(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @BeforeAll
    static void firstTwoRounds() throws Exception {
        site = new NewsSite();
        db = tmp.resolve("db");
        feeds = tmp.resolve("feeds.txt");
        Files.writeString(feeds, site.resource("/feeds.txt"));
        first = watch();
        second = watch();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** The story's first run (the wire), its word-for-word copy (the gazette) and an edited copy (the courier), and two others. */
    static final List<String> GOOD = List.of(
            "/wire/ferry-crews-walk-out.html",
            "/news/ferry-strike.html",
            "/courier/estuary-ferries-halted.html",
            "/courier/library-reopens.html",
            "/wire/bridge-vote.html");

    @Test
    @Order(1)
    void theFirstRoundStoresEveryGoodArticleOnceAndNamesEveryBadItem() {
        assertEquals(1, first.status(), first.out() + first.err());
        assertTrue(
                first.out()
                        .contains(
                                "feeds: 3 read, 0 unchanged (304), 2 failed; items: 13 new, 0 retried, 0 seen before, "
                                        + "7 failed, 1 skipped; articles: 5 stored, 0 replaced, 0 unchanged; copies of an earlier story: 2"),
                first.out());
        for (String page : GOOD) {
            assertEquals(1, site.hits(page), page + " fetched once (the wire sitemap lists the gazette's story too)");
        }
        String report = first.err();
        String[][] expected = {
            {"/feeds/broken.rss", "feed not read: malformed XML at line "},
            {"/feeds/gone.rss", "feed not read: HTTP 404 (not found)"},
            {"/news/taken-down.html", "HTTP 404 (not found)"},
            {"/news/server-error.html", "HTTP 500 (server error) (tried 1 of 3 times; tried again next round)"},
            {"/private/members.html", "disallowed by robots.txt of " + site.base()},
            {"/news/annual-report.pdf", "not an HTML page (Content-Type: application/pdf)"},
            {"/news/slow.html", "no answer within 1500 ms"},
            {"/loop/a", "redirect loop: " + site.url("/loop/a") + " -> " + site.url("/loop/b")},
            {"/news/huge.html", "response is more than 204800 bytes, over the limit of 204800 bytes"},
            {"/courier/marche.html", "not in English (language 'fr'); skipped"},
            {"/feeds/gazette.rss", "entry 'An item without a link' has no link; skipped"},
        };
        for (String[] e : expected) {
            assertTrue(
                    report.lines().anyMatch(l -> l.contains(site.url(e[0])) && l.contains(e[1])),
                    "no report of " + e[0] + " with '" + e[1] + "' in:\n" + report);
        }
        assertEquals(0, site.hits("/private/members.html"), "robots.txt forbids it");
        assertTrue(Files.isRegularFile(db.resolve(Watcher.STATE_FILE)));
        assertTrue(
                site.log().stream().allMatch(l -> l.contains("(newskg-test/1.0 (watch acceptance))")),
                site.log().toString());
    }

    @Test
    @Order(2)
    void theSecondRoundFetchesNothingNew() {
        assertTrue(
                second.out()
                        .contains("feeds: 0 read, 3 unchanged (304), 2 failed; items: 0 new, 0 retried, 0 seen before, "
                                + "0 failed, 0 skipped; articles: 0 stored"),
                second.out());
        for (String page : GOOD) {
            assertEquals(1, site.hits(page), page + " not fetched again");
        }
        assertEquals(5, rows("SELECT ?a WHERE { ?a a nk:Article }").size());
    }

    @Test
    @Order(3)
    void anItemAddedLaterIsPickedUpAndOnlyIt() throws Exception {
        site.put("/news/lighthouse.html", """
                <html lang="en"><head><title>Lighthouse keeper retires - Harbour Gazette</title>
                <meta property="og:site_name" content="Harbour Gazette"></head><body><article>
                <p>The last keeper of the Aldren light, Edda Marrow, retired on Sunday after thirty-one years on the rock, and the lamp will now be watched from the harbour office.</p>
                <p>"The sea never once let me forget it was there," Marrow said as she handed over the keys to the harbour master.</p>
                </article></body></html>""");
        String feed = site.resource("/feeds/gazette.rss").replace("<item>", """
                <item><title>Lighthouse keeper retires</title><link>{{BASE}}/news/lighthouse.html</link>
                <pubDate>Thu, 06 Mar 2025 07:30:00 GMT</pubDate></item>
                <item>""".replace("{{BASE}}", site.base()));
        site.put("/feeds/gazette.rss", feed.replaceFirst("(?s)(<item>.*?</item>\\s*)<item>", "$1<item>"));
        Run third = watch();
        // the changed feed lists its old items again: those dealt with are not fetched, the two that
        // failed for a reason that may pass (500, timeout) are tried a second time
        assertTrue(
                third.out().contains("items: 1 new, 2 retried, 6 seen before, 2 failed, 0 skipped; articles: 1 stored"),
                third.out() + third.err());
        assertEquals(1, site.hits("/news/lighthouse.html"));
        assertEquals(1, site.hits("/news/ferry-strike.html"));
        assertEquals(1, site.hits("/news/taken-down.html"), "a 404 is not retried");
        List<Map<String, String>> a = rows(
                "SELECT ?p ?at WHERE { ?a nk:title \"Lighthouse keeper retires\" ; nk:published ?p ; nk:publishedAt ?at }");
        assertEquals(List.of(Map.of("p", "2025-03-06", "at", "2025-03-06T07:30:00Z")), a, "the feed's date and time");
    }

    @Test
    @Order(4)
    void theFeedsMetadataReachesTheArticleAndAnchorsRelativeDates() {
        List<Map<String, String>> r = rows("""
                SELECT ?outlet ?author ?url ?published ?at WHERE {
                  ?a nk:outlet "Harbour Gazette" ; nk:outlet ?outlet ; nk:title "Ferry crews walk out over night rotas" ;
                     nk:author ?author ; nk:url ?url ; nk:published ?published ; nk:publishedAt ?at }""");
        assertEquals(
                List.of(Map.of(
                        "outlet",
                        "Harbour Gazette",
                        "author",
                        "Ines Calder",
                        "url",
                        site.url("/news/ferry-strike.html"),
                        "published",
                        "2025-03-05",
                        "at",
                        "2025-03-05T08:15:00Z")),
                r);
        // 'said on Tuesday' in an article published on Wednesday 5 March 2025
        List<Map<String, String>> said = rows("""
                SELECT DISTINCT ?on WHERE { ?s nk:speaker/rdfs:label ?who ; nk:saidOn ?on . FILTER(CONTAINS(?who, "Brandvik")) }""");
        assertTrue(said.contains(Map.of("on", "2025-03-04")), said.toString());
    }

    @Test
    @Order(5)
    void bothCopiesPointAtTheFirstRunAndEveryQuoteIsOneStatementWithAllThreeSources() {
        List<Map<String, String>> copies = rows("""
                SELECT ?copyOutlet ?firstOutlet WHERE { ?copy nk:sameStoryAs ?first ; nk:outlet ?copyOutlet .
                  ?first nk:outlet ?firstOutlet } ORDER BY ?copyOutlet""");
        assertEquals(
                List.of(
                        Map.of("copyOutlet", "Harbour Gazette", "firstOutlet", "Coastal Press Agency"),
                        Map.of("copyOutlet", "Valley Courier", "firstOutlet", "Coastal Press Agency")),
                copies,
                "the word-for-word copy and the edited one; the wire ran it first");

        // every statement the first run reports, both copies report too: the same nodes, three sources each
        List<Map<String, String>> statements = rows("""
                SELECT ?s ?text (COUNT(DISTINCT ?article) AS ?sources) WHERE {
                  ?first nk:outlet "Coastal Press Agency" ; nk:title "Ferry crews walk out over night rotas" .
                  ?s nk:reportedIn ?first ; nk:text ?text ; nk:reportedIn ?article }
                GROUP BY ?s ?text""");
        assertTrue(statements.size() >= 3, statements.toString());
        for (Map<String, String> s : statements) {
            assertEquals("3", s.get("sources"), "one node with all three articles: " + s);
        }
        List<Map<String, String>> quote = rows("""
                SELECT ?s WHERE { ?s a nk:DirectQuote ; nk:text ?t . FILTER(STRSTARTS(?t, "We have asked for safe rest periods")) }""");
        assertEquals(1, quote.size(), "one statement node for the quote: " + quote);
    }

    @Test
    @Order(6)
    void theStoryQueriesNameTheOutletsAndWhoRanTheQuoteFirst() throws Exception {
        List<Map<String, String>> stories = rows(Files.readString(Path.of("queries/stories-by-outlets.rq")));
        assertEquals(1, stories.size(), stories.toString());
        assertEquals("Ferry crews walk out over night rotas", stories.get(0).get("headline"));
        assertEquals("3", stories.get(0).get("outlets"));
        assertEquals(
                "Coastal Press Agency; Harbour Gazette; Valley Courier",
                sorted(stories.get(0).get("outletNames")));
        assertEquals("2025-03-05T07:50:00Z", stories.get(0).get("firstSeen"));

        List<Map<String, String>> first = rows(Files.readString(Path.of("queries/quote-first-run.rq")));
        assertTrue(first.size() >= 3, first.toString());
        for (Map<String, String> r : first) {
            assertEquals("Coastal Press Agency", r.get("firstOutlet"), r.toString());
            assertEquals("2025-03-05T07:50:00Z", r.get("firstPublished"), r.toString());
            assertEquals("3", r.get("articles"), r.toString());
        }
    }

    @Test
    @Order(7)
    void ingestTakesPageUrlsAndRecognisesCopiesThere() {
        Path other = tmp.resolve("db-urls");
        Run r = cli(
                "ingest",
                "--db",
                other.toString(),
                "--threads",
                "2",
                site.url("/news/ferry-strike.html"),
                site.url("/courier/estuary-ferries-halted.html"),
                site.url("/news/annual-report.pdf"));
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(
                r.out()
                        .contains("pages: 3 fetched, 1 failed, 0 skipped; articles: 2 stored, 0 replaced, 0 unchanged; "
                                + "copies of an earlier story: 1"),
                r.out());
        assertTrue(
                r.err()
                        .contains(site.url("/news/annual-report.pdf")
                                + ": not an HTML page (Content-Type: application/pdf)"),
                r.err());
        assertTrue(Files.isRegularFile(other.resolve(Watcher.STORY_FILE)), "the story index is kept beside the store");
    }

    @Test
    @Order(8)
    void usageErrorsAndABrokenStateFileAreNamed() throws Exception {
        Run every = cli("watch", "--feeds", feeds.toString(), "--db", db.toString(), "--every", "10s");
        assertEquals(2, every.status());
        assertTrue(every.err().contains("--every must be at least 1m"), every.err());
        Run badDuration = cli("watch", "--once", "--feeds", feeds.toString(), "--timeout", "soon");
        assertEquals(2, badDuration.status());
        assertTrue(
                badDuration.err().contains("--timeout must be a duration like 90s, 15m or 1h, not 'soon'"),
                badDuration.err());
        Run noList =
                cli("watch", "--once", "--feeds", tmp.resolve("missing.txt").toString());
        assertEquals(2, noList.status());
        assertTrue(noList.err().contains("cannot read the feed list " + tmp.resolve("missing.txt")), noList.err());
        Path empty = tmp.resolve("empty-list.txt");
        Files.writeString(empty, "# nothing yet\nnot-a-url\n");
        Run none = cli("watch", "--once", "--feeds", empty.toString());
        assertEquals(2, none.status());
        assertTrue(none.err().contains(empty + ":2: 'not-a-url' is not an http(s) URL"), none.err());
        assertTrue(none.err().contains(empty + " lists no feed URL"), none.err());

        Path broken = tmp.resolve("broken-state");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve(Watcher.STATE_FILE), "{\"feeds\": [1, 2");
        Run r = cli("watch", "--once", "--feeds", feeds.toString(), "--db", broken.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("cannot read the watch state " + broken.resolve(Watcher.STATE_FILE)), r.err());
    }

    @Test
    @Order(9)
    void ingestOfFilesMarksCopiesWhenAskedAndAgainChangesNothing() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("saved-pages"));
        Files.writeString(folder.resolve("a-gazette.html"), site.resource("/news/ferry-strike.html"));
        Files.writeString(folder.resolve("b-courier.html"), site.resource("/courier/estuary-ferries-halted.html"));
        Files.writeString(folder.resolve("c-library.html"), site.resource("/courier/library-reopens.html"));
        Path store = tmp.resolve("db-files");
        Run plain =
                cli("ingest", "--db", tmp.resolve("db-files-plain").toString(), "--threads", "2", folder.toString());
        assertTrue(plain.out().contains("3 stored") && !plain.out().contains("copies"), plain.out());
        assertTrue(
                !Files.exists(tmp.resolve("db-files-plain").resolve(Watcher.STORY_FILE)),
                "files are marked only when asked");

        Run r = cli("ingest", "--db", store.toString(), "--threads", "2", "--mark-copies", folder.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("3 stored") && r.out().contains("; copies of an earlier story: 1"), r.out());
        List<String> index = Files.readAllLines(store.resolve(Watcher.STORY_FILE));
        assertEquals(3, index.size(), index.toString());

        Run again = cli("ingest", "--db", store.toString(), "--threads", "2", "--mark-copies", folder.toString());
        assertTrue(again.out().contains("0 stored, 0 replaced, 3 unchanged"), again.out());
        assertEquals(index, Files.readAllLines(store.resolve(Watcher.STORY_FILE)), "nothing new to remember");
    }

    static String sorted(String list) {
        return String.join("; ", new java.util.TreeSet<>(List.of(list.split("; "))));
    }

    static final String PREFIXES =
            "PREFIX nk: <https://newskg.org/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

    /** Runs a SELECT on the store (closed again afterwards, as the watcher needs it to itself). */
    static List<Map<String, String>> rows(String query) {
        Query q = QueryFactory.create(query.contains("PREFIX nk:") ? query : PREFIXES + query);
        try (Store store = Store.openExisting(db)) {
            return Txn.calculateRead(store.dataset(), () -> {
                List<Map<String, String>> out = new ArrayList<>();
                try (QueryExecution qe =
                        QueryExecution.dataset(store.dataset()).query(q).build()) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution s = rs.next();
                        Map<String, String> row = new TreeMap<>();
                        s.varNames().forEachRemaining(v -> {
                            var n = s.get(v);
                            row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                        });
                        out.add(row);
                    }
                }
                return out;
            });
        }
    }
}
