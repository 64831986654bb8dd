package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.article.Article;
import org.newskg.article.ArticleMeta;
import org.newskg.article.ArticleSources;
import org.newskg.problem.ProblemReporter;
import org.newskg.rdf.GraphValidator;
import org.newskg.rdf.Iris;
import org.newskg.store.Store;

/**
 * {@link Pipeline#process(Article, org.apache.jena.riot.system.StreamRDF)} feeds any consumer the
 * same output: an article written as N-Quads, read back, is the graph {@code newskg ingest} stores
 * for it, under the same graph name, and a counter counts exactly its quads.
 */
class PipelineSinkIT {

    static final Path FILE = GoldenGraphsIT.EXAMPLES.resolve("harbour-talks.txt");

    /** The article as ingest reads it from its file. */
    static Article article() {
        List<Article> read = new ArrayList<>();
        ArticleSources.defaults().read(FILE, ArticleMeta.of(null), ProblemReporter.collecting(p -> {}), read::add);
        assertEquals(1, read.size());
        return read.get(0);
    }

    @Test
    void nquadsFileCounterAndStoreGetTheSameGraph(@TempDir Path tmp) {
        Path file = FILE;
        Article article = article();
        Node graphName = Iris.article(article.id());

        // an N-Quads file and a counter, both fed from one run: the caller owns start and finish
        ByteArrayOutputStream nq = new ByteArrayOutputStream();
        StreamRDF writer = StreamRDFWriter.getWriterStream(nq, Lang.NQUADS);
        StreamRDFCounting counter = StreamRDFLib.count(writer);
        counter.start();
        ProcessedArticle p = TestKit.pipeline().process(article, counter);
        counter.finish();
        assertTrue(p.valid(), p.violations().toString());
        DatasetGraph fromFile = DatasetGraphFactory.create();
        RDFParser.fromString(nq.toString(java.nio.charset.StandardCharsets.UTF_8), Lang.NQUADS)
                .parse(fromFile);

        // the store, through the real ingest
        try (Store store = Store.open(tmp.resolve("db"))) {
            IngestSummary s = TestKit.ingest(store, file);
            assertEquals(1, s.stored(), s.describe());
            Graph stored = GraphFactory.createDefaultGraph();
            List<Node> storedGraphs = new ArrayList<>();
            Txn.executeRead(store.dataset(), () -> {
                store.datasetGraph().listGraphNodes().forEachRemaining(storedGraphs::add);
                store.datasetGraph().getGraph(graphName).find().forEachRemaining(stored::add);
            });
            assertEquals(List.of(graphName), storedGraphs);

            List<Node> fileGraphs = new ArrayList<>();
            fromFile.listGraphNodes().forEachRemaining(fileGraphs::add);
            assertEquals(List.of(graphName), fileGraphs, "the N-Quads name the article's graph, and only it");
            assertTrue(fromFile.getDefaultGraph().isEmpty());
            Graph written = fromFile.getGraph(graphName);
            assertTrue(stored.size() > 100, "a real graph: " + stored.size() + " triples");
            assertTrue(
                    written.isIsomorphicWith(stored),
                    "N-Quads and store differ:\n" + GoldenGraphsIT.diff(stored, written));
            // each quad once: the sink gets the distinct quads the store holds, no more
            assertEquals(stored.size(), counter.countQuads());
            assertEquals(stored.size(), counter.count());
        }
    }

    /** A sink may be a file: what it is sent must already have passed the shapes the store asks for. */
    @Test
    void aGraphThatDoesNotConformIsSentNowhere() {
        Components c = TestKit.pipeline().components();
        // a shape every article breaks: a title is not allowed
        Shapes strict = Shapes.parse(RDFParser.fromString("""
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix nk: <https://newskg.org/ontology#> .
                nk:UntitledArticle a sh:NodeShape ; sh:targetClass nk:Article ;
                    sh:property [ sh:path nk:title ; sh:maxCount 0 ] .
                """, Lang.TURTLE).toGraph());
        Pipeline refusing = new Pipeline(new Components(
                c.models(), c.index(), c.cleaner(), c.extractor(), c.linker(), c.mapper(), new GraphValidator(strict)));
        StreamRDFCounting counter = StreamRDFLib.count();
        counter.start();
        ProcessedArticle p = refusing.process(article(), counter);
        counter.finish();
        assertFalse(p.valid());
        assertTrue(
                p.violations().stream().anyMatch(v -> v.contains("title")),
                p.violations().toString());
        assertEquals(0, counter.count(), "quads of a refused graph reached the sink");
        // kept in the record, to show what was refused
        assertTrue(p.quads().size() > 100, p.quads().size() + " quads");
    }
}
