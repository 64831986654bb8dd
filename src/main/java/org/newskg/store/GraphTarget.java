package org.newskg.store;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * Where article graphs go: the local TDB2 {@link Store}, or a SPARQL store over the Graph Store
 * Protocol ({@link RemoteStore}). Writing a graph replaces it as a whole, so writing again is harmless.
 */
public interface GraphTarget extends AutoCloseable {

    /** What happened to one article's graph. */
    enum Outcome {
        STORED,
        REPLACED,
        UNCHANGED
    }

    /** Replaces the graph {@code graphName} with {@code quads} (their graph field is ignored). */
    Outcome replaceGraph(Node graphName, List<Quad> quads);

    /** One article's graph for {@link #replaceGraphs}. */
    record GraphWrite(Node graphName, List<Quad> quads) {}

    /**
     * Replaces several graphs; a store that has transactions writes them in one (whole articles only,
     * a crash loses at most the batch), others one by one.
     */
    default List<Outcome> replaceGraphs(List<GraphWrite> batch) {
        List<Outcome> out = new java.util.ArrayList<>(batch.size());
        for (GraphWrite w : batch) {
            out.add(replaceGraph(w.graphName(), w.quads()));
        }
        return out;
    }

    /** Stores (or refreshes) the ontology shipped with this version in its own named graph. */
    default void ensureOntology() {
        replaceGraph(Store.ONTOLOGY_GRAPH, Store.ontologyQuads());
    }

    /** Where the graphs go, for messages. */
    String describe();

    @Override
    void close();
}
