package org.newskg.link.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.link.KbEntry;
import org.newskg.link.KbType;
import org.newskg.link.LinkRequest;
import org.newskg.link.RoleHint;
import org.newskg.link.WikidataIndex;

/** The online linker and its client against {@link FixtureServer}, a local stand-in for the Wikidata API. */
class OnlineLinkerIT {
    private static WikidataIndex kb;

    @TempDir
    Path cache;

    private FixtureServer server;

    @BeforeAll
    static void index() {
        kb = WikidataIndex.loadDefault();
        for (String n : List.of(
                "Greta Thunberg",
                "Lindsey Vonn",
                "Avdiivka",
                "Chasiv Yar",
                "Mark Thompson",
                "Bellingcat",
                "Sarah Williams",
                "Peter Müller")) {
            // the online linker only asks about names the offline index lacks
            assertTrue(kb.typesOf(n).isEmpty(), n + " is in the offline index: pick another fixture name");
        }
    }

    @BeforeEach
    void start() throws Exception {
        server = new FixtureServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private WikidataOptions options(URI api) {
        return WikidataOptions.defaults(cache)
                .withApi(api)
                .withRequestsPerSecond(50)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3));
    }

    private OnlineLinker linker(WikidataOptions o) {
        return new OnlineLinker(kb, new WikidataClient(o));
    }

    private OnlineLinker linker() {
        return linker(options(server.api()));
    }

    @Test
    void personFoundOnlineIsLinked() {
        OnlineLinker l = linker();
        Optional<KbEntry> e = l.apply(LinkRequest.of("Greta Thunberg", KbType.PERSON));
        assertEquals("Q56434717", e.orElseThrow().qid());
        assertEquals(KbType.PERSON, e.get().type());
        assertEquals("Q34", e.get().countryQid(), "citizenship (P27) as the country");
        assertEquals(60, e.get().prominence(), "sitelinks as prominence");
        // only the exact label match is fetched: "Greta Thunberg effect" is not
        FixtureServer.Request get = server.requests.stream()
                .filter(r -> "wbgetentities".equals(r.action()))
                .findFirst()
                .orElseThrow();
        assertEquals("Q56434717", get.params().get("ids"));
        assertEquals("labels|aliases|claims|sitelinks", get.params().get("props"));
        assertEquals("en", get.params().get("languages"));
        FixtureServer.Request search = server.requests.get(0);
        assertEquals("wbsearchentities", search.action());
        assertEquals("en", search.params().get("language"));
        assertEquals("5", search.params().get("maxlag"));
        assertTrue(
                search.userAgent().startsWith("newskg/")
                        && search.userAgent().contains("(https://github.com/newskg; contact in README)"),
                search.userAgent());
    }

    @Test
    void surnameGoesThroughTheFullNameOfTheArticle() {
        OnlineLinker l = linker();
        LinkRequest r = new LinkRequest(
                "Thunberg", List.of("Greta Thunberg", "Thunberg"), KbType.PERSON, List.of(), null, Set.of());
        assertEquals("Q56434717", l.apply(r).orElseThrow().qid());
        // alone, a surname is not searched at all
        server.requests.clear();
        assertTrue(l.apply(LinkRequest.of("Vonn", KbType.PERSON)).isEmpty());
        assertEquals(0, server.requests.size());
    }

    @Test
    void placeFoundOnlineIsLinked() {
        OnlineLinker l = linker();
        KbEntry city = l.apply(LinkRequest.of("Avdiivka", KbType.CITY)).orElseThrow();
        assertEquals("Q160294", city.qid());
        assertEquals(KbType.CITY, city.type());
        assertEquals("Q212", city.countryQid());
        // an unlisted settlement class: a place by its coordinates and country
        KbEntry town = l.apply(LinkRequest.of("Chasiv Yar", KbType.CITY)).orElseThrow();
        assertEquals("Q1071948", town.qid());
        assertTrue(town.type().isPlace());
    }

    @Test
    void ambiguousNameAbstains() {
        OnlineLinker l = linker();
        assertTrue(
                l.apply(LinkRequest.of("Mark Thompson", KbType.PERSON)).isEmpty(),
                "9, 4 and 2 sitelinks: no clear lead");
        // the article's context picks one (a British citizen in an article about the UK)
        LinkRequest uk = new LinkRequest("Mark Thompson", List.of(), KbType.PERSON, List.of(), null, Set.of("Q145"));
        assertEquals("Q6770513", l.apply(uk).orElseThrow().qid());
    }

    @Test
    void roleHintPicksTheCandidateHoldingThePosition() {
        OnlineLinker l = linker();
        assertTrue(l.apply(LinkRequest.of("Sarah Williams", KbType.PERSON)).isEmpty());
        RoleHint member = new RoleHint("Q110734040", "Member of the Senedd", null);
        LinkRequest r =
                new LinkRequest("Sarah Williams", List.of(), KbType.PERSON, List.of(member), "2024-03-01", Set.of());
        assertEquals("Q7422995", l.apply(r).orElseThrow().qid());
        KbEntry e = l.apply(r).orElseThrow();
        assertTrue(e.held("Q110734040", "2024-03-01"));
        assertTrue(e.held("Q3406079", "2018-06-01"), "year-precision qualifiers (P580/P582) read");
        assertFalse(e.held("Q3406079", "2023-06-01"));
    }

    @Test
    void wrongTypeAbstains() {
        OnlineLinker l = linker();
        assertTrue(l.apply(LinkRequest.of("Bellingcat", KbType.PERSON)).isEmpty(), "an organisation is not a person");
        assertTrue(l.apply(LinkRequest.of("Lindsey Vonn", KbType.CITY)).isEmpty(), "a person is not a place");
        assertTrue(
                l.apply(LinkRequest.of("Greta Thunberg", KbType.ORGANIZATION)).isEmpty());
        assertEquals(
                "Q17021186",
                l.apply(LinkRequest.of("Bellingcat", KbType.ORGANIZATION))
                        .orElseThrow()
                        .qid(),
                "headquarters (P159): an organisation");
    }

    @Test
    void searchCutOffWhileStillMatchingAbstainsWithoutFetching() {
        OnlineLinker l = linker();
        assertTrue(l.apply(LinkRequest.of("Peter Müller", KbType.PERSON)).isEmpty());
        assertEquals(1, server.count("wbsearchentities"));
        assertEquals(0, server.count("wbgetentities"));
    }

    @Test
    void unknownNameAndNamesOfTheIndexAskNothingMore() {
        OnlineLinker l = linker();
        assertTrue(l.apply(LinkRequest.of("Zorblax Quuxington", KbType.PERSON)).isEmpty());
        assertEquals(1, server.requests.size(), "an empty search needs no wbgetentities");
        server.requests.clear();
        assertTrue(l.apply(LinkRequest.of("Kyiv", KbType.CITY)).isEmpty(), "the index knows Kyiv: offline decides");
        assertTrue(l.apply(LinkRequest.of("Sergei Lavrov", KbType.PERSON)).isEmpty());
        assertEquals(0, server.requests.size());
    }

    @Test
    void cacheAnswersASecondRunWithoutHttp() throws Exception {
        assertEquals(
                "Q56434717",
                linker().apply(LinkRequest.of("Greta Thunberg", KbType.PERSON))
                        .orElseThrow()
                        .qid());
        assertEquals(
                "Q160294",
                linker().apply(LinkRequest.of("Avdiivka", KbType.CITY))
                        .orElseThrow()
                        .qid());
        assertTrue(linker().apply(LinkRequest.of("Zorblax Quuxington", KbType.PERSON))
                .isEmpty());
        int before = server.requests.size();
        assertEquals(5, before);
        try (var files = Files.walk(cache)) {
            assertEquals(5, files.filter(f -> f.toString().endsWith(".json")).count(), "one file per request");
        }
        // a new client (a restart) on the same cache folder; the server is not even needed
        server.close();
        OnlineLinker again = linker(options(FixtureServer.closedPort()));
        assertEquals(
                "Q56434717",
                again.apply(LinkRequest.of("Greta Thunberg", KbType.PERSON))
                        .orElseThrow()
                        .qid());
        assertEquals(
                "Q160294",
                again.apply(LinkRequest.of("Avdiivka", KbType.CITY))
                        .orElseThrow()
                        .qid());
        assertTrue(
                again.apply(LinkRequest.of("Zorblax Quuxington", KbType.PERSON)).isEmpty());
        WikidataClient.Stats s = again.client().stats();
        assertEquals(0, s.requests(), s.toString());
        assertEquals(5, s.cacheHits(), s.toString());
        assertEquals(before, server.requests.size());
    }

    @Test
    void expiredCacheEntriesAreAskedAgain() {
        linker().apply(LinkRequest.of("Greta Thunberg", KbType.PERSON));
        assertEquals(2, server.requests.size());
        OnlineLinker stale = linker(options(server.api()).withCacheTtl(Duration.ZERO));
        assertEquals(
                "Q56434717",
                stale.apply(LinkRequest.of("Greta Thunberg", KbType.PERSON))
                        .orElseThrow()
                        .qid());
        assertEquals(4, server.requests.size());
    }

    @Test
    void rateLimitSpacesRequests() {
        double perSecond = 10; // 100 ms apart
        OnlineLinker l = linker(options(server.api()).withRequestsPerSecond(perSecond));
        for (String n : List.of("Greta Thunberg", "Lindsey Vonn", "Avdiivka", "Chasiv Yar")) {
            assertTrue(
                    l.apply(LinkRequest.of(n, n.startsWith("A") || n.startsWith("C") ? KbType.CITY : KbType.PERSON))
                            .isPresent(),
                    n);
        }
        List<FixtureServer.Request> rs = server.requests;
        assertEquals(8, rs.size());
        long span = rs.get(rs.size() - 1).nanoTime() - rs.get(0).nanoTime();
        // 7 gaps of at least 100 ms when sent; arrival jitter cannot take away half of that
        long min = (long) ((rs.size() - 1) * 1e9 / perSecond / 2);
        assertTrue(
                span >= min, "requests " + span / 1_000_000 + " ms apart in all, expected at least " + min / 1_000_000);
    }

    @Test
    void serverDownGivesNothingAndTheBreakerStopsFurtherAttempts() throws Exception {
        OnlineLinker l = linker(options(FixtureServer.closedPort()));
        assertTrue(l.apply(LinkRequest.of("Greta Thunberg", KbType.PERSON)).isEmpty());
        assertTrue(l.apply(LinkRequest.of("Lindsey Vonn", KbType.PERSON)).isEmpty());
        assertTrue(l.apply(LinkRequest.of("Avdiivka", KbType.CITY)).isEmpty());
        WikidataClient.Stats s = l.client().stats();
        assertEquals(1, s.requests(), "one attempt, then the breaker: " + s);
        assertEquals(2, s.skipped(), s.toString());
        assertTrue(s.breakerOpen());
    }

    @Test
    void slowServerTimesOutAndTheBreakerOpens() {
        server.delayMillis = 3_000;
        OnlineLinker l = linker(options(server.api()).withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)));
        assertTrue(l.apply(LinkRequest.of("Greta Thunberg", KbType.PERSON)).isEmpty());
        assertTrue(l.apply(LinkRequest.of("Lindsey Vonn", KbType.PERSON)).isEmpty());
        WikidataClient.Stats s = l.client().stats();
        assertEquals(1, s.requests(), s.toString());
        assertEquals(1, s.failures(), s.toString());
        assertTrue(s.breakerOpen());
    }

    @Test
    void breakerLetsATrialThroughAfterTheCooldown() throws Exception {
        URI down = FixtureServer.closedPort();
        WikidataClient c = new WikidataClient(options(down).withBreakerCooldown(Duration.ofMillis(50)));
        assertTrue(c.search("Greta Thunberg").isEmpty());
        assertTrue(c.search("Greta Thunberg").isEmpty());
        assertEquals(1, c.stats().requests());
        Thread.sleep(120);
        assertTrue(c.search("Greta Thunberg").isEmpty());
        assertEquals(2, c.stats().requests(), "a trial after the cooldown");
    }

    @Test
    void oddStatementsAreIgnored() {
        WikidataClient c = new WikidataClient(options(server.api()));
        WikidataItem it = c.items(List.of("Q4115189", "Q999999999")).get("Q4115189");
        assertEquals(List.of("Q35120"), it.instanceOf(), "deprecated P31 left out");
        assertEquals(List.of(), it.citizenships(), "somevalue has no item");
        assertEquals(1, c.items(List.of("Q4115189", "Q999999999")).size(), "missing entity left out");
    }
}
