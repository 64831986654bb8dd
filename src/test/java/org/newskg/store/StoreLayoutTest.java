package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's four-quad-index layout: what TDB2 records, what compaction leaves, older stores. */
class StoreLayoutTest {
    private static final Node P = NodeFactory.createURI("http://example.org/p");
    private static final Node KIND = NodeFactory.createURI("http://example.org/Kind");

    private static Node article(int a) {
        return NodeFactory.createURI("http://example.org/article/" + a);
    }

    /** Article {@code a}: 50 subjects, those with an even number point at KIND. */
    private static GraphTarget.GraphWrite write(int a) {
        List<Quad> quads = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Node s = NodeFactory.createURI("http://example.org/a" + a + "/s" + i);
            quads.add(Quad.create(article(a), s, P, i % 2 == 0 ? KIND : NodeFactory.createLiteralString("v" + i)));
        }
        return new GraphTarget.GraphWrite(article(a), quads);
    }

    /** Subjects pointing at KIND inside one graph: graph, predicate and object bound (GPOS in TDB2's default layout). */
    private static int inGraph(Dataset ds, int a) {
        String q = "SELECT (COUNT(*) AS ?n) { GRAPH <" + article(a).getURI() + "> { ?s <" + P.getURI() + "> <"
                + KIND.getURI() + "> } }";
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.create(q, ds)) {
                return qe.execSelect().next().getLiteral("n").getInt();
            }
        });
    }

    /** Opens the store as any TDB2 tool would (no newskg layout), runs the checks, lets it go. */
    private static void withPlainConnection(Path db, java.util.function.Consumer<Dataset> checks) {
        Dataset plain = TDB2Factory.connectDataset(db.toString());
        try {
            checks.accept(plain);
        } finally {
            TDBInternal.expel(plain.asDatasetGraph());
        }
    }

    private static Path generation(Path db) throws java.io.IOException {
        try (var dirs = Files.list(db)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("Data-"))
                    .sorted()
                    .reduce((x, y) -> y)
                    .orElseThrow();
        }
    }

    @Test
    void aNewStoreKeepsFourQuadIndexesAndOtherToolsReadItsLayout(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        try (Store store = Store.open(db)) {
            store.replaceGraphs(List.of(write(1), write(2)));
        }
        String cfg = Files.readString(db.resolve("tdb.cfg"));
        assertTrue(cfg.contains("\"OSPG\"") && !cfg.contains("\"GPOS\""), cfg);
        assertFalse(Files.exists(generation(db).resolve("GPOS.dat")));
        // a plain TDB2 connection (tdb2.tdbquery, a Fuseki configuration) opens it with the recorded layout
        withPlainConnection(db, plain -> {
            assertEquals(25, inGraph(plain, 1));
            assertEquals(25, inGraph(plain, 2));
        });
    }

    @Test
    void compactionLeavesTheLayoutAndLaterWritesAreSeen(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        try (Store store = Store.open(db)) {
            for (int round = 0; round < 3; round++) {
                store.replaceGraphs(List.of(write(1), write(2)));
            }
            store.compact();
        }
        assertFalse(Files.exists(generation(db).resolve("GPOS.dat")), "compaction's extra indexes are removed");
        assertFalse(Files.exists(generation(db).resolve("GOSP.dat")), "compaction's extra indexes are removed");
        try (Store store = Store.open(db)) {
            store.replaceGraphs(List.of(write(3)));
            assertEquals(25, inGraph(store.dataset(), 1));
            assertEquals(25, inGraph(store.dataset(), 3));
            assertEquals(150, store.quadCount());
        }
    }

    @Test
    void aStoreWithTdb2sDefaultLayoutKeepsItsSixIndexes(@TempDir Path dir) {
        Path db = dir.resolve("db");
        Dataset old = TDB2Factory.connectDataset(db.toString());
        Txn.executeWrite(old, () -> write(1).quads().forEach(old.asDatasetGraph()::add));
        TDBInternal.expel(old.asDatasetGraph());
        try (Store store = Store.open(db)) {
            store.replaceGraphs(List.of(write(2)));
        }
        // the graph-first secondary indexes got the new article too: nothing stale for older readers
        withPlainConnection(db, again -> {
            assertEquals(25, inGraph(again, 1));
            assertEquals(25, inGraph(again, 2));
        });
    }
}
