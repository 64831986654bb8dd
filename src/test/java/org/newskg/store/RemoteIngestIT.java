package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.pipeline.IngestSummary;
import org.newskg.pipeline.TestKit;
import org.newskg.serve.Server;

/** Ingest into a running server over the Graph Store Protocol ({@code ingest --remote}). */
class RemoteIngestIT {

    @Test
    void articlesArriveOverTheGraphStoreProtocol(@TempDir Path tmp) throws Exception {
        // the client's credentials in plain text; the server's users file holds only a hash of them
        Path users = tmp.resolve("credentials.txt");
        Files.writeString(users, "loader: pw-123\n");
        Path serverUsers = tmp.resolve("users.txt");
        org.newskg.serve.auth.UsersFile.setPassword(serverUsers, "loader", "pw-123".toCharArray());
        try (Store store = Store.open(tmp.resolve("db"))) {
            Server server = Server.builder(store.dataset())
                    .port(0)
                    .allowUpdate(true)
                    .authFile(serverUsers)
                    .start();
            try {
                String base = "http://127.0.0.1:" + server.port() + "/newskg";
                Path examples = TestKit.examples(tmp.resolve("examples"));
                try (RemoteStore noAuth = RemoteStore.connect(base + "/data", null)) {
                    // the store's refusal stops the batch; the summary names it and every article not stored
                    IngestSummary refused = TestKit.ingest(noAuth, examples);
                    assertEquals(0, refused.stored(), refused.describe());
                    assertTrue(
                            refused.problems().stream()
                                    .anyMatch(p -> p.reason().startsWith("the store failed: ")
                                            && p.reason().contains("401")),
                            refused.problems().toString());
                    assertTrue(refused.failed() >= TestKit.EXAMPLES.size(), refused.describe());
                }
                try (RemoteStore remote = RemoteStore.connect(base + "/data", users)) {
                    remote.ensureOntology();
                    IngestSummary s = TestKit.ingest(remote, examples);
                    assertEquals(TestKit.EXAMPLES.size(), s.stored(), s.describe());
                    long quads = store.quadCount();
                    IngestSummary again = TestKit.ingest(remote, examples);
                    assertEquals(TestKit.EXAMPLES.size(), again.unchanged(), again.describe());
                    assertEquals(quads, store.quadCount());
                }
                TestKit.Results st =
                        TestKit.select(base + "/sparql", Files.readString(TestKit.QUERIES.resolve("statements.rq")));
                assertTrue(
                        st.column("speakerName").contains("Clara Weissmann"),
                        st.rows().toString());
                // a read-only URL refuses with a hint
                try (RemoteStore readOnly = RemoteStore.connect(base, users)) {
                    var g = org.apache.jena.graph.NodeFactory.createURI("https://newskg.org/id/article/other");
                    var q = org.apache.jena.sparql.core.Quad.create(
                            g, g, org.apache.jena.vocabulary.RDF.type.asNode(), org.newskg.rdf.NK.Article.asNode());
                    Store.StoreException e = assertThrows(
                            Store.StoreException.class, () -> readOnly.replaceGraph(g, java.util.List.of(q)));
                    assertTrue(e.getMessage().contains("/newskg/data"), e.getMessage());
                }
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void badUrlsAreUsageErrors() {
        assertThrows(IllegalArgumentException.class, () -> RemoteStore.connect("ftp://x/y", null));
        assertThrows(
                IllegalArgumentException.class,
                () -> RemoteStore.connect("http://127.0.0.1:1/newskg/data?graph=x", null));
    }
}
