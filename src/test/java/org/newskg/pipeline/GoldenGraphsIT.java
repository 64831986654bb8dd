package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.rdf.NK;
import org.newskg.store.Store;

/**
 * Golden tests: each bundled example article ({@code src/main/resources/examples/*.txt}, what
 * {@code newskg demo} ingests) goes through the real ingest into a fresh TDB2 store, and its named
 * graph must be isomorphic to {@code src/test/resources/golden/NAME.ttl}. An example is a case by
 * being in the folder; its golden file must exist.
 *
 * <p>When an extraction change is intended, regenerate the files and review their diff in the commit:
 * <pre>{@code
 * ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=GoldenGraphsIT -Dgolden.update=true
 * }</pre>
 *
 * <p>Nothing is left out of the comparison: the mapper writes no ingest time or other value that
 * varies from run to run (the article IRI is a hash of its text, every other IRI a hash or slug of
 * names). A triple that ever does vary must be filtered out of both sides here, with the reason.
 */
class GoldenGraphsIT {
    static final Path EXAMPLES = Path.of("src/main/resources/examples");
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    /** Where the graphs just made are written on a mismatch, to diff whole files. */
    static final Path ACTUAL = Path.of("target/golden-actual");

    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TempDir
    static Path tmp;

    static Store store;
    /** Each example's named graph, by file name without extension ({@code nk:sourceFile}). */
    static final Map<String, Graph> graphs = new HashMap<>();

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - ".txt".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @BeforeAll
    static void ingest() {
        store = Store.open(tmp.resolve("db"));
        IngestSummary s = TestKit.ingest(store, EXAMPLES);
        assertEquals(0, s.failed(), s.describe() + "\n" + s.problems());
        Txn.executeRead(
                store.dataset(),
                () -> store.datasetGraph().listGraphNodes().forEachRemaining(g -> {
                    Graph copy = GraphFactory.createDefaultGraph();
                    store.datasetGraph().getGraph(g).find().forEachRemaining(copy::add);
                    copy.find(g, NK.sourceFile.asNode(), Node.ANY)
                            .forEachRemaining(t -> graphs.put(t.getObject().getLiteralLexicalForm(), copy));
                }));
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void graphIsTheGoldenOne(String name) throws IOException {
        Graph actual = graphs.get(name);
        assertTrue(
                actual != null,
                "no graph with nk:sourceFile \"" + name + "\" in the store; graphs: " + graphs.keySet());
        Path file = GOLDEN.resolve(name + ".ttl");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, SortedTurtle.write(actual));
            System.out.println("GoldenGraphsIT: wrote " + file + " (" + actual.size() + " triples)");
            return;
        }
        if (!Files.exists(file)) {
            fail("no golden graph " + file + " for example " + name + ".txt; " + HOW_TO_UPDATE);
        }
        Graph expected = GraphFactory.createDefaultGraph();
        RDFParser.source(file).lang(Lang.TURTLE).parse(expected);
        if (!expected.isIsomorphicWith(actual)) {
            Files.createDirectories(ACTUAL);
            Path written = ACTUAL.resolve(name + ".ttl");
            Files.writeString(written, SortedTurtle.write(actual));
            fail(name + ".txt: the graph differs from " + file + " (whole graph as made now: " + written + ")\n"
                    + diff(expected, actual) + HOW_TO_UPDATE);
        }
    }

    /** A golden file whose example is gone would never be compared again. */
    @Test
    void everyGoldenFileHasItsExample() throws IOException {
        if (!Files.isDirectory(GOLDEN)) {
            return; // every example fails above
        }
        Set<String> examples = examples().collect(Collectors.toSet());
        List<Path> stale;
        try (Stream<Path> files = Files.list(GOLDEN)) {
            stale = files.filter(
                            f -> !examples.contains(f.getFileName().toString().replaceFirst("\\.ttl$", "")))
                    .toList();
        }
        if (UPDATE) {
            for (Path f : stale) {
                Files.delete(f);
            }
            return;
        }
        assertEquals(List.of(), stale, "golden files without an example in " + EXAMPLES);
    }

    static final String HOW_TO_UPDATE =
            "\nIf the change is intended, regenerate the golden files and review their diff in "
                    + "the commit:\n  ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=GoldenGraphsIT "
                    + "-Dgolden.update=true\n";

    /**
     * The triples only one side has, one per line. Exact here since the graphs hold no blank nodes
     * (every node has a deterministic IRI); should that change, isomorphism still decides and these
     * lists may then also show blank-node triples that merely differ in their labels.
     */
    static String diff(Graph expected, Graph actual) {
        Set<String> e = lines(expected);
        Set<String> a = lines(actual);
        Set<String> removed = new TreeSet<>(e);
        removed.removeAll(a);
        Set<String> added = new TreeSet<>(a);
        added.removeAll(e);
        StringBuilder b = new StringBuilder();
        b.append("expected ")
                .append(expected.size())
                .append(" triples, got ")
                .append(actual.size())
                .append('\n');
        b.append("- only in the golden file (").append(removed.size()).append("):\n");
        removed.forEach(l -> b.append("-   ").append(l).append('\n'));
        b.append("+ only in the graph made now (").append(added.size()).append("):\n");
        added.forEach(l -> b.append("+   ").append(l).append('\n'));
        return b.toString();
    }

    private static Set<String> lines(Graph g) {
        Set<String> out = new TreeSet<>();
        g.find().forEachRemaining(t -> out.add(SortedTurtle.line(t)));
        return out;
    }
}
