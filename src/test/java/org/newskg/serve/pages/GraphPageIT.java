package org.newskg.serve.pages;

import com.fasterxml.jackson.databind.JsonNode;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The graph page and the query page in headless Chromium, on the bundled examples: the persons are
 * drawn, clicking one lists its statements, the query page offers the examples and shows results.
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

    @Test
    void graphPageDrawsPersonsAndListsStatementsOnClick() throws Exception {
        browser.navigate(url("/graph"));
        browser.waitFor("window.newskgGraph && window.newskgGraph.ready", Duration.ofSeconds(60));

        Set<String> expected = new HashSet<>();
        graph.nodes().stream().filter(n -> n.type().equals("person")).forEach(n -> expected.add(n.label()));
        assertTrue(expected.containsAll(List.of("Clara Weissmann", "Paola Ferrante", "Sofia Irigoyen")), expected.toString());
        JsonNode drawn = browser.eval("cy.nodes('[type = \"person\"]').filter(n => n.visible()"
                + " && n.renderedBoundingBox().w > 0).map(n => n.data('label'))");
        Set<String> drawnLabels = new HashSet<>();
        drawn.forEach(n -> drawnLabels.add(n.asText()));
        assertEquals(expected, drawnLabels);

        // the person with the most statements, clicked with the mouse where Cytoscape drew it
        PropertyGraph.Node speaker = graph.nodes().stream().filter(n -> n.type().equals("person"))
                .max(java.util.Comparator.comparingLong(n -> (Long) n.attrs().get("statements"))).orElseThrow();
        assertTrue((Long) speaker.attrs().get("statements") > 0);
        String said = graph.edges().stream().filter(e -> e.source().equals(speaker.id()) && e.relation().equals("said"))
                .map(e -> graph.nodesById().get(e.target()).attrs().get("text").toString()).findFirst().orElseThrow();
        JsonNode at = browser.eval("(() => { const n = cy.getElementById('" + speaker.id() + "'); cy.center(n);"
                + " const p = n.renderedPosition(); const r = document.getElementById('cy').getBoundingClientRect();"
                + " return {x: r.left + p.x, y: r.top + p.y}; })()");
        browser.click(at.get("x").asDouble(), at.get("y").asDouble());
        try {
            browser.waitFor("document.querySelectorAll('#statements li:not(.none)').length > 0", Duration.ofSeconds(30));
        } catch (AssertionError e) {
            browser.screenshot(SHOTS.resolve("graph-page-failed.png"));
            throw new AssertionError(e.getMessage() + "; clicked at " + at + "; details: "
                    + browser.eval("document.getElementById('details').innerText").asText(), e);
        }
        assertEquals(speaker.label(), browser.eval("document.querySelector('#details h2').textContent").asText());
        String listed = browser.eval("document.getElementById('statements').innerText").asText();
        assertTrue(listed.contains(speaker.label()), listed);
        assertTrue(listed.contains(said), "lists \"" + said + "\" in: " + listed);
        JsonNode links = browser.eval("[...document.querySelectorAll('#statements a.article')].map(a => a.href)");
        assertTrue(links.size() > 0, "each statement links to its article");
        browser.eval("cy.fit(undefined, 30), true");
        browser.screenshot(SHOTS.resolve("graph-page.png"));

        // the selection as SPARQL: the link opens the query page with the nodes query
        String link = browser.eval("document.getElementById('sparql-link').href").asText();
        assertTrue(link.startsWith(url("/#query=")), link);
    }

    @Test
    void queryPageOffersTheExamplesAndShowsATable() throws Exception {
        browser.navigate(url("/"));
        browser.waitFor("document.querySelectorAll('#example-list li').length > 0", Duration.ofSeconds(30));
        JsonNode files = browser.eval("[...document.querySelectorAll('#example-list code')].map(c => c.textContent)");
        Set<String> offered = new HashSet<>();
        files.forEach(f -> offered.add(f.asText()));
        assertTrue(offered.containsAll(List.of("persons.rq", "statements-by-person.rq", "who-met-whom.rq")), offered.toString());
        // click "meeting-timeline.rq" with the mouse: it loads and runs
        JsonNode at = browser.eval("(() => { const li = [...document.querySelectorAll('#example-list li')]"
                + ".find(l => l.querySelector('code').textContent === 'meeting-timeline.rq'); li.scrollIntoView();"
                + " const r = li.getBoundingClientRect(); return {x: r.left + 20, y: r.top + 8}; })()");
        browser.click(at.get("x").asDouble(), at.get("y").asDouble());
        browser.waitFor("window.newskgYasgui.getTab().getYasqe().getValue().includes('timeline')"
                + " && document.querySelector('.yasr table thead') !== null"
                + " && document.querySelector('.yasr table thead').textContent.includes('participants')"
                + " && document.querySelectorAll('.yasr table tbody tr').length > 0", Duration.ofSeconds(30));
        assertTrue(browser.eval("document.querySelector('a[href=\"/graph\"]') !== null").asBoolean(), "links to the graph page");
        browser.screenshot(SHOTS.resolve("query-page.png"));
    }
}
