package org.newskg.pipeline;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.article.Article;
import org.newskg.extract.Extraction;
import org.newskg.link.Links;
import org.newskg.nlp.AnnotatedText;
import org.newskg.nlp.Annotator;
import org.newskg.rdf.Iris;
import org.newskg.text.CleanArticle;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place that knows the order of the stages: clean, annotate, extract, link, map, validate.
 * Thread-safe: models are shared, decoders are per thread.
 *
 * <pre>{@code
 * Pipeline p = new Pipeline(Components.load(true));
 * ProcessedArticle done = p.process(article);
 * }</pre>
 */
public final class Pipeline {
    private final Components c;
    private final ThreadLocal<Annotator> annotators;

    public Pipeline(Components components) {
        this.c = components;
        this.annotators = ThreadLocal.withInitial(() -> new Annotator(components.models()));
    }

    public Components components() {
        return c;
    }

    public Extraction extract(Article article) {
        CleanArticle clean = c.cleaner().clean(article);
        AnnotatedText nlp = annotators.get().annotate(clean.body());
        return c.extractor().extract(clean, nlp);
    }

    public ProcessedArticle process(Article article) {
        Extraction x = extract(article);
        Links links = c.linker() == null ? Links.none() : c.linker().link(x);
        // the article's graph, duplicates dropped as they arrive (the mapper may state a fact twice)
        Graph g = GraphFactory.createDefaultGraph();
        StreamRDF sink = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                g.add(quad.asTriple());
            }
        };
        c.mapper().map(x, links, sink);
        List<Quad> distinct = new ArrayList<>(g.size());
        var graphName = Iris.article(article.id());
        g.find().forEachRemaining(t -> distinct.add(Quad.create(graphName, t)));
        List<String> violations = c.validator().violations(g);
        return new ProcessedArticle(article, graphName, distinct, g, x, violations, x.nlp().tokenCount());
    }
}
