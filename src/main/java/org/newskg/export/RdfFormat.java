package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The RDF export formats. A store is written whole: N-Quads and JSON-LD keep the article graphs,
 * Turtle (which has no graphs) writes their union. A selection (one graph) is written as such.
 */
public enum RdfFormat {
    JSONLD("jsonld"),
    TURTLE("ttl"),
    NQUADS("nq");

    private final String extension;

    RdfFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Writes a dataset.
     *
     * @param union the union of its named graphs (what Turtle writes)
     */
    public void write(DatasetGraph dsg, Graph union, OutputStream out) throws IOException {
        switch (this) {
            case JSONLD -> new JsonLdWriter().write(dsg, out);
            case TURTLE -> turtleBlocks(union, out);
            case NQUADS -> RDFDataMgr.write(out, dsg, Lang.NQUADS);
        }
    }

    /** Turtle streamed in blocks (the store may be large), with the context's prefixes. */
    private static void turtleBlocks(Graph g, OutputStream out) {
        StreamRDF s = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
        s.start();
        PREFIXES.forEach(s::prefix);
        g.find().forEachRemaining(s::triple);
        s.finish();
    }

    static final java.util.Map<String, String> PREFIXES = new java.util.LinkedHashMap<>();

    static {
        PREFIXES.put("nk", "https://newskg.org/ontology#");
        PREFIXES.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        PREFIXES.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        PREFIXES.put("owl", "http://www.w3.org/2002/07/owl#");
        PREFIXES.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        PREFIXES.put("wd", "http://www.wikidata.org/entity/");
        PREFIXES.put("person", "https://newskg.org/id/person/");
        PREFIXES.put("place", "https://newskg.org/id/place/");
        PREFIXES.put(
                "nkorg",
                "https://newskg.org/id/org/"); // not "org": that is the W3C Organization Ontology the ontology aligns
        // to
        PREFIXES.put("role", "https://newskg.org/id/role/");
        PREFIXES.put("article", "https://newskg.org/id/article/");
        PREFIXES.put("meeting", "https://newskg.org/id/meeting/");
        PREFIXES.put("statement", "https://newskg.org/id/statement/");
    }

    /** Writes one graph (N-Quads then puts every triple in the default graph). */
    public void write(Graph graph, OutputStream out) throws IOException {
        switch (this) {
            case JSONLD -> new JsonLdWriter().write(graph, out);
            case TURTLE -> {
                Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                g.getPrefixMapping().setNsPrefixes(PREFIXES);
                graph.find().forEachRemaining(g::add);
                RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
            }
            case NQUADS -> RDFDataMgr.write(out, graph, Lang.NTRIPLES);
        }
    }
}
