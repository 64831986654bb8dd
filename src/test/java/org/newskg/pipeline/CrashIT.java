package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.NK;
import org.newskg.store.Store;

/**
 * Issue 5: a child JVM is killed (SIGKILL) in the middle of a large ingest; the store opens, holds
 * only whole articles, and a re-run ends with exactly the content of an uninterrupted run.
 */
class CrashIT {
    static final int ARTICLES = 400;

    /** Copies of the examples, each with text of its own (so each is a distinct article). */
    static Path generate(Path dir) throws Exception {
        Files.createDirectories(dir);
        String[] days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
        for (int i = 0; i < ARTICLES; i++) {
            String name = TestKit.EXAMPLES.get(i % TestKit.EXAMPLES.size());
            String text = TestKit.example(name);
            for (String d : days) {
                text = text.replace(" on " + d, " on " + days[(i / 4) % 7] + "__");
            }
            text = text.replace("__", "") + "\nEditing by desk " + i + ".\n";
            Files.writeString(dir.resolve(String.format("%03d-%s", i, name)), text);
        }
        return dir;
    }

    @Test
    void killedIngestLeavesWholeArticlesAndReRunCompletes(@TempDir Path tmp) throws Exception {
        Path in = generate(tmp.resolve("in"));
        Path crashed = tmp.resolve("crashed");
        Process child = new ProcessBuilder(
                        TestKit.childMain("ingest", "--db", crashed.toString(), "--threads", "1", in.toString()))
                .redirectErrorStream(true)
                .start();
        int done = 0;
        List<String> output = new ArrayList<>();
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                output.add(line);
                if (line.contains("articles done")) {
                    if (++done == 1) {
                        break; // a few seconds into writing
                    }
                }
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(done == 1, "the child ended before it was killed:\n" + String.join("\n", output));

        int whole;
        try (Store store = Store.open(crashed)) {
            whole = assertWholeArticles(store);
            assertTrue(whole > 0 && whole < ARTICLES, whole + " articles stored before the kill");
            IngestSummary rerun = TestKit.ingest(store, in);
            assertEquals(0, rerun.failed(), rerun.describe());
            assertEquals(ARTICLES - whole, rerun.stored(), rerun.describe());
            // what the killed child stored is byte-for-byte what a new JVM produces: nothing is rewritten
            assertEquals(whole, rerun.unchanged(), rerun.describe());
        }
        try (Store reference = Store.open(tmp.resolve("reference"));
                Store resumed = Store.open(crashed)) {
            reference.ensureOntology();
            IngestSummary full = TestKit.ingest(reference, in);
            assertEquals(ARTICLES, full.stored(), full.describe());
            DatasetGraph a = reference.datasetGraph();
            DatasetGraph b = resumed.datasetGraph();
            Txn.executeRead(
                    a,
                    () -> Txn.executeRead(b, () -> {
                        assertEquals(
                                org.apache.jena.atlas.iterator.Iter.count(a.find()),
                                org.apache.jena.atlas.iterator.Iter.count(b.find()),
                                "quad counts differ");
                        assertTrue(IsoMatcher.isomorphic(a, b), "the resumed store differs from an uninterrupted run");
                    }));
            assertEquals(ARTICLES, assertWholeArticles(resumed));
        }
    }

    /** Every article graph conforms and has its article node; returns how many there are. */
    static int assertWholeArticles(Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            int n = 0;
            DatasetGraph dsg = store.datasetGraph();
            for (Node g : org.apache.jena.atlas.iterator.Iter.toList(dsg.listGraphNodes())) {
                if (g.equals(Store.ONTOLOGY_GRAPH)) {
                    continue;
                }
                Graph graph = dsg.getGraph(g);
                assertTrue(graph.contains(Node.ANY, RDF.type.asNode(), NK.Article.asNode()), g + " has no nk:Article");
                List<String> v = TestKit.pipeline().components().validator().violations(graph);
                assertTrue(v.isEmpty(), g + " does not conform: " + v);
                n++;
            }
            return n;
        });
    }
}
