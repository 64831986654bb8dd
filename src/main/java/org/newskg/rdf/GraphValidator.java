package org.newskg.rdf;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.graph.GraphFactory;

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

    /** Other shapes than the shipped ones: a stricter profile, or a test that needs a graph refused. */
    public GraphValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /**
     * Whether the graph conforms, stopping at the first violation. Jena's own {@code conforms}
     * builds the whole RDF validation report on the way, which cost as much as the checks; the
     * report is built only for a graph that fails.
     */
    boolean conforms(Graph graph) {
        ValidationContext cxt = ValidationContext.create(shapes, graph);
        for (Shape shape : shapes.getTargetShapes()) {
            for (Node focus : VLib.focusNodes(graph, shape)) {
                VLib.validateShape(cxt, graph, shape, focus);
                if (cxt.hasViolation()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Violations as readable lines; empty when the graph conforms. */
    public List<String> violations(Graph graph) {
        List<String> out = new ArrayList<>();
        if (conforms(graph)) {
            return out;
        }
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        for (ReportEntry e : report.getEntries()) {
            out.add(e.focusNode() + " " + (e.resultPath() == null ? "" : e.resultPath() + " ") + ": " + e.message());
        }
        return out;
    }
}
