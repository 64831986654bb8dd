package org.newskg.pipeline;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.newskg.article.Article;
import org.newskg.extract.Extraction;

/**
 * One article through every stage up to RDF: its graph name, quads (and the same as an in-memory
 * graph, {@code content}), and the SHACL violations (empty when the graph may be stored).
 */
public record ProcessedArticle(
        Article article,
        Node graph,
        List<Quad> quads,
        Graph content,
        Extraction extraction,
        List<String> violations,
        int tokens) {
    public ProcessedArticle {
        quads = List.copyOf(quads);
        violations = List.copyOf(violations);
    }

    public boolean valid() {
        return violations.isEmpty();
    }
}
