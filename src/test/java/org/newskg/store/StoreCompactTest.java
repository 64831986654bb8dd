package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCompactTest {

    private static List<Quad> article(Node g, int version) {
        List<Quad> quads = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            quads.add(Quad.create(
                    g,
                    NodeFactory.createURI("http://example.org/s" + i),
                    NodeFactory.createURI("http://example.org/p" + (i % 7)),
                    NodeFactory.createLiteralString("version " + version + " value " + i)));
        }
        return quads;
    }

    @Test
    void compactionKeepsTheContentAndDropsWhatCommitsReplaced(@TempDir Path dir) {
        try (Store store = Store.open(dir.resolve("db"))) {
            // many small commits, each replacing the articles: the old blocks stay on disk
            for (int version = 0; version < 30; version++) {
                List<GraphTarget.GraphWrite> batch = new ArrayList<>();
                for (int a = 0; a < 5; a++) {
                    Node g = NodeFactory.createURI("http://example.org/article/" + a);
                    batch.add(new GraphTarget.GraphWrite(g, article(g, version)));
                }
                store.replaceGraphs(batch);
            }
            long quads = store.quadCount();
            long[] size = store.compact();
            assertEquals(quads, store.quadCount(), "compaction keeps every quad");
            assertEquals(5 * 200, quads);
            assertTrue(size[1] < size[0], "smaller after compaction: " + size[0] + " -> " + size[1]);
        }
    }

    /**
     * Issue 19: compact reported apparent sizes. TDB2 extends its memory-mapped files in large steps
     * that stay sparse: a store of one small graph appears to take well over 100 MB and occupies
     * well under one. The size reported is what the disk holds, as du counts it.
     */
    @Test
    void sizesAreDiskUsageNotApparentSize(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(
                new ProcessBuilder("du", "-sk", dir.toString()).start().waitFor() == 0, "no du here");
        Path db = dir.resolve("db");
        try (Store store = Store.open(db)) {
            Node g = NodeFactory.createURI("http://example.org/article/0");
            store.replaceGraph(g, article(g, 0));
        }
        Path sparse = dir.resolve("sparse-probe");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(sparse.toFile(), "rw")) {
            f.setLength(64L << 20);
        }
        Assumptions.assumeTrue(Store.bytesOnDisk(sparse) < 1L << 20, "this file system does not keep files sparse");
        long apparent = Store.apparentBytes(db);
        long used = Store.bytesOnDisk(db);
        assertTrue(used > 0, "disk usage " + used);
        assertTrue(apparent > 64L << 20, "TDB2's files were expected to be large and sparse: " + apparent);
        assertTrue(used < 16L << 20, "a one-graph store takes " + used + " bytes on disk (apparent " + apparent + ")");
    }
}
