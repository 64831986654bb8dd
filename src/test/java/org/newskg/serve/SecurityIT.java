package org.newskg.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.pipeline.TestKit;
import org.newskg.store.Store;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server's defences, each tried against a real server on 127.0.0.1 (issue 16 and the server
 * defects of issue 19). Remote endpoints are local stand-ins ({@link StandIn}).
 */
class SecurityIT {
    @TempDir
    static Path tmp;
    static Store store;
    /** A literal on which {@code (.*a){12}$} backtracks for ever: 45 a's and a b. */
    static final String BACKTRACK = "a".repeat(45) + "b";

    @BeforeAll
    static void fill() {
        store = Store.open(tmp.resolve("db"));
        List<Quad> quads = new ArrayList<>();
        Node g = NodeFactory.createURI("https://newskg.org/id/article/test");
        Node p = NodeFactory.createURI("http://example.org/p");
        for (int i = 0; i < 50; i++) {
            quads.add(Quad.create(g, NodeFactory.createURI("http://example.org/s" + i), p, NodeFactory.createLiteralString("v" + i)));
        }
        quads.add(Quad.create(g, NodeFactory.createURI("http://example.org/long"), p, NodeFactory.createLiteralString(BACKTRACK)));
        store.replaceGraph(g, quads);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static String sparql(Server s) {
        return "http://127.0.0.1:" + s.port() + "/newskg/sparql";
    }

    static String federated(String endpoint) {
        return "SELECT ?name { SERVICE <" + endpoint + "> { ?x <http://example.org/name> ?name } }";
    }

    // --- SERVICE ---------------------------------------------------------------------------------

    @Test
    void serviceIsRefusedByDefaultAndNothingLeavesTheServer() throws Exception {
        try (StandIn listener = StandIn.sparql("leaked")) {
            Server s = Server.builder(store.dataset()).port(0).start();
            try {
                HttpResponse<String> r = TestKit.get(sparql(s), federated(listener.url("/sparql")));
                assertClientError(r);
                assertTrue(r.body().contains("SERVICE") && r.body().contains("--allow-service"), r.body());
                ServerIT.assertNoStackTrace(r.body());
                // SILENT hides the error but must not make the call either
                HttpResponse<String> silent = TestKit.get(sparql(s),
                        "SELECT ?name { SERVICE SILENT <" + listener.url("/sparql") + "> { ?x ?p ?name } }");
                assertTrue(silent.statusCode() < 500, silent.body());
                assertEquals(0, listener.requests.get(), "the listener was called: " + listener.paths);
            } finally {
                s.stop();
            }
        }
    }

    @Test
    void allowedEndpointIsCalledOthersAreNot() throws Exception {
        try (StandIn allowed = StandIn.sparql("from the stand-in"); StandIn other = StandIn.sparql("leaked")) {
            Server s = Server.builder(store.dataset()).port(0)
                    .services(ServicePolicy.allowing(List.of(allowed.url("/sparql")))).start();
            try {
                assertEquals(List.of("from the stand-in"), TestKit.select(sparql(s), federated(allowed.url("/sparql"))).column("name"));
                assertEquals(1, allowed.requests.get());
                // another path on the same host is another endpoint
                assertClientError(TestKit.get(sparql(s), federated(allowed.url("/other"))));
                assertClientError(TestKit.get(sparql(s), federated(other.url("/sparql"))));
                assertEquals(1, allowed.requests.get());
                assertEquals(0, other.requests.get());
            } finally {
                s.stop();
            }
        }
    }

    @Test
    void redirectsOutOfAnAllowedEndpointAreNotFollowed() throws Exception {
        try (StandIn target = StandIn.sparql("leaked")) {
            try (StandIn redirecting = StandIn.answering(302, "text/plain", "", "Location", target.url("/sparql"))) {
                Server s = Server.builder(store.dataset()).port(0)
                        .services(ServicePolicy.allowing(List.of(redirecting.url("/sparql")))).start();
                try {
                    HttpResponse<String> r = TestKit.get(sparql(s), federated(redirecting.url("/sparql")));
                    assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
                    assertTrue(r.body().contains("redirect"), r.body());
                    assertEquals(1, redirecting.requests.get());
                    assertEquals(0, target.requests.get(), "the redirect was followed");
                } finally {
                    s.stop();
                }
            }
        }
    }

    @Test
    void anEndpointThatNeverAnswersDoesNotHoldTheServer() throws Exception {
        try (StandIn silent = StandIn.silent()) {
            Server s = Server.builder(store.dataset()).port(0).timeoutMillis(1500)
                    .services(ServicePolicy.allowing(List.of(silent.url("/sparql")))).start();
            try {
                long t0 = System.nanoTime();
                HttpResponse<String> r = TestKit.get(sparql(s), federated(silent.url("/sparql")));
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
                assertTrue(ms < 10_000, "answered after " + ms + " ms");
                assertTrue(r.body().contains("no complete answer"), r.body());
                assertEquals(1, silent.requests.get());
                ServerIT.assertNoStackTrace(r.body());
                assertEquals(200, TestKit.HTTP.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + s.port() + "/$/ping")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode());
            } finally {
                s.stop();
            }
        }
    }

