package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.Main;
import org.newskg.pipeline.TestKit;
import org.newskg.rdf.NK;
import org.newskg.serve.Server;

/**
 * `newskg load`: shards of article graphs into a new store, again into the same store (nothing
 * changes), over a stale graph (replaced), with a broken shard (reported, the rest loaded), and into
 * a running server over the Graph Store Protocol.
 */
class ShardLoaderIT {

    @Test
    void loadsReplacesAndIsIdempotent(@TempDir Path tmp) throws IOException {
        Path ingested = tmp.resolve("ingested");
        Path examples = TestKit.examples(tmp.resolve("examples"));
        assertEquals(0, Main.run("ingest", "--db", ingested.toString(), examples.toString()));
        Map<Node, Graph> expected;
        try (Store a = Store.openExisting(ingested)) {
            expected = graphs(a);
        }
        Path shards = writeShards(tmp.resolve("shards"), expected);
        Files.writeString(shards.resolve("_SUCCESS"), "");
        Files.write(shards.resolve("part-00009.nq.gz"), "<a> <b> not quads at all".getBytes());

        Path db = tmp.resolve("loaded");
        assertEquals(1, Main.run("load", "--db", db.toString(), shards.toString()), "the broken shard is reported");
        assertSameGraphs(expected, db);

        // a graph changed in the store since (an earlier version of the article) is replaced
        Node article = expected.keySet().stream()
                .filter(g -> !g.equals(Store.ONTOLOGY_GRAPH))
                .findFirst()
                .orElseThrow();
        try (Store b = Store.openExisting(db)) {
            b.replaceGraph(
                    article,
                    List.of(Quad.create(
                            article,
                            NodeFactory.createURI("https://example.org/stale"),
                            NK.name.asNode(),
                            NodeFactory.createLiteralString("stale"))));
        }
        Files.delete(shards.resolve("part-00009.nq.gz"));
        assertEquals(0, Main.run("load", "--db", db.toString(), shards.toString()));
        assertSameGraphs(expected, db);
        assertEquals(
                0,
                Main.run("load", "--loader", "parallel", "--db", db.toString(), shards.toString()),
                "loading again changes nothing");
        assertSameGraphs(expected, db);

        Path transactional = tmp.resolve("transactional");
        assertEquals(
                0, Main.run("load", "--loader", "transactional", "--db", transactional.toString(), shards.toString()));
        assertSameGraphs(expected, transactional);
    }

    @Test
    void loadsIntoARunningServer(@TempDir Path tmp) throws Exception {
        Path ingested = tmp.resolve("ingested");
        assertEquals(
                0,
                Main.run(
                        "ingest",
                        "--db",
                        ingested.toString(),
                        TestKit.examples(tmp.resolve("examples")).toString()));
        Map<Node, Graph> expected;
        try (Store a = Store.openExisting(ingested)) {
            expected = graphs(a);
        }
        Path shards = writeShards(tmp.resolve("shards"), expected);
        Path db = tmp.resolve("served");
        Path credentials = tmp.resolve("credentials.txt");
        Files.writeString(credentials, "loader: pw-123\n");
        Path serverUsers = tmp.resolve("users.txt");
        org.newskg.serve.auth.UsersFile.setPassword(serverUsers, "loader", "pw-123".toCharArray());
        try (Store store = Store.open(db)) {
            Server server = Server.builder(store.dataset())
                    .port(0)
                    .allowUpdate(true)
                    .authFile(serverUsers)
                    .start();
            try {
                String url = "http://127.0.0.1:" + server.port() + "/newskg/data";
                String auth = credentials.toString();
                assertEquals(0, Main.run("load", "--remote", url, "--remote-auth", auth, shards.toString()));
                assertEquals(0, Main.run("load", "--remote", url, "--remote-auth", auth, shards.toString()));
            } finally {
                server.stop();
            }
        }
        assertSameGraphs(expected, db);
    }

    /** The article graphs in two shards, one gzip and one plain, each graph's quads together. */
    private static Path writeShards(Path dir, Map<Node, Graph> graphs) throws IOException {
        Files.createDirectories(dir);
        List<Node> names = new ArrayList<>(graphs.keySet());
        names.remove(Store.ONTOLOGY_GRAPH);
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("part-00000.nq.gz")));
                OutputStream plain = Files.newOutputStream(dir.resolve("part-00001.nq"))) {
            for (int i = 0; i < names.size(); i++) {
                StreamRDF w = StreamRDFWriter.getWriterStream(i % 2 == 0 ? gz : plain, RDFFormat.NQUADS);
                w.start();
                Node g = names.get(i);
                graphs.get(g).find().forEachRemaining(t -> w.quad(Quad.create(g, t)));
                w.finish();
            }
        }
        return dir;
    }

    private static void assertSameGraphs(Map<Node, Graph> expected, Path db) {
        try (Store b = Store.openExisting(db)) {
            Map<Node, Graph> actual = graphs(b);
            assertEquals(expected.keySet(), actual.keySet());
            expected.forEach((g, graph) -> assertTrue(graph.isIsomorphicWith(actual.get(g)), "graph " + g));
        }
    }

    private static Map<Node, Graph> graphs(Store store) {
        Map<Node, Graph> out = new HashMap<>();
        Txn.executeRead(
                store.dataset(),
                () -> store.datasetGraph().listGraphNodes().forEachRemaining(g -> {
                    Graph copy = GraphFactory.createDefaultGraph();
                    store.datasetGraph().getGraph(g).find().forEachRemaining(copy::add);
                    out.put(g, copy);
                }));
        return out;
    }
}
