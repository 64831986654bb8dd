package org.newskg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.article.ArticleSources;
import org.newskg.cli.Main;
import org.newskg.eval.ContractQueries;
import org.newskg.store.Store;

/**
 * The acceptance test of issue 15: articles through {@link ExtractJob} in Spark local mode and
 * loaded with `newskg load` give the store `newskg ingest` gives: the same named graphs, each
 * isomorphic, and the same contract-query answers. Always on the bundled example articles (with a
 * copy of one under another name and two bad inputs); on a 300-article sample of the BBC corpus
 * when ../shared is there.
 */
class ExtractJobEquivalenceIT {
    static final Path BBC = Path.of("../../shared/corpus/bbc");
    static final List<String> EXAMPLES =
            List.of("harbour-talks.txt", "ministers-meet.txt", "phone-call.txt", "trade-summit.txt");

    static JavaSparkContext sc;

    @BeforeAll
    static void spark() {
        sc = new JavaSparkContext(new SparkConf()
                .setMaster("local[2]")
                .setAppName("ExtractJobEquivalenceIT")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1"));
    }

    @AfterAll
    static void stop() {
        if (sc != null) {
            sc.close();
        }
    }

    @Test
    void bundledExamplesWithACopyAndBadInputs(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("articles"));
        for (String name : EXAMPLES) {
            try (InputStream s = ArticleSources.class.getResourceAsStream("/examples/" + name)) {
                Files.write(in.resolve(name), s.readAllBytes());
            }
        }
        // the same text under a later name: ingest keeps the first (harbour-talks), so must the job
        Files.copy(in.resolve("harbour-talks.txt"), in.resolve("zz-harbour-copy.txt"));
        Files.writeString(in.resolve("empty.txt"), "   \n");
        Files.writeString(in.resolve("broken.json"), "{\"title\": \"cut short");
        Files.createDirectories(in.resolve(".hidden"));
        Files.writeString(in.resolve(".hidden/ignored.txt"), "Not an article anyone asked for.");

        Path out = tmp.resolve("shards");
        JobSummary s = ExtractJob.run(sc, List.of(in.toString()), out.toString(), options(), 2);

        assertEquals(7, s.files(), s.describe());
        assertEquals(4, s.stored(), s.describe());
        assertEquals(1, s.duplicates(), s.describe());
        assertTrue(s.failed() >= 2, s.describe());
        assertTrue(Files.exists(out.resolve("_SUCCESS")));
        assertTrue(Files.readString(out.resolve("_summary")).startsWith("extract: 7 files"));
        String problems = readProblems(out);
        assertTrue(problems.contains("empty.txt") && problems.contains("broken.json"), problems);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(
                    2,
                    files.filter(f -> f.getFileName().toString().matches("part-\\d+\\.nq\\.gz"))
                            .count());
        }

        assertSameStore(tmp, List.of(in.toString()), out);
    }

    @Test
    void bbcSampleOf300(@TempDir Path tmp) throws IOException {
        assumeTrue(Files.isDirectory(BBC), BBC + " is absent");
        List<String> sample = new ArrayList<>();
        try (Stream<Path> files = Files.list(BBC)) {
            List<Path> all = files.filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
            for (int i = 0; i < all.size() && sample.size() < 300; i += 7) {
                sample.add(all.get(i).toString());
            }
        }
        Path out = tmp.resolve("shards");
        long t0 = System.nanoTime();
        JobSummary s = ExtractJob.run(sc, sample, out.toString(), options(), 4);
        System.out.printf("BBC sample: %s (%.1f s in the job)%n", s.describe(), (System.nanoTime() - t0) / 1e9);
        assertEquals(300, s.files());
        assertEquals(300, s.read());

        assertSameStore(tmp, sample, out);
    }

    private static JobOptions options() {
        return new JobOptions(null, null, true, ArticleSources.DEFAULT_MAX_BYTES);
    }

    /** `ingest` of the inputs and `load` of the shards, then graph by graph and query by query. */
    private static void assertSameStore(Path tmp, List<String> inputs, Path shards) throws IOException {
        Path ingested = tmp.resolve("ingested");
        Path loaded = tmp.resolve("loaded");
        List<String> ingest = new ArrayList<>(List.of("ingest", "--db", ingested.toString()));
        ingest.addAll(inputs);
        Main.run(ingest.toArray(String[]::new)); // 1 when inputs failed, as the job's do
        assertEquals(0, Main.run("load", "--db", loaded.toString(), shards.toString()));

        try (Store a = Store.openExisting(ingested);
                Store b = Store.openExisting(loaded)) {
            Map<Node, Graph> expected = graphs(a);
            Map<Node, Graph> actual = graphs(b);
            assertEquals(new TreeSet<>(names(expected)), new TreeSet<>(names(actual)), "the named graphs");
            for (Map.Entry<Node, Graph> e : expected.entrySet()) {
                Graph got = actual.get(e.getKey());
                if (!e.getValue().isIsomorphicWith(got)) {
                    throw new AssertionError("graph " + e.getKey() + " differs.\ningest:\n" + turtle(e.getValue())
                            + "\njob + load:\n" + turtle(got));
                }
            }
            ContractQueries q = ContractQueries.bundled();
            ContractQueries.Results ra = q.run(a);
            ContractQueries.Results rb = q.run(b);
            assertTrue(ra.problems().isEmpty() && rb.problems().isEmpty(), ra.problems() + " " + rb.problems());
            for (String area : ra.rows().keySet()) {
                List<String> expectedRows = rows(ra, area);
                List<String> actualRows = rows(rb, area);
                TreeSet<String> missing = new TreeSet<>(expectedRows);
                missing.removeAll(actualRows);
                TreeSet<String> extra = new TreeSet<>(actualRows);
                extra.removeAll(expectedRows);
                assertTrue(
                        missing.isEmpty() && extra.isEmpty(),
                        "contract query " + area + ": only from ingest " + missing + "; only from job + load " + extra);
                assertEquals(expectedRows.size(), actualRows.size(), area);
            }
        }
    }

    /**
     * The rows as text. A GROUP_CONCAT (roles' wordings) joins its values in the order the store
     * meets them, which follows TDB2's internal node ids, and those depend on the order quads were
     * written: the values are compared as a set.
     */
    private static List<String> rows(ContractQueries.Results r, String area) {
        return r.rows().get(area).rows().stream()
                .map(row -> {
                    java.util.TreeMap<String, String> sorted = new java.util.TreeMap<>();
                    row.forEach((k, v) -> sorted.put(
                            k, v == null ? null : String.join(" | ", new TreeSet<>(List.of(v.split(" \\| "))))));
                    return sorted.toString();
                })
                .toList();
    }

    private static List<String> names(Map<Node, Graph> graphs) {
        return graphs.keySet().stream().map(Node::toString).toList();
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

    private static String turtle(Graph g) {
        java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
        RDFDataMgr.write(o, g, RDFFormat.TURTLE_PRETTY);
        return o.toString(StandardCharsets.UTF_8);
    }

    private static String readProblems(Path out) throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> files = Files.list(out.resolve("_problems"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("part-"))
                    .sorted()
                    .toList()) {
                b.append(Files.readString(f));
            }
        }
        return b.toString();
    }
}