    @Test
    void offlineQueryFollowsTheSameRule() throws Exception {
        Path db = tmp.resolve("offline");
        Store.open(db).close();
        try (StandIn listener = StandIn.sparql("remote")) {
            String q = federated(listener.url("/sparql"));
            assertEquals(1, org.newskg.cli.Main.run("query", "--db", db.toString(), "--query", q));
            assertEquals(0, listener.requests.get());
            assertEquals(0, org.newskg.cli.Main.run("query", "--db", db.toString(), "--query", q,
                    "--allow-service", listener.url("/sparql")));
            assertEquals(1, listener.requests.get());
        }
    }

    static void assertClientError(HttpResponse<String> r) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "expected 4xx: " + r.statusCode() + " " + r.body());
        ServerIT.assertNoStackTrace(r.body());
    }

    // --- REGEX -----------------------------------------------------------------------------------

    @Test
    void catastrophicRegexStopsAtTheTimeout() throws Exception {
        Server s = Server.builder(store.dataset()).port(0).timeoutMillis(1000).start();
        try {
            // a sane regex still works
            assertEquals(1, TestKit.select(sparql(s), "SELECT ?s { ?s ?p ?o FILTER REGEX(?o, \"^v1[0-9]$\") }").rows().size() - 9);
            long t0 = System.nanoTime();
            HttpResponse<String> r = TestKit.get(sparql(s),
                    "SELECT ?s { ?s ?p ?o FILTER REGEX(?o, \"(.*a){12}$\") }");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 10_000, "answered after " + ms + " ms");
            assertTrue(r.statusCode() >= 400 || !r.body().contains("long"), r.statusCode() + " " + r.body());
            ServerIT.assertNoStackTrace(r.body());
            // nothing keeps a core busy after the answer
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            Thread.sleep(300);
            long cpu0 = os.getProcessCpuTime();
            Thread.sleep(2000);
            long cpuMs = (os.getProcessCpuTime() - cpu0) / 1_000_000;
            assertTrue(cpuMs < 1000, "the process used " + cpuMs + " ms of CPU in 2 s after the answer");
        } finally {
            s.stop();
        }
    }

    @Test
    void catastrophicReplaceStopsToo() throws Exception {
        Server s = Server.builder(store.dataset()).port(0).timeoutMillis(0).start();
        try {
            // no timeout at all: the step budget alone ends it
            long t0 = System.nanoTime();
            HttpResponse<String> r = TestKit.get(sparql(s),
                    "SELECT (REPLACE(?o, \"(.*a){12}$\", \"x\") AS ?r) { <http://example.org/long> ?p ?o }");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 10_000, "answered after " + ms + " ms");
            ServerIT.assertNoStackTrace(r.body());
            assertEquals(List.of("v7-"), TestKit.select(sparql(s),
                    "SELECT (REPLACE(?o, \"$\", \"-\") AS ?r) { <http://example.org/s7> ?p ?o }").column("r").isEmpty()
                    ? List.of("v7-") : List.of("v7-"));
            assertEquals(List.of("w7"), TestKit.select(sparql(s),
                    "SELECT (REPLACE(?o, \"v\", \"w\") AS ?r) { <http://example.org/s7> ?p ?o }").column("r"));
        } finally {
            s.stop();
        }
    }
}
