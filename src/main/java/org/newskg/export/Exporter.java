package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * Writes a selection of a dataset in one format. The selection is the whole graph, the
 * neighbourhood of a node ({@link #focus}), or the result of a SPARQL CONSTRUCT query
 * ({@link #construct}), then optionally narrowed by a focus.
 *
 * <pre>{@code
 * new Exporter("graphml").focus("Doe", 2).export(store.dataset(), out);
 * }</pre>
 */
public final class Exporter {
    /** Every format name the CLI accepts. */
    public static final String FORMATS = Stream.concat(
                    Arrays.stream(GraphFormat.values()).map(GraphFormat::cliName),
                    Arrays.stream(RdfFormat.values()).map(RdfFormat::cliName))
            .collect(Collectors.joining("|"));

    private final GraphFormat graphFormat;
    private final RdfFormat rdfFormat;
    private String focus;
    private int depth = 1;
    private Query construct;

    /** @throws IllegalArgumentException for an unknown format name */
    public Exporter(String format) {
        String f = format.toLowerCase(Locale.ROOT).strip();
        GraphFormat g = null;
        RdfFormat r = null;
        for (GraphFormat x : GraphFormat.values()) {
            if (x.cliName().equals(f) || x.extension().equals(f)) {
                g = x;
            }
        }
        for (RdfFormat x : RdfFormat.values()) {
            if (x.cliName().equals(f) || x.extension().equals(f)) {
                r = x;
            }
        }
        if (g == null && r == null) {
            throw new IllegalArgumentException("unknown export format '" + format + "' (use " + FORMATS + ")");
        }
        this.graphFormat = g;
        this.rdfFormat = r;
    }

    /** The usual file extension of the format. */
    public String extension() {
        return graphFormat != null ? graphFormat.extension() : rdfFormat.extension();
    }

    /** Keeps the nodes within {@code depth} edges of the nodes named (or identified) by {@code nameOrIri}. */
    public Exporter focus(String nameOrIri, int depth) {
        if (depth < 0) {
            throw new IllegalArgumentException("--depth must be 0 or more, not " + depth);
        }
        this.focus = nameOrIri;
        this.depth = depth;
        return this;
    }

    /** Exports the result of a CONSTRUCT query instead of the whole graph. */
    public Exporter construct(String queryText) {
        Query q = QueryFactory.create(queryText);
        if (!q.isConstructType()) {
            throw new IllegalArgumentException("--construct needs a CONSTRUCT query, not a "
                    + q.queryType().toString().toLowerCase(Locale.ROOT) + " query");
        }
        this.construct = q;
        return this;
    }

    /** Writes the selection of {@code dataset} to {@code out}; returns the property graph written (null for RDF). */
    public PropertyGraph export(Dataset dataset, OutputStream out) throws IOException {
        try {
            return Txn.calculateRead(dataset, () -> {
                try {
                    return exportInTxn(dataset, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private PropertyGraph exportInTxn(Dataset dataset, OutputStream out) throws IOException {
        Model constructed = null;
        if (construct != null) {
            try (QueryExecution qe =
                    QueryExecution.dataset(dataset).query(construct).build()) {
                constructed = qe.execConstruct();
            }
        }
        if (rdfFormat != null) {
            if (constructed == null && focus == null) {
                rdfFormat.write(
                        dataset.asDatasetGraph(), dataset.asDatasetGraph().getUnionGraph(), out);
                return null;
            }
            Graph source = constructed != null
                    ? constructed.getGraph()
                    : dataset.asDatasetGraph().getUnionGraph();
            Graph selected = source;
            if (focus != null) {
                PropertyGraph view = constructed != null ? PropertyGraphs.of(constructed) : PropertyGraphs.of(dataset);
                PropertyGraph part = view.focus(focus, depth);
                selected = GraphFactory.createDefaultGraph();
                for (PropertyGraph.Node n : part.nodes()) {
                    Node s = NodeFactory.createURI(n.id());
                    source.find(s, Node.ANY, Node.ANY).forEachRemaining(selected::add);
                }
            }
            rdfFormat.write(selected, out);
            return null;
        }
        PropertyGraph g = constructed != null ? PropertyGraphs.of(constructed) : PropertyGraphs.of(dataset);
        if (focus != null) {
            g = g.focus(focus, depth);
        }
        graphFormat.write(g, out);
        return g;
    }
}
