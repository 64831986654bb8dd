package org.newskg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks an article's graph against {@code ontology/newskg-shapes.ttl} before it is stored. The
 * shapes are parsed once; validation is thread-safe.
 */
public final class GraphValidator {
    private static final String SHAPES = "/ontology/newskg-shapes.ttl";
    private final Shapes shapes;

    public GraphValidator() {
        try (InputStream in = GraphValidator.class.getResourceAsStream(SHAPES)) {
            if (in == null) {
                throw new IllegalStateException("SHACL shapes " + SHAPES + " are not on the class path");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            this.shapes = Shapes.parse(g);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + SHAPES, e);
        }
    }

    /** Violations as readable lines; empty when the graph conforms. */
    public List<String> violations(Graph graph) {
        List<String> out = new ArrayList<>();
        // a conforming graph needs no report, and building one (as RDF) costs more than checking
        if (ShaclValidator.get().conforms(shapes, graph)) {
            return out;
        }
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        for (ReportEntry e : report.getEntries()) {
            out.add(e.focusNode() + " " + (e.resultPath() == null ? "" : e.resultPath() + " ") + ": " + e.message());
        }
        return out;
    }
}
