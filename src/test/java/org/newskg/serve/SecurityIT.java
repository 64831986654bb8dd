package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
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
            quads.add(Quad.create(
                    g, NodeFactory.createURI("http://example.org/s" + i), p, NodeFactory.createLiteralString("v" + i)));
        }
        quads.add(Quad.create(
                g, NodeFactory.createURI("http://example.org/long"), p, NodeFactory.createLiteralString(BACKTRACK)));
        store.replaceGraph(g, quads);
        // a linked location mentioned by an article, for the shipped federated query
        Node a = NodeFactory.createURI("https://newskg.org/id/article/paris");
        Node paris = NodeFactory.createURI("https://newskg.org/id/location/paris");
        Node nk = NodeFactory.createURI("https://newskg.org/ontology#Location");
        store.replaceGraph(
                a,
                List.of(
                        Quad.create(a, paris, org.apache.jena.vocabulary.RDF.type.asNode(), nk),
                        Quad.create(
                                a,
                                paris,
                                org.apache.jena.vocabulary.RDFS.label.asNode(),
                                NodeFactory.createLiteralString("Paris")),
                        Quad.create(
                                a,
                                paris,
                                org.apache.jena.vocabulary.OWL.sameAs.asNode(),
                                NodeFactory.createURI("http://www.wikidata.org/entity/Q90")),
                        Quad.create(a, a, NodeFactory.createURI("https://newskg.org/ontology#mentions"), paris)));
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
                HttpResponse<String> silent = TestKit.get(
                        sparql(s), "SELECT ?name { SERVICE SILENT <" + listener.url("/sparql") + "> { ?x ?p ?name } }");
                assertTrue(silent.statusCode() < 500, silent.body());
                assertEquals(0, listener.requests.get(), "the listener was called: " + listener.paths);
            } finally {
                s.stop();
            }
        }
    }

    @Test
    void allowedEndpointIsCalledOthersAreNot() throws Exception {
        try (StandIn allowed = StandIn.sparql("from the stand-in");
                StandIn other = StandIn.sparql("leaked")) {
            Server s = Server.builder(store.dataset())
                    .port(0)
                    .services(ServicePolicy.allowing(List.of(allowed.url("/sparql"))))
                    .start();
            try {
                assertEquals(
                        List.of("from the stand-in"),
                        TestKit.select(sparql(s), federated(allowed.url("/sparql")))
                                .column("name"));
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
    void shippedFederatedQueryWorksWhenItsEndpointIsAllowed() throws Exception {
        String wdqs = "https://query.wikidata.org/sparql";
        String text = java.nio.file.Files.readString(TestKit.QUERIES.resolve("wikidata-locations.rq"));
        assertTrue(text.contains("SERVICE <" + wdqs + ">"));
        try (StandIn wikidata = StandIn.answering(
                200,
                "application/sparql-results+json",
                "{\"head\":{\"vars\":[\"sitelinks\",\"coordinates\"]},\"results\":{\"bindings\":[{"
                        + "\"sitelinks\":{\"type\":\"literal\",\"datatype\":\"http://www.w3.org/2001/XMLSchema#integer\",\"value\":\"321\"},"
                        + "\"coordinates\":{\"type\":\"literal\",\"value\":\"Point(2.35 48.86)\"}}]}}")) {
            // the stand-in plays the Wikidata Query Service
            String local = text.replace(wdqs, wikidata.url("/sparql"));
            Server refused = Server.builder(store.dataset()).port(0).start();
            try {
                assertClientError(TestKit.get(sparql(refused), local));
                assertEquals(0, wikidata.requests.get());
            } finally {
                refused.stop();
            }
            Server s = Server.builder(store.dataset())
                    .port(0)
                    .services(ServicePolicy.allowing(List.of(wikidata.url("/sparql"))))
                    .start();
            try {
                TestKit.Results r = TestKit.select(sparql(s), local);
                assertEquals(List.of("Paris"), r.column("name"), r.rows().toString());
                assertEquals(List.of("321"), r.column("sitelinks"));
                assertEquals(List.of("Point(2.35 48.86)"), r.column("coordinates"));
                assertTrue(wikidata.paths.get(0).contains("Q90"), wikidata.paths.toString());
            } finally {
                s.stop();
            }
        }
    }

    @Test
    void redirectsOutOfAnAllowedEndpointAreNotFollowed() throws Exception {
        try (StandIn target = StandIn.sparql("leaked")) {
            try (StandIn redirecting = StandIn.answering(302, "text/plain", "", "Location", target.url("/sparql"))) {
                Server s = Server.builder(store.dataset())
                        .port(0)
                        .services(ServicePolicy.allowing(List.of(redirecting.url("/sparql"))))
                        .start();
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
            Server s = Server.builder(store.dataset())
                    .port(0)
                    .timeoutMillis(1500)
                    .services(ServicePolicy.allowing(List.of(silent.url("/sparql"))))
                    .start();
            try {
                long t0 = System.nanoTime();
                HttpResponse<String> r = TestKit.get(sparql(s), federated(silent.url("/sparql")));
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
                assertTrue(ms < 10_000, "answered after " + ms + " ms");
                assertTrue(r.body().contains("no complete answer"), r.body());
                assertEquals(1, silent.requests.get());
                ServerIT.assertNoStackTrace(r.body());
                assertEquals(
                        200,
                        TestKit.HTTP
                                .send(
                                        java.net.http.HttpRequest.newBuilder(
                                                        java.net.URI.create("http://127.0.0.1:" + s.port() + "/$/ping"))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString())
                                .statusCode());
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
            assertEquals(
                    0,
                    org.newskg.cli.Main.run(
                            "query", "--db", db.toString(), "--query", q, "--allow-service", listener.url("/sparql")));
            assertEquals(1, listener.requests.get());
        }
    }

    static void assertClientError(HttpResponse<String> r) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "expected 4xx: " + r.statusCode() + " " + r.body());
        ServerIT.assertNoStackTrace(r.body());
    }

    @Test
    void manyCallsToASilentEndpointLeaveTheServerAnswering() throws Exception {
        try (StandIn silent = StandIn.silent()) {
            Server s = Server.builder(store.dataset())
                    .port(0)
                    .timeoutMillis(2000)
                    .services(ServicePolicy.allowing(List.of(silent.url("/sparql"))))
                    .start();
            try {
                List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    pending.add(TestKit.HTTP.sendAsync(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(sparql(s) + "?query="
                                            + java.net.URLEncoder.encode(
                                                    federated(silent.url("/sparql")),
                                                    java.nio.charset.StandardCharsets.UTF_8)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString()));
                }
                Thread.sleep(500);
                // while they wait: the ping and the pages answer at once
                long t0 = System.nanoTime();
                assertEquals(
                        200,
                        send("GET", "http://127.0.0.1:" + s.port() + "/$/ping", null)
                                .statusCode());
                assertEquals(
                        200,
                        send("GET", "http://127.0.0.1:" + s.port() + "/graph", null)
                                .statusCode());
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertTrue(ms < 5000, "ping and page took " + ms + " ms"); // not queued behind the SERVICE calls
                for (var f : pending) {
                    HttpResponse<String> r = f.get(30, java.util.concurrent.TimeUnit.SECONDS);
                    assertTrue(r.statusCode() == 500 || r.statusCode() == 503, r.statusCode() + " " + r.body());
                }
                // and afterwards queries run as before
                assertEquals(200, TestKit.get(sparql(s), "ASK { ?s ?p ?o }").statusCode());
            } finally {
                s.stop();
            }
        }
    }

    // --- REGEX -----------------------------------------------------------------------------------

    @Test
    void catastrophicRegexStopsAtTheTimeout() throws Exception {
        Server s = Server.builder(store.dataset()).port(0).timeoutMillis(1000).start();
        try {
            // a sane regex still works
            assertEquals(
                    1,
                    TestKit.select(sparql(s), "SELECT ?s { ?s ?p ?o FILTER REGEX(?o, \"^v1[0-9]$\") }")
                                    .rows()
                                    .size()
                            - 9);
            long t0 = System.nanoTime();
            HttpResponse<String> r = TestKit.get(sparql(s), "SELECT ?s { ?s ?p ?o FILTER REGEX(?o, \"(.*a){12}$\") }");
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
            HttpResponse<String> r = TestKit.get(
                    sparql(s), "SELECT (REPLACE(?o, \"(.*a){12}$\", \"x\") AS ?r) { <http://example.org/long> ?p ?o }");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 10_000, "answered after " + ms + " ms");
            ServerIT.assertNoStackTrace(r.body());
            assertEquals(
                    List.of("v7-"),
                    TestKit.select(
                                            sparql(s),
                                            "SELECT (REPLACE(?o, \"$\", \"-\") AS ?r) { <http://example.org/s7> ?p ?o }")
                                    .column("r")
                                    .isEmpty()
                            ? List.of("v7-")
                            : List.of("v7-"));
            assertEquals(
                    List.of("w7"),
                    TestKit.select(
                                    sparql(s),
                                    "SELECT (REPLACE(?o, \"v\", \"w\") AS ?r) { <http://example.org/s7> ?p ?o }")
                            .column("r"));
        } finally {
            s.stop();
        }
    }

    // --- credentials -----------------------------------------------------------------------------

    static Path users(String name) throws Exception {
        Path f = tmp.resolve(name);
        org.newskg.serve.auth.UsersFile.setPassword(f, "alice", "correct horse".toCharArray());
        return f;
    }

    @Test
    void updatesWithoutWrongAndRightCredentials() throws Exception {
        Server s = Server.builder(store.dataset())
                .port(0)
                .allowUpdate(true)
                .authFile(users("users-a"))
                .start();
        try {
            assertEquals(401, ServerIT.update(s.port(), "update", null).statusCode());
            HttpResponse<String> wrong = ServerIT.update(s.port(), "update", ServerIT.basic("alice", "wrong"));
            assertEquals(401, wrong.statusCode());
            assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
            assertEquals(
                    401,
                    ServerIT.update(s.port(), "update", ServerIT.basic("mallory", "correct horse"))
                            .statusCode());
            int ok = ServerIT.update(s.port(), "update", ServerIT.basic("alice", "correct horse"))
                    .statusCode();
            assertTrue(ok == 200 || ok == 204, "authenticated update answered " + ok);
            // the Graph Store Protocol endpoint too
            HttpResponse<String> put = send(
                    "PUT",
                    "http://127.0.0.1:" + s.port() + "/newskg/data?graph=http://example.org/g9",
                    "<http://example.org/a> <http://example.org/b> \"c\" .\n",
                    "Content-Type",
                    "application/n-triples");
            assertEquals(401, put.statusCode());
            // a cross-site page cannot use credentials the browser remembers
            HttpResponse<String> csrf = send(
                    "POST",
                    "http://127.0.0.1:" + s.port() + "/newskg/update",
                    "INSERT DATA { <http://example.org/x> <http://example.org/q> \"csrf\" }",
                    "Content-Type",
                    "application/sparql-update",
                    "Origin",
                    "http://evil.example",
                    "Authorization",
                    ServerIT.basic("alice", "correct horse"));
            assertEquals(403, csrf.statusCode());
            // LOAD would read a local file (or fetch a URL) into the store: refused, by body or by form
            try (StandIn remote =
                    StandIn.answering(200, "text/turtle", "<http://example.org/a> <http://example.org/b> 1 .")) {
                for (String load : List.of(
                        "LOAD <file:///etc/passwd> INTO GRAPH <http://example.org/leak>",
                        "LOAD <" + remote.url("/data.ttl") + ">")) {
                    HttpResponse<String> r = send(
                            "POST",
                            "http://127.0.0.1:" + s.port() + "/newskg/update",
                            load,
                            "Content-Type",
                            "application/sparql-update",
                            "Authorization",
                            ServerIT.basic("alice", "correct horse"));
                    assertEquals(403, r.statusCode(), r.body());
                    HttpResponse<String> f = send(
                            "POST",
                            "http://127.0.0.1:" + s.port() + "/newskg/update",
                            "update=" + java.net.URLEncoder.encode(load, java.nio.charset.StandardCharsets.UTF_8),
                            "Content-Type",
                            "application/x-www-form-urlencoded",
                            "Authorization",
                            ServerIT.basic("alice", "correct horse"));
                    assertEquals(403, f.statusCode(), f.body());
                }
                assertEquals(0, remote.requests.get());
            }
            // spellings of the update paths that might slip past a path check still meet the credentials check
            String insert = "INSERT DATA { <http://example.org/x> <http://example.org/q> \"sneaked\" }";
            for (String path : List.of(
                    "/newskg/%75pdate",
                    "/newskg//update",
                    "/newskg/./update",
                    "/newskg/update;x=1",
                    "/newskg/update/",
                    "/newskg/x/../update",
                    "/newskg/data;x=1?graph=http://example.org/s",
                    "/newskg/%64ata?graph=http://example.org/s",
                    "/NEWSKG/update",
                    "/newskg/UPDATE")) {
                int status = raw(
                        s.port(),
                        "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-update\r\n"
                                + "Content-Length: " + insert.length() + "\r\n",
                        insert);
                assertTrue(status >= 400 && status < 500, path + " answered " + status);
            }
            assertEquals(
                    0,
                    TestKit.select(sparql(s), "SELECT * { ?s ?p \"sneaked\" }")
                            .rows()
                            .size());
            // other updates by body still arrive whole
            int again = ServerIT.update(s.port(), "update", ServerIT.basic("alice", "correct horse"))
                    .statusCode();
            assertTrue(again == 200 || again == 204, "update answered " + again);
        } finally {
            s.stop();
        }
    }

    @Test
    void failedLoginsAreSlowedDown() throws Exception {
        Server s = Server.builder(store.dataset())
                .port(0)
                .allowUpdate(true)
                .authFile(users("users-b"))
                .start();
        // what the access log says, caught by an appender on its logger
        List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        var logger =
                (org.apache.logging.log4j.core.Logger) org.apache.logging.log4j.LogManager.getLogger("newskg.access");
        var appender =
                new org.apache.logging.log4j.core.appender.AbstractAppender(
                        "capture", null, null, true, org.apache.logging.log4j.core.config.Property.EMPTY_ARRAY) {
                    @Override
                    public void append(org.apache.logging.log4j.core.LogEvent event) {
                        logged.add(event.getMessage().getFormattedMessage());
                    }
                };
        appender.start();
        logger.addAppender(appender);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                statuses.add(ServerIT.update(s.port(), "update", ServerIT.basic("alice", "guess" + i))
                        .statusCode());
            }
            List<String> failures = logged.stream()
                    .filter(l -> l.startsWith("failed login for user 'alice' from 127.0.0.1"))
                    .toList();
            assertEquals(5, failures.size(), logged.toString());
            assertTrue(logged.stream().noneMatch(l -> l.contains("guess")), "a password reached the log: " + logged);
            assertEquals(List.of(401, 401, 401, 401, 401), statuses.subList(0, 5));
            assertTrue(statuses.subList(5, 8).stream().allMatch(c -> c == 429), statuses.toString());
            // while locked out even the right password waits
            HttpResponse<String> r = ServerIT.update(s.port(), "update", ServerIT.basic("alice", "correct horse"));
            assertEquals(429, r.statusCode());
            assertTrue(r.headers().firstValue("Retry-After").isPresent());
        } finally {
            logger.removeAppender(appender);
            s.stop();
        }
    }

    @Test
    void plainTextUsersFileIsRefusedWithTheFix() throws Exception {
        Path plain = tmp.resolve("plain-users");
        java.nio.file.Files.writeString(plain, "alice: s3cret\n");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> Server.builder(store.dataset())
                        .port(0)
                        .allowUpdate(true)
                        .authFile(plain)
                        .start());
        assertTrue(
                e.getMessage().contains("plain-text") && e.getMessage().contains("newskg passwd --migrate"),
                e.getMessage());
        assertEquals(List.of("alice"), org.newskg.serve.auth.UsersFile.migrate(plain));
        String migrated = java.nio.file.Files.readString(plain);
        assertTrue(migrated.startsWith("alice: PBKDF2-SHA256:") && !migrated.contains("s3cret"), migrated);
        assertTrue(org.newskg.serve.auth.Users.load(plain).check("alice", "s3cret".toCharArray()));
    }

    @Test
    void passwdCommandWritesAPrivateHashedFile() throws Exception {
        Path f = tmp.resolve("users-passwd");
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(
                    "a long passphrase\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertEquals(0, org.newskg.cli.Main.run("passwd", f.toString(), "bob"));
            System.setIn(new java.io.ByteArrayInputStream("short\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertEquals(2, org.newskg.cli.Main.run("passwd", f.toString(), "carol"));
        } finally {
            System.setIn(stdin);
        }
        String text = java.nio.file.Files.readString(f);
        assertTrue(
                text.contains("bob: PBKDF2-SHA256:") && !text.contains("passphrase") && !text.contains("carol"), text);
        assertEquals(
                "rw-------",
                java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(f)));
        assertTrue(org.newskg.serve.auth.Users.load(f).check("bob", "a long passphrase".toCharArray()));
        assertTrue(!org.newskg.serve.auth.Users.load(f).check("bob", "a long passphrasE".toCharArray()));
    }

    @Test
    void worldReadableUsersFileIsWarnedAbout() throws Exception {
        Path f = users("users-c");
        java.nio.file.Files.setPosixFilePermissions(
                f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Server s = Server.builder(store.dataset())
                .port(0)
                .allowUpdate(true)
                .authFile(f)
                .start();
        try {
            assertTrue(
                    s.warnings().stream().anyMatch(w -> w.contains("chmod 600")),
                    s.warnings().toString());
        } finally {
            s.stop();
        }
        Server quiet = Server.builder(store.dataset())
                .port(0)
                .allowUpdate(true)
                .authFile(users("users-d"))
                .start();
        try {
            assertEquals(List.of(), quiet.warnings());
        } finally {
            quiet.stop();
        }
    }

    @Test
    void credentialsOnANetworkAddressNeedHttps() throws Exception {
        Path db = tmp.resolve("cli-store");
        Store.open(db).close();
        assertEquals(
                1,
                org.newskg.cli.Main.run(
                        "serve",
                        "--db",
                        db.toString(),
                        "--host",
                        "0.0.0.0",
                        "--port",
                        "0",
                        "--allow-update",
                        "--auth",
                        users("users-cli").toString()));
        assertEquals(
                2,
                org.newskg.cli.Main.run(
                        "serve",
                        "--db",
                        db.toString(),
                        "--https",
                        db.resolve("missing.p12").toString()));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> Server.builder(store.dataset())
                        .host("0.0.0.0")
                        .port(0)
                        .allowUpdate(true)
                        .authFile(users("users-e"))
                        .start());
        assertTrue(e.getMessage().contains("--https") && e.getMessage().contains("--insecure-http"), e.getMessage());
    }

    @Test
    void httpsWithATestKeystore() throws Exception {
        Path ks = tmp.resolve("server.p12");
        String keytool =
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(
                        keytool,
                        "-genkeypair",
                        "-alias",
                        "newskg",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-validity",
                        "2",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "SAN=ip:127.0.0.1,dns:localhost",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        ks.toString(),
                        "-storepass",
                        "test-pass",
                        "-keypass",
                        "test-pass")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        Server s = Server.builder(store.dataset())
                .port(0)
                .https(ks, "test-pass")
                .allowUpdate(true)
                .authFile(users("users-tls"))
                .start();
        try {
            assertEquals("https", s.scheme());
            // a client that trusts exactly this certificate
            java.security.KeyStore trust = java.security.KeyStore.getInstance("PKCS12");
            try (var in = java.nio.file.Files.newInputStream(ks)) {
                trust.load(in, "test-pass".toCharArray());
            }
            var tmf = javax.net.ssl.TrustManagerFactory.getInstance(
                    javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            var ssl = javax.net.ssl.SSLContext.getInstance("TLS");
            ssl.init(null, tmf.getTrustManagers(), null);
            java.net.http.HttpClient tls =
                    java.net.http.HttpClient.newBuilder().sslContext(ssl).build();
            String base = "https://127.0.0.1:" + s.port() + "/newskg";
            HttpResponse<String> q = tls.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/sparql?query="
                                    + java.net.URLEncoder.encode(
                                            "ASK { ?s ?p ?o }", java.nio.charset.StandardCharsets.UTF_8)))
                            .header("Accept", "application/sparql-results+json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, q.statusCode(), q.body());
            assertTrue(q.body().contains("true"), q.body());
            HttpResponse<String> up = tls.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/update"))
                            .header("Content-Type", "application/sparql-update")
                            .header("Authorization", ServerIT.basic("alice", "correct horse"))
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                    "INSERT DATA { <http://example.org/t> <http://example.org/q> \"tls\" }"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(up.statusCode() == 200 || up.statusCode() == 204, up.statusCode() + " " + up.body());
            // plain HTTP on the same port gets nowhere
            int plain;
            try {
                plain = raw(s.port(), "GET /newskg/sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            } catch (Exception e) {
                plain = -1;
            }
            assertTrue(plain == -1 || plain >= 400, "plain HTTP answered " + plain);
        } finally {
            s.stop();
        }
    }

    // --- sizes and limits ------------------------------------------------------------------------

    @Test
    void oversizedBodyAndOverlongQueryAreRefusedBeforeParsing() throws Exception {
        Server s = Server.builder(store.dataset())
                .port(0)
                .limits(Limits.defaults().withMaxQueryBytes(4000))
                .start();
        try {
            String longQuery = "SELECT * { ?s ?p ?o } #" + "x".repeat(5000);
            HttpResponse<String> get = TestKit.get(sparql(s), longQuery);
            assertTrue(get.statusCode() == 414 || get.statusCode() == 431, get.statusCode() + " " + get.body());
            HttpResponse<String> post = send("POST", sparql(s), longQuery, "Content-Type", "application/sparql-query");
            assertEquals(413, post.statusCode(), post.body());
            HttpResponse<String> form =
                    send("POST", sparql(s), "query=" + longQuery, "Content-Type", "application/x-www-form-urlencoded");
            assertEquals(413, form.statusCode(), form.body());
            // a body without a declared length is counted as it arrives
            HttpResponse<String> chunked = TestKit.HTTP.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(sparql(s)))
                            .header("Content-Type", "application/sparql-query")
                            .POST(java.net.http.HttpRequest.BodyPublishers.fromPublisher(
                                    java.net.http.HttpRequest.BodyPublishers.ofString(longQuery)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(413, chunked.statusCode(), chunked.body());
            // under the limit all is well, by any route
            assertEquals(
                    200,
                    send("POST", sparql(s), "SELECT * { ?s ?p ?o } LIMIT 1", "Content-Type", "application/sparql-query")
                            .statusCode());
            HttpResponse<String> chunkedOk = TestKit.HTTP.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(sparql(s)))
                            .header("Content-Type", "application/sparql-query")
                            .header("Accept", "application/sparql-results+json")
                            .POST(java.net.http.HttpRequest.BodyPublishers.fromPublisher(
                                    java.net.http.HttpRequest.BodyPublishers.ofString("SELECT * { ?s ?p ?o } LIMIT 1")))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, chunkedOk.statusCode(), chunkedOk.body());
        } finally {
            s.stop();
        }
    }

    @Test
    void queriesBeyondTheConcurrencyLimitGet503() throws Exception {
        Server s = Server.builder(store.dataset())
                .port(0)
                .timeoutMillis(8000)
                .limits(Limits.defaults().withConcurrency(1))
                .start();
        try {
            String slow = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
            var first = TestKit.HTTP.sendAsync(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(sparql(s) + "?query="
                                    + java.net.URLEncoder.encode(slow, java.nio.charset.StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(500);
            HttpResponse<String> second = TestKit.get(sparql(s), "SELECT * { ?s ?p ?o } LIMIT 1");
            assertEquals(503, second.statusCode(), second.body());
            assertEquals("1", second.headers().firstValue("Retry-After").orElse(""));
            first.get();
            assertEquals(
                    200, TestKit.get(sparql(s), "SELECT * { ?s ?p ?o } LIMIT 1").statusCode());
        } finally {
            s.stop();
        }
    }

    @Test
    void clientsBeyondTheirRateGet429() throws Exception {
        Server s = Server.builder(store.dataset())
                .port(0)
                .limits(Limits.defaults().withRate(5))
                .start();
        try {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                statuses.add(TestKit.get(sparql(s), "ASK { ?s ?p ?o }").statusCode());
            }
            assertEquals(200, statuses.get(0));
            assertTrue(statuses.contains(429), statuses.toString());
            Thread.sleep(1500);
            assertEquals(200, TestKit.get(sparql(s), "ASK { ?s ?p ?o }").statusCode());
        } finally {
            s.stop();
        }
    }

    @Test
    void wholeStoreDumpNeedsAllowDump() throws Exception {
        Server s = Server.builder(store.dataset()).port(0).start();
        try {
            String base = "http://127.0.0.1:" + s.port() + "/newskg";
            for (String url : List.of(base, base + "/", base + "/get", base + "?graph=union")) {
                HttpResponse<String> r = send("GET", url, null, "Accept", "application/n-quads");
                assertEquals(403, r.statusCode(), url + ": " + r.body());
                assertTrue(r.body().contains("--allow-dump"), r.body());
            }
            HttpResponse<String> one = send(
                    "GET", base + "?graph=https://newskg.org/id/article/test", null, "Accept", "application/n-triples");
            assertEquals(200, one.statusCode());
        } finally {
            s.stop();
        }
        Server open = Server.builder(store.dataset())
                .port(0)
                .limits(Limits.defaults().withDump(true))
                .start();
        try {
            HttpResponse<String> all =
                    send("GET", "http://127.0.0.1:" + open.port() + "/newskg", null, "Accept", "application/n-quads");
            assertEquals(200, all.statusCode());
            assertTrue(all.body().contains(BACKTRACK));
        } finally {
            open.stop();
        }
    }

    // --- browsers --------------------------------------------------------------------------------

    @Test
    void pagesCarrySecurityHeadersAndTraceIsRefused() throws Exception {
        Server s = Server.builder(store.dataset()).port(0).start();
        try {
            String base = "http://127.0.0.1:" + s.port();
            for (String path : List.of("/", "/graph", "/assets/graph.js")) {
                HttpResponse<String> r = send("GET", base + path, null);
                assertEquals(200, r.statusCode(), path);
                String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
                assertTrue(
                        csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"), path + ": " + csp);
                assertEquals(
                        "nosniff",
                        r.headers().firstValue("X-Content-Type-Options").orElse(""),
                        path);
                assertEquals(
                        "no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""), path);
            }
            HttpResponse<String> q = TestKit.get(sparql(s), "ASK { ?s ?p ?o }");
            assertTrue(
                    q.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
            for (String path : List.of("/", "/graph", "/newskg/sparql")) {
                assertEquals(405, send("TRACE", base + path, null).statusCode(), path);
            }
        } finally {
            s.stop();
        }
    }

    @Test
    void corsIsOffUnlessAnOriginIsNamed() throws Exception {
        String q = "?query=" + java.net.URLEncoder.encode("ASK { ?s ?p ?o }", java.nio.charset.StandardCharsets.UTF_8);
        Server s = Server.builder(store.dataset()).port(0).start();
        try {
            HttpResponse<String> r = send("GET", sparql(s) + q, null, "Origin", "https://elsewhere.example");
            assertEquals(200, r.statusCode());
            assertTrue(
                    r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
                    r.headers().toString());
        } finally {
            s.stop();
        }
        Server c = Server.builder(store.dataset())
                .port(0)
                .limits(Limits.defaults().withCors(java.util.Set.of("https://pages.example")))
                .start();
        try {
            HttpResponse<String> allowed = send("GET", sparql(c) + q, null, "Origin", "https://pages.example");
            assertEquals(
                    "https://pages.example",
                    allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            HttpResponse<String> other = send("GET", sparql(c) + q, null, "Origin", "https://elsewhere.example");
            assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
            HttpResponse<String> preflight = send(
                    "OPTIONS",
                    sparql(c),
                    null,
                    "Origin",
                    "https://pages.example",
                    "Access-Control-Request-Method",
                    "POST");
            assertEquals(204, preflight.statusCode());
            assertTrue(preflight
                    .headers()
                    .firstValue("Access-Control-Allow-Methods")
                    .orElse("")
                    .contains("POST"));
        } finally {
            c.stop();
        }
    }

    @Test
    void foreignHostNamesAreRefused() throws Exception {
        Server s = Server.builder(store.dataset())
                .port(0)
                .publicUrl(java.net.URI.create("https://kg.example.org/"))
                .start();
        try {
            assertEquals(
                    421,
                    raw(s.port(), "GET /newskg/sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: rebind.attacker.example\r\n"));
            assertEquals(421, raw(s.port(), "GET / HTTP/1.1\r\nHost: rebind.attacker.example:" + s.port() + "\r\n"));
            assertEquals(200, raw(s.port(), "GET / HTTP/1.1\r\nHost: 127.0.0.1:" + s.port() + "\r\n"));
            assertEquals(200, raw(s.port(), "GET / HTTP/1.1\r\nHost: localhost:" + s.port() + "\r\n"));
            assertEquals(200, raw(s.port(), "GET / HTTP/1.1\r\nHost: kg.example.org\r\n"));
        } finally {
            s.stop();
        }
    }

    @Test
    void pathTraversalOnThePagesFindsNothing() throws Exception {
        Server s = Server.builder(store.dataset()).port(0).start();
        try {
            for (String path : List.of(
                    "/assets/../../../../etc/passwd",
                    "/assets/%2e%2e/%2e%2e/etc/passwd",
                    "/assets/..%2f..%2fpom.xml",
                    "/webjars/..%2f..%2forg/newskg/serve/Server.class",
                    "/queries/..%2flog4j2.properties",
                    "/view/..%2f..%2flog4j2.properties",
                    "/view/%2e%2e/log4j2.properties",
                    "/assets/%252e%252e/log4j2.properties",
                    "/assets//etc/passwd",
                    "/assets/.%00./log4j2.properties",
                    "/queries/../log4j2.properties",
                    "/assets/..\\..\\log4j2.properties")) {
                int status = raw(s.port(), "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
                assertTrue(status >= 400 && status < 500, path + " answered " + status);
            }
        } finally {
            s.stop();
        }
    }

    @Test
    void clientMistakesGet4xxNot500() throws Exception {
        Server s = Server.builder(store.dataset())
                .port(0)
                .allowUpdate(true)
                .authFile(users("users-4xx"))
                .start();
        try {
            // invalid UTF-8 in a form
            var badForm = TestKit.HTTP.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(sparql(s)))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(
                                    "query=SELECT%20*%20%7B%3Fs%20%3Fp%20%22%FF%FE%22%7D"
                                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertClientError(badForm);
            var rawBad = TestKit.HTTP.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(sparql(s)))
                            .header("Content-Type", "application/sparql-query")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(
                                    new byte[] {'A', 'S', 'K', '{', (byte) 0xff, '}'}))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertClientError(rawBad);
            var badGet = raw(s.port(), "GET /newskg/sparql?query=%FF%FE HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            assertEquals(400, badGet);
            var clear = send(
                    "POST",
                    "http://127.0.0.1:" + s.port() + "/newskg/update",
                    "CLEAR GRAPH <http://example.org/missing>",
                    "Content-Type",
                    "application/sparql-update",
                    "Authorization",
                    ServerIT.basic("alice", "correct horse"));
            // Jena 6.2 answers an update on a missing graph with 400 itself (6.0 gave 500, which newskg turned into
            // 404)
            assertEquals(400, clear.statusCode(), clear.body());
            assertTrue(clear.body().startsWith("No such graph"), clear.body());
            var del = send(
                    "DELETE",
                    "http://127.0.0.1:" + s.port() + "/newskg/data?graph=http://example.org/missing",
                    null,
                    "Authorization",
                    ServerIT.basic("alice", "correct horse"));
            assertEquals(404, del.statusCode(), del.body());
            var badTurtle = send(
                    "PUT",
                    "http://127.0.0.1:" + s.port() + "/newskg/data?graph=http://example.org/g5",
                    "<a> <b> .",
                    "Content-Type",
                    "text/turtle",
                    "Authorization",
                    ServerIT.basic("alice", "correct horse"));
            assertClientError(badTurtle);
            // CLEAR SILENT of a missing graph is fine
            var silent = send(
                    "POST",
                    "http://127.0.0.1:" + s.port() + "/newskg/update",
                    "CLEAR SILENT GRAPH <http://example.org/missing>",
                    "Content-Type",
                    "application/sparql-update",
                    "Authorization",
                    ServerIT.basic("alice", "correct horse"));
            assertTrue(
                    silent.statusCode() == 200 || silent.statusCode() == 204,
                    silent.statusCode() + " " + silent.body());
        } finally {
            s.stop();
        }
    }

    @Test
    void loadToolCountsEveryAnswer() throws Exception {
        // four contract queries: the shipped federated ones would leave the machine, and this store has no
        // meetings (NoMeetingQueriesIT covers the meeting queries on such a store)
        var queries = org.newskg.bench.QueryLatency.shippedQueries().stream()
                .filter(q -> List.of("persons.rq", "statements.rq", "locations.rq", "roles.rq")
                        .contains(q.getKey()))
                .toList();
        assertEquals(4, queries.size());
        Server s = Server.builder(store.dataset()).port(0).start();
        try {
            for (var q : queries) {
                HttpResponse<String> r =
                        send("POST", sparql(s), q.getValue(), "Content-Type", "application/sparql-query");
                assertEquals(200, r.statusCode(), q.getKey() + ": " + r.body());
            }
            var r = org.newskg.bench.ServerLoad.run(java.net.URI.create(sparql(s)), queries, 2, 40);
            assertEquals(40, r.queries());
            assertEquals(0, r.errors(), r.describe());
        } finally {
            s.stop();
        }
        Server limited = Server.builder(store.dataset())
                .port(0)
                .limits(Limits.defaults().withRate(2))
                .start();
        try {
            var r = org.newskg.bench.ServerLoad.run(java.net.URI.create(sparql(limited)), queries, 2, 40);
            assertTrue(r.errors() > 0 && r.errorKinds().containsKey("HTTP 429"), r.describe());
        } finally {
            limited.stop();
        }
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** The status of a hand-written HTTP/1.1 request (the Java client would normalise path and Host). */
    static int raw(int port, String requestHead) throws Exception {
        return raw(port, requestHead, "");
    }

    static int raw(int port, String requestHead, String body) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write((requestHead + "Connection: close\r\n\r\n" + body)
                            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(
                            socket.getInputStream(), java.nio.charset.StandardCharsets.ISO_8859_1))
                    .readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    static HttpResponse<String> send(String method, String url, String body, String... headers) throws Exception {
        var b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .method(
                        method,
                        body == null
                                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                                : java.net.http.HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return TestKit.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
