package org.newskg.serve.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newskg.export.PropertyGraph;
import org.newskg.export.PropertyGraphs;
import org.newskg.pipeline.TestKit;
import org.newskg.serve.Server;
import org.newskg.store.Store;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * The graph page and the query page in headless Chromium, on the bundled examples: the default view is a
 * connected network (the page states what it drew in data-nodes and data-isolated), labels do not
 * overlap, clicking a person lists their statements and their story, the date range changes what is
 * drawn, the view exports as GraphML, GEXF and Cytoscape JSON; the query page offers the examples and
 * shows results.
 * Screenshots go to target/screenshots/. Skipped when Chromium is absent, except on CI (CI set),
 * where it fails: .ci/run installs Chromium.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphPageIT {
    static final Path SHOTS = Path.of("target/screenshots");
    private Store store;
    private Server server;
    private Chromium browser;
    private PropertyGraph graph;

    @BeforeAll
    void start() throws Exception {
        Path chromium = Chromium.binary();
        if (chromium == null) {
            if (System.getenv("CI") != null) {
                fail("Chromium is not installed, and CI must run the browser test (.ci/run installs it)");
            }
            Assumptions.abort("Chromium is not installed");
        }
        Path tmp = Files.createTempDirectory("newskg-pages-it");
        store = Store.open(tmp.resolve("db"));
        store.ensureOntology();
        TestKit.ingest(store, TestKit.examples(tmp.resolve("examples")));
        graph = PropertyGraphs.of(store.dataset());
        server = Server.builder(store.dataset()).port(0).start();
        browser = new Chromium(chromium, 1400, 850);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    /** Opens the graph page and waits until it says what it drew. */
    private void openGraphPage() throws Exception {
        browser.navigate(url("/graph"));
        waitForDrawing();
    }

    private void waitForDrawing() throws Exception {
        browser.waitFor(
                "window.newskgGraph && window.newskgGraph.ready"
                        + " && document.getElementById('cy').hasAttribute('data-nodes')",
                Duration.ofSeconds(60));
    }

    private int attr(String name) throws Exception {
        return Integer.parseInt(browser.eval("document.getElementById('cy').getAttribute('" + name + "')")
                .asText());
    }

    private Set<String> drawnLabels(String type) throws Exception {
        JsonNode drawn = browser.eval("cy.nodes('[type = \"" + type + "\"]').filter(n => n.visible()"
                + " && n.renderedBoundingBox().w > 0).map(n => n.data('name'))");
        Set<String> labels = new HashSet<>();
        drawn.forEach(n -> labels.add(n.asText()));
        return labels;
    }

    /**
     * The persons the default view links to something, worked out from the export's property graph (not
     * from the page's queries): a role of a country or organisation, a meeting, a statement about someone.
     */
    private Set<String> linkedPersons() {
        Map<String, PropertyGraph.Node> byId = graph.nodesById();
        Set<String> roleWithPlace = new HashSet<>();
        Set<String> statementAbout = new HashSet<>();
        for (PropertyGraph.Edge e : graph.edges()) {
            if (e.relation().equals("role of")) {
                roleWithPlace.add(e.source());
            }
            if (e.relation().equals("about")
                    && Set.of("person", "organisation", "location", "meeting")
                            .contains(byId.get(e.target()).type())) {
                statementAbout.add(e.source());
            }
        }
        Set<String> linked = new HashSet<>();
        for (PropertyGraph.Edge e : graph.edges()) {
            PropertyGraph.Node source = byId.get(e.source());
            if (!source.type().equals("person")) {
                continue;
            }
            boolean link = switch (e.relation()) {
                case "holds role", "formerly held role" -> roleWithPlace.contains(e.target());
                case "took part in" -> true;
                case "said" -> statementAbout.contains(e.target());
                default -> false;
            };
            if (link) {
                linked.add(source.label());
            }
        }
        return linked;
    }

    @Test
    void defaultViewIsAConnectedNetworkOfThePersons() throws Exception {
        openGraphPage();
        int nodes = attr("data-nodes");
        int isolated = attr("data-isolated");
        // what the page states is what Cytoscape holds
        assertEquals(browser.eval("cy.nodes().length").asInt(), nodes);
        assertEquals(
                browser.eval("cy.nodes().filter(n => n.degree(false) === 0).length")
                        .asInt(),
                isolated);
        assertTrue(nodes >= 10, "a network, not a handful of dots: " + nodes + " nodes");
        assertTrue(isolated < 0.1 * nodes, isolated + " of " + nodes + " nodes without an edge");

        Set<String> linked = linkedPersons();
        assertTrue(
                linked.containsAll(List.of("Clara Weissmann", "Paola Ferrante", "Sofia Irigoyen")), linked.toString());
        assertEquals(linked, drawnLabels("person"), "every linked person is drawn, and only those");
        Set<String> kinds = new HashSet<>();
        browser.eval("cy.edges().map(e => e.data('kind'))").forEach(k -> kinds.add(k.asText()));
        assertTrue(
                kinds.containsAll(List.of("role", "took part in", "met", "held at")),
                "edges labelled by kind: " + kinds);
        assertTrue(
                browser.eval("cy.edges().every(e => e.data('weight') >= 1)").asBoolean(), "edges weighted by articles");

        // the toggle brings in the entities without a link (persons who only spoke, places only mentioned)
        Set<String> allPersons = new HashSet<>();
        graph.nodes().stream().filter(n -> n.type().equals("person")).forEach(n -> allPersons.add(n.label()));
        assertTrue(allPersons.size() > linked.size(), "the examples have persons without a link: " + allPersons);
        browser.eval("document.getElementById('isolated').click(), true");
        waitForDrawing();
        assertTrue(attr("data-isolated") > 0, "isolated nodes shown on request");
        assertEquals(nodes + attr("data-isolated"), attr("data-nodes"));
        assertEquals(allPersons, drawnLabels("person"));
    }

    @Test
    void searchFindsAPersonByAnyOfItsNames() throws Exception {
        openGraphPage();
        // a name the person goes by that is not their label, where the examples have one
        Set<String> drawn = drawnLabels("person");
        PropertyGraph.Node person = graph.nodes().stream()
                .filter(n -> n.type().equals("person") && drawn.contains(n.label()))
                .findFirst()
                .orElseThrow();
        String name = person.names().stream()
                .filter(x -> !person.label().toLowerCase().contains(x.toLowerCase()))
                .findFirst()
                .orElse(person.label().substring(person.label().indexOf(' ') + 1));
        browser.eval("(() => { const s = document.getElementById('search'); s.value = "
                + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(name)
                + "; s.dispatchEvent(new Event('input')); return true; })()");
        browser.waitFor("window.newskgGraph.names.size > 0", Duration.ofSeconds(30));
        JsonNode hits = browser.eval("cy.nodes('.hit').map(n => n.data('name'))");
        assertTrue(hits.toString().contains(person.label()), "searching '" + name + "' finds " + hits);
        assertTrue(browser.eval("cy.nodes('.faded').length > 0").asBoolean(), "the rest fades");
        assertEquals(
                0,
                browser.eval("document.querySelectorAll('#details .error').length")
                        .asInt(),
                browser.eval("document.getElementById('details').innerText").asText());
    }

    @Test
    void labelsDoNotOverlapAtDefaultZoom() throws Exception {
        openGraphPage();
        JsonNode boxes = browser.eval("cy.nodes().filter(n => !n.hasClass('quiet')).map(n => n.renderedBoundingBox("
                + "{ includeNodes: false, includeEdges: false, includeLabels: true }))");
        int shown = boxes.size();
        assertTrue(shown >= attr("data-nodes") / 2, "labels shown: " + shown + " of " + attr("data-nodes"));
        assertEquals(shown, attr("data-labels"));
        for (int i = 0; i < shown; i++) {
            for (int j = i + 1; j < shown; j++) {
                JsonNode a = boxes.get(i), b = boxes.get(j);
                boolean overlap = a.get("x1").asDouble() < b.get("x2").asDouble()
                        && b.get("x1").asDouble() < a.get("x2").asDouble()
                        && a.get("y1").asDouble() < b.get("y2").asDouble()
                        && b.get("y1").asDouble() < a.get("y2").asDouble();
                assertFalse(overlap, "labels overlap: " + a + " and " + b);
            }
        }
        // the most connected node keeps its label
        assertTrue(browser.eval("!cy.nodes().max(n => n.degree(false)).ele.hasClass('quiet')")
                .asBoolean());
        // node size follows the mentions
        assertTrue(
                browser.eval("cy.nodes().every(m => cy.nodes().every(n => m.data('mentions') <= n.data('mentions')"
                                + " || m.width() >= n.width()))")
                        .asBoolean(),
                "a node mentioned more is not drawn smaller");
    }

    @Test
    void clickingAPersonListsTheirStatementsAndTheirStory() throws Exception {
        openGraphPage();
        // the person with the most statements among those drawn, clicked with the mouse where Cytoscape drew it
        Set<String> drawn = drawnLabels("person");
        PropertyGraph.Node speaker = graph.nodes().stream()
                .filter(n -> n.type().equals("person") && drawn.contains(n.label()))
                .max(java.util.Comparator.comparingLong(n -> (Long) n.attrs().get("statements")))
                .orElseThrow();
        assertTrue((Long) speaker.attrs().get("statements") > 0);
        String said = graph.edges().stream()
                .filter(e -> e.source().equals(speaker.id()) && e.relation().equals("said"))
                .map(e -> graph.nodesById().get(e.target()).attrs().get("text").toString())
                .findFirst()
                .orElseThrow();
        JsonNode at = browser.eval("(() => { const n = cy.getElementById('" + speaker.id() + "'); cy.center(n);"
                + " const p = n.renderedPosition(); const r = document.getElementById('cy').getBoundingClientRect();"
                + " return {x: r.left + p.x, y: r.top + p.y}; })()");
        browser.click(at.get("x").asDouble(), at.get("y").asDouble());
        try {
            browser.waitFor(
                    "document.querySelectorAll('#statements li:not(.none)').length > 0", Duration.ofSeconds(30));
        } catch (AssertionError e) {
            browser.screenshot(SHOTS.resolve("graph-page-failed.png"));
            throw new AssertionError(
                    e.getMessage() + "; clicked at " + at + "; details: "
                            + browser.eval("document.getElementById('details').innerText")
                                    .asText(),
                    e);
        }
        assertEquals(
                speaker.label(),
                browser.eval("document.querySelector('#details h2').textContent")
                        .asText());
        String listed =
                browser.eval("document.getElementById('statements').innerText").asText();
        assertTrue(listed.contains(speaker.label()), listed);
        assertTrue(listed.contains(said), "lists \"" + said + "\" in: " + listed);
        JsonNode links = browser.eval("[...document.querySelectorAll('#statements a.article')].map(a => a.href)");
        assertTrue(links.size() > 0, "each statement links to its article");
        JsonNode asSparql = browser.eval(
                "[...document.querySelectorAll('#details a.as-sparql')].map(a => a.textContent + ' ' + a.href)");
        assertEquals(2, asSparql.size(), "the statements and the neighbours as SPARQL: " + asSparql);
        asSparql.forEach(a -> assertTrue(a.asText().contains(url("/#query=")), a.asText()));

        // the story: meetings and statements in date order, each with its evidence and article
        browser.eval(
                "[...document.querySelectorAll('#details .tabs button')].find(b => b.textContent === 'Story').click(), true");
        browser.waitFor("document.querySelectorAll('#story li:not(.none)').length > 0", Duration.ofSeconds(30));
        JsonNode story = browser.eval("[...document.querySelectorAll('#story li')].map(li => ({ kind: li.className,"
                + " date: li.querySelector('.date').textContent, evidence: !!li.querySelector('.evidence'),"
                + " article: !!li.querySelector('a.article'), text: li.innerText }))");
        long meetings = graph.edges().stream()
                .filter(e -> e.source().equals(speaker.id()) && e.relation().equals("took part in"))
                .count();
        assertEquals(meetings, countKind(story, "meeting"), story.toString());
        assertTrue(countKind(story, "statement") > 0, story.toString());
        String previous = "";
        for (JsonNode item : story) {
            String date = item.get("date").asText();
            assertTrue(date.equals("undated") || date.compareTo(previous) >= 0, "in date order: " + story);
            previous = date.equals("undated") ? previous : date;
            assertTrue(
                    item.get("evidence").asBoolean() && item.get("article").asBoolean(),
                    "evidence and article: " + item);
        }
        assertTrue(story.toString().contains(said), story.toString());
        browser.screenshot(SHOTS.resolve("graph-page-story.png"));
        browser.eval("document.querySelectorAll('#details .tabs button')[0].click(), cy.fit(undefined, 30), true");
        browser.waitFor("document.querySelectorAll('#statements li:not(.none)').length > 0", Duration.ofSeconds(30));
        browser.screenshot(SHOTS.resolve("graph-page.png"));

        // the view as SPARQL: the link opens the query page with the network query
        String link =
                browser.eval("document.getElementById('sparql-link').href").asText();
        assertTrue(link.startsWith(url("/#query=")), link);
        assertTrue(
                java.net.URLDecoder.decode(link, java.nio.charset.StandardCharsets.UTF_8)
                        .contains("nk:participant"),
                link);
    }

    private static long countKind(JsonNode items, String kind) {
        long n = 0;
        for (JsonNode i : items) {
            n += i.get("kind").asText().equals(kind) ? 1 : 0;
        }
        return n;
    }

    @Test
    void theTimelineRangeChangesWhatIsDrawn() throws Exception {
        openGraphPage();
        int all = attr("data-nodes");
        browser.waitFor("window.newskgGraph.timelineReady", Duration.ofSeconds(30));
        JsonNode range = browser.eval(
                "(() => { const r = document.getElementById('range-to');"
                        + " return { min: +r.min, max: +r.max, label: document.getElementById('range-label').textContent }; })()");
        assertTrue(range.get("max").asInt() > range.get("min").asInt(), "a range over the data's dates: " + range);
        assertTrue(
                range.get("label").asText().startsWith("2024-11-01"),
                "the examples' first date is a meeting in 2024-11: " + range);
        // the end of the range moved to its start, as a user drags it
        browser.eval("(() => { const r = document.getElementById('range-to'); r.value = r.min;"
                + " r.dispatchEvent(new Event('input')); return true; })()");
        waitForDrawing();
        int early = attr("data-nodes");
        assertTrue(early < all, "fewer nodes before 2024-11-02: " + early + " of " + all);
        assertEquals(
                "2024-11-01",
                browser.eval("document.getElementById('to').value").asText());
        String link = java.net.URLDecoder.decode(
                browser.eval("document.getElementById('sparql-link').href").asText(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(link.contains("\"2024-11-01\""), "the view's SPARQL has the range: " + link);
        browser.screenshot(SHOTS.resolve("graph-page-timeline.png"));
        browser.eval("document.getElementById('range-reset').click(), true");
        waitForDrawing();
        assertEquals(all, attr("data-nodes"));
    }

    @Test
    void exportOfTheViewParsesAsGraphMLGexfAndCytoscapeJson() throws Exception {
        openGraphPage();
        int nodes = attr("data-nodes");
        int edges = attr("data-edges");
        String graphml =
                browser.eval("window.newskgGraph.exportView('graphml')").asText();
        Document doc = parse(graphml);
        assertEquals(
                "http://graphml.graphdrawing.org/xmlns",
                doc.getDocumentElement().getNamespaceURI());
        assertEquals(
                nodes,
                doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node")
                        .getLength());
        assertEquals(
                edges,
                doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "edge")
                        .getLength());
        assertTrue(graphml.contains(">Clara Weissmann</data>"), "labels in the export");
        // every edge joins two nodes of the file
        Set<String> ids = new HashSet<>();
        var ns = doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node");
        for (int i = 0; i < ns.getLength(); i++) {
            ids.add(((org.w3c.dom.Element) ns.item(i)).getAttribute("id"));
        }
        var es = doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "edge");
        for (int i = 0; i < es.getLength(); i++) {
            org.w3c.dom.Element e = (org.w3c.dom.Element) es.item(i);
            assertTrue(
                    ids.contains(e.getAttribute("source")) && ids.contains(e.getAttribute("target")),
                    e.getAttribute("id"));
        }
        Document gexf =
                parse(browser.eval("window.newskgGraph.exportView('gexf')").asText());
        assertEquals(
                nodes,
                gexf.getElementsByTagNameNS("http://gexf.net/1.3", "node").getLength());
        JsonNode cyjs = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(browser.eval("window.newskgGraph.exportView('cytoscape')")
                        .asText());
        assertEquals(nodes, cyjs.path("elements").path("nodes").size());
        assertEquals(edges, cyjs.path("elements").path("edges").size());
        // the button saves a file: the page makes a blob: link for it
        assertTrue(browser.eval("(() => { let href = null; const orig = HTMLAnchorElement.prototype.click;"
                        + " HTMLAnchorElement.prototype.click = function () { href = this.href + ' ' + this.download; };"
                        + " document.getElementById('export').click(); HTMLAnchorElement.prototype.click = orig;"
                        + " return href; })()")
                .asText()
                .matches("blob:.* newskg-view\\.graphml"));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /**
     * The whole-corpus store (scripts/screenshots.sh passes it as -Dnewskg.corpusStore=DIR; ingesting the
     * corpus takes longer than this test should): the page opens in under 2 s, draws the most mentioned
     * entities, and a double-click brings in a node's neighbours.
     */
    @Test
    void onTheCorpusStoreThePageOpensInUnderTwoSeconds() throws Exception {
        String dir = System.getProperty("newskg.corpusStore");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "no -Dnewskg.corpusStore=DIR");
        try (Store corpus = Store.open(Path.of(dir))) {
            Server corpusServer = Server.builder(corpus.dataset()).port(0).start();
            try {
                String page = "http://127.0.0.1:" + corpusServer.port() + "/graph";
                // the first opening after the server started, then three with warm caches (their median), as
                // a user sees them; on a machine shared with other work single figures vary by a factor of two
                long[] opened = new long[4];
                for (int i = 0; i < opened.length; i++) {
                    browser.navigate("about:blank");
                    browser.navigate(page);
                    waitForDrawing();
                    opened[i] = attr("data-open-ms");
                }
                long[] warm = java.util.Arrays.copyOfRange(opened, 1, opened.length);
                java.util.Arrays.sort(warm);
                long median = warm[warm.length / 2];
                System.out.println("graph page on " + dir + ": opened in " + opened[0] + " ms (first), "
                        + median + " ms (median of " + java.util.Arrays.toString(warm) + " again; last: "
                        + browser.eval("JSON.stringify(window.newskgGraph.timings)")
                                .asText() + "; layout again: "
                        + browser.eval(
                                        "(() => { const t = performance.now(); document.getElementById('relayout').click();"
                                                + " return Math.round(performance.now() - t); })()")
                                .asText()
                        + " ms); "
                        + attr("data-nodes") + " nodes, " + attr("data-edges") + " edges");
                int nodes = attr("data-nodes");
                assertTrue(nodes >= 50 && attr("data-isolated") == 0, nodes + " nodes");
                browser.eval("cy.fit(undefined, 30), true");
                browser.screenshot(SHOTS.resolve("graph-page-corpus.png"));

                // the neighbours of the most connected place, fetched on demand
                String place = browser.eval("cy.nodes('[type = \"location\"]').max(n => n.degree(false)).ele.id()")
                        .asText();
                int before = browser.eval("cy.getElementById('" + place + "').degree(false)")
                        .asInt();
                browser.eval("cy.getElementById('" + place + "').emit('dbltap'), true");
                browser.waitFor("window.newskgGraph.expanded.size === 1", Duration.ofSeconds(10));
                waitForDrawing();
                int after = browser.eval("cy.getElementById('" + place + "').degree(false)")
                        .asInt();
                assertTrue(after > before, "neighbours of " + place + ": " + before + " -> " + after + " edges");
                assertTrue(attr("data-nodes") > nodes, "new nodes: " + nodes + " -> " + attr("data-nodes"));
                assertTrue(median < 2000, "the page opens in " + median + " ms");
            } finally {
                corpusServer.stop();
            }
        }
    }

    @Test
    void queryPageOffersTheExamplesAndShowsATable() throws Exception {
        browser.navigate(url("/"));
        browser.waitFor("document.querySelectorAll('#example-list li').length > 0", Duration.ofSeconds(30));
        JsonNode files = browser.eval("[...document.querySelectorAll('#example-list code')].map(c => c.textContent)");
        Set<String> offered = new HashSet<>();
        files.forEach(f -> offered.add(f.asText()));
        assertTrue(
                offered.containsAll(List.of("persons.rq", "statements-by-person.rq", "who-met-whom.rq")),
                offered.toString());
        // click "meeting-timeline.rq" with the mouse: it loads and runs
        JsonNode at = browser.eval("(() => { const li = [...document.querySelectorAll('#example-list li')]"
                + ".find(l => l.querySelector('code').textContent === 'meeting-timeline.rq'); li.scrollIntoView();"
                + " const r = li.getBoundingClientRect(); return {x: r.left + 20, y: r.top + 8}; })()");
        browser.click(at.get("x").asDouble(), at.get("y").asDouble());
        browser.waitFor(
                "window.newskgYasgui.getTab().getYasqe().getValue().includes('timeline')"
                        + " && document.querySelector('.yasr table thead') !== null"
                        + " && document.querySelector('.yasr table thead').textContent.includes('participants')"
                        + " && document.querySelectorAll('.yasr table tbody tr').length > 0",
                Duration.ofSeconds(30));
        assertTrue(
                browser.eval("document.querySelector('a[href=\"/graph\"]') !== null")
                        .asBoolean(),
                "links to the graph page");
        browser.screenshot(SHOTS.resolve("query-page.png"));
    }
}
