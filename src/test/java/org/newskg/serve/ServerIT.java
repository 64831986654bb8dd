package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.pipeline.TestKit;
import org.newskg.store.Store;

/** The safe server: loopback only, read-only by default, authenticated updates, timeout, result limit. */
class ServerIT {
    @TempDir
    static Path tmp;

    static Store store;
    static Path passwords;

    @BeforeAll
    static void fill() throws Exception {
        store = Store.open(tmp.resolve("db"));
        List<Quad> quads = new ArrayList<>();
        Node g = NodeFactory.createURI("https://newskg.org/id/article/test");
        for (int i = 0; i < 300; i++) {
            quads.add(Quad.create(
                    g,
                    NodeFactory.createURI("http://example.org/s" + i),
                    NodeFactory.createURI("http://example.org/p"),
                    NodeFactory.createLiteralString("v" + i)));
        }
        store.replaceGraph(g, quads);
        passwords = tmp.resolve("passwords");
        org.newskg.serve.auth.UsersFile.setPassword(passwords, "alice", "s3cret".toCharArray());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static String basic(String user, String pw) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + pw).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> update(int port, String endpoint, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/newskg/" + endpoint))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <http://example.org/g> { "
                        + "<http://example.org/x> <http://example.org/q> \"added\" } }"));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return TestKit.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readOnlyByDefault() throws Exception {
        Server s = Server.builder(store.dataset()).port(0).start();
        try {
            String sparql = "http://127.0.0.1:" + s.port() + "/newskg/sparql";
            assertEquals(
                    300,
                    TestKit.select(sparql, "SELECT ?s { ?s <http://example.org/p> ?o }")
                            .rows()
                            .size());
            for (String endpoint : List.of("update", "sparql", "")) {
                int status =
                        update(s.port(), endpoint, basic("alice", "s3cret")).statusCode();
                assertTrue(status >= 400 && status < 500, "update on /newskg/" + endpoint + " answered " + status);
            }
            HttpResponse<String> put = TestKit.HTTP.send(
                    HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + s.port() + "/newskg?graph=http://example.org/g2"))
                            .header("Content-Type", "application/n-triples")
                            .PUT(HttpRequest.BodyPublishers.ofString(
                                    "<http://example.org/a> <http://example.org/b> \"c\" .\n"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(put.statusCode() >= 400 && put.statusCode() < 500, "GSP PUT answered " + put.statusCode());
            assertEquals(
                    300,
                    TestKit.select(sparql, "SELECT ?s { ?s <http://example.org/p> ?o }")
                            .rows()
                            .size());
        } finally {
            s.stop();
        }
    }

    @Test
    void updatesNeedCredentials() throws Exception {
        assertThrows(
                IllegalArgumentException.class,
                () -> Server.builder(store.dataset()).port(0).allowUpdate(true).start());
        Server s = Server.builder(store.dataset())
                .port(0)
                .allowUpdate(true)
                .authFile(passwords)
                .start();
        try {
            assertEquals(401, update(s.port(), "update", null).statusCode());
            assertEquals(
                    401, update(s.port(), "update", basic("alice", "wrong")).statusCode());
            int ok = update(s.port(), "update", basic("alice", "s3cret")).statusCode();
            assertTrue(ok == 200 || ok == 204, "authenticated update answered " + ok);
            // queries stay open to everyone
            String sparql = "http://127.0.0.1:" + s.port() + "/newskg/sparql";
            assertEquals(
                    1,
                    TestKit.select(sparql, "SELECT ?o { <http://example.org/x> ?p ?o }")
                            .rows()
                            .size());
        } finally {
            s.stop();
        }
    }

    @Test
    void resultsAreCutAtTheLimit() throws Exception {
        Server s = Server.builder(store.dataset()).port(0).maxResults(100).start();
        try {
            String sparql = "http://127.0.0.1:" + s.port() + "/newskg/sparql";
            assertEquals(
                    100,
                    TestKit.select(sparql, "SELECT ?s { ?s <http://example.org/p> ?o }")
                            .rows()
                            .size());
            assertEquals(
                    100,
                    TestKit.select(sparql, "SELECT ?s { ?s <http://example.org/p> ?o } LIMIT 1000")
                            .rows()
                            .size());
            assertEquals(
                    7,
                    TestKit.select(sparql, "SELECT ?s { ?s <http://example.org/p> ?o } LIMIT 7")
                            .rows()
                            .size());
            // aggregates see every row; only the answer is limited
            assertEquals(
                    "300",
                    TestKit.select(sparql, "SELECT (COUNT(*) AS ?n) { ?s <http://example.org/p> ?o }")
                            .column("n")
                            .get(0));
        } finally {
            s.stop();
        }
    }

    @Test
    void slowQueryIsCutAtTheTimeout() throws Exception {
        Server s = Server.builder(store.dataset()).port(0).timeoutMillis(1000).start();
        try {
            long t0 = System.nanoTime();
            HttpResponse<String> r = TestKit.get(
                    "http://127.0.0.1:" + s.port() + "/newskg/sparql",
                    "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 15_000, "query ran " + ms + " ms");
            assertTrue(
                    r.statusCode() >= 500 || !r.body().contains("\"n\""), "status " + r.statusCode() + ": " + r.body());
            assertNoStackTrace(r.body());
        } finally {
            s.stop();
        }
    }

    @Test
    void errorsCarryNoStackTrace() throws Exception {
        Server s = Server.builder(store.dataset()).port(0).start();
        try {
            HttpResponse<String> r =
                    TestKit.get("http://127.0.0.1:" + s.port() + "/newskg/sparql", "SELECT ?x WHERE {");
            assertEquals(400, r.statusCode());
            assertNoStackTrace(r.body());
        } finally {
            s.stop();
        }
    }

    @Test
    void bindsLoopbackOnly() throws Exception {
        InetAddress external = null;
        for (NetworkInterface nif : NetworkInterface.networkInterfaces().toList()) {
            if (nif.isUp() && !nif.isLoopback()) {
                for (InetAddress a : nif.inetAddresses().toList()) {
                    if (a instanceof Inet4Address) {
                        external = a;
                    }
                }
            }
        }
        assumeTrue(external != null, "this machine has no non-loopback IPv4 address");
        Server s = Server.builder(store.dataset()).port(0).start();
        try {
            InetAddress addr = external;
            assertThrows(ConnectException.class, () -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(addr, s.port()), 2000);
                }
            });
        } finally {
            s.stop();
        }
        Server open = Server.builder(store.dataset()).host("0.0.0.0").port(0).start();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(external, open.port()), 2000);
            assertTrue(socket.isConnected());
        } finally {
            open.stop();
        }
    }

    static void assertNoStackTrace(String body) {
        assertFalse(
                body.contains("\tat ") || body.contains("at org.apache") || body.contains("Exception:"),
                "stack trace in the response:\n" + body);
    }
}
