package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.pipeline.TestKit;
import org.newskg.rdf.NK;
import org.newskg.store.Store;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Exports of the bundled examples (always) and of the seed articles (when ../shared is present), read
 * back by independent readers: JGraphT's GraphML and DOT importers, a DOM parser for GEXF, Jackson for
 * Cytoscape JSON, Graphviz for rendering, Jena for the RDF round trips. Expected counts come from the
 * RDF itself through the model API, not through the export's queries.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportIT {
    private final Map<String, Store> stores = new HashMap<>();
    private Path tmp;

    @BeforeAll
    void ingest() throws IOException {
        tmp = Files.createTempDirectory("newskg-export-it");
        Store examples = Store.open(tmp.resolve("examples-db"));
        examples.ensureOntology();
        TestKit.ingest(examples, TestKit.examples(tmp.resolve("examples")));
        stores.put("examples", examples);
        if (Files.isDirectory(TestKit.SEEDS)) {
            Store seeds = Store.open(tmp.resolve("seeds-db"));
            seeds.ensureOntology();
            TestKit.ingest(seeds, TestKit.SEEDS);
            stores.put("seeds", seeds);
        }
    }

    @AfterAll
    void close() {
        stores.values().forEach(Store::close);
    }

    private Dataset dataset(String name) {
        Store s = stores.get(name);
        Assumptions.assumeTrue(s != null, "../shared/seeds is absent");
        return s.dataset();
    }

    private static byte[] export(Dataset ds, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exporter(format).export(ds, out);
        return out.toByteArray();
    }

    /** What the exports should hold, read from the RDF with the model API. */
    record Expected(
            Map<String, String> typeOf, Map<String, String> labelOf, Map<String, String> qidOf, Set<String> edges) {
        int nodes() {
            return typeOf.size();
        }
    }

    private static Expected expected(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            Model m = ds.getUnionModel();
            Map<String, String> type = new LinkedHashMap<>();
            Map<Resource, String> classes = new LinkedHashMap<>();
            classes.put(NK.Person, "person");
            classes.put(NK.Organization, "organisation");
            classes.put(NK.Location, "location");
            classes.put(NK.Role, "role");
            classes.put(NK.Meeting, "meeting");
            classes.put(NK.Statement, "statement");
            classes.put(NK.Article, "article");
            classes.forEach((c, t) ->
                    m.listSubjectsWithProperty(RDF.type, c).forEachRemaining(s -> type.putIfAbsent(s.getURI(), t)));
            Map<String, String> label = new HashMap<>();
            Map<String, String> qid = new HashMap<>();
            for (String id : type.keySet()) {
                Resource r = m.createResource(id);
                if (r.hasProperty(org.apache.jena.vocabulary.RDFS.label)) {
                    label.put(
                            id,
                            r.getProperty(org.apache.jena.vocabulary.RDFS.label).getString());
                }
                // persons, organisations, places: owl:sameAs; roles: the Wikidata position item
                r.listProperties(org.apache.jena.vocabulary.OWL.sameAs)
                        .andThen(r.listProperties(NK.position))
                        .forEachRemaining(st -> {
                            if (st.getObject().isURIResource()
                                    && st.getResource().getURI().startsWith("http://www.wikidata.org/entity/Q")) {
                                qid.put(id, st.getResource().getLocalName());
                            }
                        });
            }
            Set<String> edges = new HashSet<>();
            Map<Property, String> forward = Map.of(
                    NK.holdsRole,
                    "holds role",
                    NK.formerlyHeldRole,
                    "formerly held role",
                    NK.ofCountry,
                    "role of",
                    NK.ofOrganization,
                    "role of",
                    NK.location,
                    "held at",
                    NK.reportedIn,
                    "reported in",
                    NK.mentions,
                    "mentions",
                    NK.about,
                    "about");
            Map<Property, String> backward = Map.of(NK.speaker, "said", NK.participant, "took part in");
            forward.forEach((p, rel) -> m.listStatements(null, p, (RDFNode) null)
                    .forEachRemaining(st -> {
                        if (st.getObject().isURIResource()
                                && type.containsKey(st.getSubject().getURI())
                                && type.containsKey(st.getResource().getURI())) {
                            edges.add(st.getSubject().getURI() + " " + rel + " "
                                    + st.getResource().getURI());
                        }
                    }));
            backward.forEach((p, rel) -> m.listStatements(null, p, (RDFNode) null)
                    .forEachRemaining(st -> {
                        if (st.getObject().isURIResource()
                                && type.containsKey(st.getSubject().getURI())
                                && type.containsKey(st.getResource().getURI())) {
                            edges.add(st.getResource().getURI() + " " + rel + " "
                                    + st.getSubject().getURI());
                        }
                    }));
            return new Expected(type, label, qid, edges);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples", "seeds"})
    void graphmlReadByJGraphT(String which) throws IOException {
        Dataset ds = dataset(which);
        Expected exp = expected(ds);
        byte[] bytes = export(ds, "graphml");
        var g = GraphTypeBuilder.<String, DefaultEdge>directed()
                .allowingMultipleEdges(true)
                .allowingSelfLoops(true)
                .edgeClass(DefaultEdge.class)
                .buildGraph();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(false);
        importer.setVertexFactory(id -> id);
        Map<String, Map<String, String>> attrs = new HashMap<>();
        importer.addVertexAttributeConsumer((p, a) ->
                attrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        Map<DefaultEdge, String> relation = new HashMap<>();
        importer.addEdgeAttributeConsumer((p, a) -> {
            if (p.getSecond().equals("relation")) {
                relation.put(p.getFirst(), a.getValue());
            }
        });
        importer.importGraph(g, new ByteArrayInputStream(bytes));
        assertEquals(exp.nodes(), g.vertexSet().size(), "nodes");
        assertEquals(exp.edges().size(), g.edgeSet().size(), "edges");
        Set<String> read = new HashSet<>();
        for (DefaultEdge e : g.edgeSet()) {
            read.add(g.getEdgeSource(e) + " " + relation.get(e) + " " + g.getEdgeTarget(e));
        }
        assertEquals(exp.edges(), read);
        for (var en : exp.typeOf().entrySet()) {
            Map<String, String> a = attrs.get(en.getKey());
            assertNotNull(a, en.getKey());
            assertEquals(en.getValue(), a.get("type"), en.getKey());
            if (exp.labelOf().containsKey(en.getKey()) && !en.getValue().equals("statement")) {
                assertEquals(PropertyGraphs.shorten(exp.labelOf().get(en.getKey()), 80), a.get("label"), en.getKey());
            }
            assertEquals(exp.qidOf().get(en.getKey()), a.get("qid"), en.getKey());
            if (en.getValue().equals("person")) {
                assertNotNull(a.get("statements"), "person nodes count their statements");
                assertNotNull(a.get("articles"));
            }
        }
        checkKnownPersons(which, attrs);
    }

    private static void checkKnownPersons(String which, Map<String, Map<String, String>> attrs) {
        Map<String, Map<String, String>> byLabel = new HashMap<>();
        attrs.values().forEach(a -> {
            if ("person".equals(a.get("type"))) {
                byLabel.put(a.get("label"), a);
            }
        });
        if (which.equals("examples")) {
            assertTrue(
                    byLabel.keySet().containsAll(List.of("Clara Weissmann", "Paola Ferrante", "Sofia Irigoyen")),
                    byLabel.keySet().toString());
        } else {
            Map<String, String> putin = byLabel.get("Vladimir Putin");
            assertNotNull(putin, byLabel.keySet().toString());
            assertEquals("Q7747", putin.get("qid"));
            assertTrue(Integer.parseInt(putin.get("articles")) >= 1);
            assertTrue(byLabel.containsKey("Dmitry Peskov"), byLabel.keySet().toString());
            assertTrue(Integer.parseInt(byLabel.get("Dmitry Peskov").get("statements")) >= 5);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples", "seeds"})
    void dotReadByJGraphTAndRenderedByGraphviz(String which) throws Exception {
        Dataset ds = dataset(which);
        Expected exp = expected(ds);
        byte[] bytes = export(ds, "dot");
        var g = GraphTypeBuilder.<String, DefaultEdge>directed()
                .allowingMultipleEdges(true)
                .allowingSelfLoops(true)
                .edgeClass(DefaultEdge.class)
                .buildGraph();
        DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);
        Map<String, Map<String, String>> attrs = new HashMap<>();
        importer.addVertexAttributeConsumer((p, a) ->
                attrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        importer.importGraph(g, new StringReader(new String(bytes, StandardCharsets.UTF_8)));
        assertEquals(exp.nodes(), g.vertexSet().size(), "nodes");
        assertEquals(exp.edges().size(), g.edgeSet().size(), "edges");
        for (var en : exp.typeOf().entrySet()) {
            assertEquals(en.getValue(), attrs.get(en.getKey()).get("type"), en.getKey());
            assertEquals(exp.qidOf().get(en.getKey()), attrs.get(en.getKey()).get("qid"), en.getKey());
        }
        checkKnownPersons(which, attrs);

        boolean haveDot = Graphviz.available();
        if (!haveDot) {
            if (System.getenv("CI") != null) {
                fail("Graphviz `dot` is not installed, and CI must render the DOT export (.ci/run installs it)");
            }
            Assumptions.abort("Graphviz `dot` is not installed");
        }
        Path dotFile = tmp.resolve(which + ".dot");
        Files.write(dotFile, bytes);
        Path svg = tmp.resolve(which + ".svg");
        Process p = new ProcessBuilder("dot", "-Tsvg", "-o", svg.toString(), dotFile.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        String s = Files.readString(svg);
        assertTrue(s.contains("<svg"), "dot wrote SVG");
        assertTrue(s.contains(which.equals("examples") ? "Clara Weissmann" : "Vladimir Putin"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples", "seeds"})
    void gexfIsWellFormedGexf13(String which) throws Exception {
        Dataset ds = dataset(which);
        Expected exp = expected(ds);
        byte[] bytes = export(ds, "gexf");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        Element root = doc.getDocumentElement();
        String ns = "http://gexf.net/1.3";
        assertEquals("gexf", root.getLocalName());
        assertEquals(ns, root.getNamespaceURI());
        assertEquals("1.3", root.getAttribute("version"));
        Element graph = (Element) root.getElementsByTagNameNS(ns, "graph").item(0);
        assertEquals("dynamic", graph.getAttribute("mode"));
        assertEquals("date", graph.getAttribute("timeformat"));
        assertEquals("directed", graph.getAttribute("defaultedgetype"));
        // declared attributes
        Set<String> declared = new HashSet<>();
        NodeList attributes = graph.getElementsByTagNameNS(ns, "attribute");
        for (int i = 0; i < attributes.getLength(); i++) {
            declared.add(((Element) attributes.item(i)).getAttribute("id"));
        }
        assertTrue(
                declared.containsAll(List.of("type", "qid", "statements", "articles", "relation")),
                declared.toString());
        NodeList nodes =
                ((Element) graph.getElementsByTagNameNS(ns, "nodes").item(0)).getElementsByTagNameNS(ns, "node");
        NodeList edges =
                ((Element) graph.getElementsByTagNameNS(ns, "edges").item(0)).getElementsByTagNameNS(ns, "edge");
        assertEquals(exp.nodes(), nodes.getLength());
        assertEquals(exp.edges().size(), edges.getLength());
        Set<String> ids = new HashSet<>();
        int dated = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            Element n = (Element) nodes.item(i);
            ids.add(n.getAttribute("id"));
            assertFalse(n.getAttribute("label").isEmpty());
            String type = null;
            NodeList av = n.getElementsByTagNameNS(ns, "attvalue");
            for (int k = 0; k < av.getLength(); k++) {
                Element a = (Element) av.item(k);
                assertTrue(declared.contains(a.getAttribute("for")), a.getAttribute("for"));
                if (a.getAttribute("for").equals("type")) {
                    type = a.getAttribute("value");
                }
            }
            assertEquals(exp.typeOf().get(n.getAttribute("id")), type);
            if (n.hasAttribute("start")) {
                assertTrue(n.getAttribute("start").matches("\\d{4}-\\d{2}-\\d{2}"), n.getAttribute("start"));
                assertTrue(List.of("meeting", "statement", "article").contains(type), type);
                dated++;
            }
        }
        assertTrue(dated > 0, "meetings or statements carry their dates");
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            assertTrue(ids.contains(e.getAttribute("source")) && ids.contains(e.getAttribute("target")));
            assertTrue(PropertyGraph.RELATIONS.contains(e.getAttribute("label")), e.getAttribute("label"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples", "seeds"})
    void cytoscapeJsonLoads(String which) throws IOException {
        Dataset ds = dataset(which);
        Expected exp = expected(ds);
        JsonNode root = new ObjectMapper().readTree(export(ds, "cytoscape"));
        JsonNode nodes = root.path("elements").path("nodes");
        JsonNode edges = root.path("elements").path("edges");
        assertEquals(exp.nodes(), nodes.size());
        assertEquals(exp.edges().size(), edges.size());
        Map<String, Long> byType = new HashMap<>();
        nodes.forEach(n -> byType.merge(n.path("data").path("type").asText(), 1L, Long::sum));
        Map<String, Long> expByType = new HashMap<>();
        exp.typeOf().values().forEach(t -> expByType.merge(t, 1L, Long::sum));
        assertEquals(expByType, byType);
        Set<String> ids = new HashSet<>();
        nodes.forEach(n -> ids.add(n.path("data").path("id").asText()));
        edges.forEach(e -> {
            assertTrue(ids.contains(e.path("data").path("source").asText()));
            assertTrue(ids.contains(e.path("data").path("target").asText()));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples", "seeds"})
    void rdfExportsRoundTrip(String which) throws IOException {
        Dataset ds = dataset(which);
        DatasetGraph original = Txn.calculateRead(ds, () -> {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            ds.asDatasetGraph().find().forEachRemaining(copy::add);
            return copy;
        });
        Graph union = Txn.calculateRead(ds, () -> {
            Graph u = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            ds.asDatasetGraph().getUnionGraph().find().forEachRemaining(u::add);
            return u;
        });

        DatasetGraph nq = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(export(ds, "nquads")))
                .lang(Lang.NQUADS)
                .parse(nq);
        assertTrue(IsoMatcher.isomorphic(original, nq), "N-Quads round trip");

        DatasetGraph jsonld = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(export(ds, "jsonld")))
                .lang(Lang.JSONLD)
                .parse(jsonld);
        assertTrue(IsoMatcher.isomorphic(original, jsonld), "JSON-LD round trip");

        Graph ttl = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(export(ds, "turtle")))
                .lang(Lang.TURTLE)
                .parse(ttl);
        assertTrue(union.isIsomorphicWith(ttl), "Turtle round trip (union of the graphs)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples", "seeds"})
    void focusKeepsTheNeighbourhood(String which) throws IOException {
        Dataset ds = dataset(which);
        String name = which.equals("examples") ? "Clara Weissmann" : "Dmitry Peskov";
        PropertyGraph all = PropertyGraphs.of(ds);
        PropertyGraph near = all.focus(name, 1);
        Set<String> seed = all.match(name);
        assertEquals(1, seed.size(), seed.toString());
        String id = seed.iterator().next();
        Set<String> expected = new HashSet<>(seed);
        all.edges().forEach(e -> {
            if (e.source().equals(id)) {
                expected.add(e.target());
            }
            if (e.target().equals(id)) {
                expected.add(e.source());
            }
        });
        Set<String> got = new HashSet<>();
        near.nodes().forEach(n -> got.add(n.id()));
        assertEquals(expected, got);
        assertTrue(near.nodes().size() < all.nodes().size());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PropertyGraph written = new Exporter("graphml").focus(name, 1).export(ds, out);
        assertEquals(near.nodes().size(), written.nodes().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples"})
    void constructResultIsExported(String which) throws IOException {
        Dataset ds = dataset(which);
        String q = new String(
                ExportIT.class.getResourceAsStream("persons-and-meetings.rq").readAllBytes(), StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PropertyGraph g = new Exporter("cytoscape").construct(q).export(ds, out);
        Set<String> types = new HashSet<>();
        g.nodes().forEach(n -> types.add(n.type()));
        assertEquals(Set.of("person", "meeting"), types);
        assertTrue(g.edges().stream().allMatch(e -> e.relation().equals("took part in")));
        assertFalse(g.edges().isEmpty());
    }

    /** Whether Graphviz's dot runs here. */
    static final class Graphviz {
        static boolean available() {
            try {
                Process p = new ProcessBuilder("dot", "-V")
                        .redirectErrorStream(true)
                        .start();
                p.getInputStream().readAllBytes();
                return p.waitFor() == 0;
            } catch (IOException | InterruptedException e) {
                return false;
            }
        }
    }
}
