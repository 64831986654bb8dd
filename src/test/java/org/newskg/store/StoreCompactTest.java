package org.newskg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreCompactTest {

    private static List<Quad> article(Node g, int version) {
        List<Quad> quads = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            quads.add(Quad.create(g, NodeFactory.createURI("http://example.org/s" + i),
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
}
