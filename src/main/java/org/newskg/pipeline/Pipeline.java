package org.newskg.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.article.Article;
import org.newskg.extract.Extraction;
import org.newskg.link.Links;
import org.newskg.nlp.AnnotatedText;
import org.newskg.nlp.Annotator;
import org.newskg.rdf.Iris;
import org.newskg.text.CleanArticle;

/**
 * The one place that knows the order of the stages: clean, annotate, extract, link, map, validate.
 * Thread-safe: models are shared, decoders are per thread.
 *
 * <pre>{@code
 * Pipeline p = new Pipeline(Components.load(true));
 * ProcessedArticle done = p.process(article, sink); // sink: any StreamRDF, e.g. an N-Quads writer
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

    /**
     * The cross-article reduce for persons named by surname only. A lone word the name lists know as
     * a place or an organisation ("Wimbledon", "Holland"), or only as a first name, is a misread
     * name, not a surname to join.
     */
    public org.newskg.resolve.SurnameJoins surnameJoins() {
        return surnameJoins(c.extractor().gazetteer());
    }

    /** As {@link #surnameJoins()}, for a command that loads graphs made elsewhere (the name lists only). */
    public static org.newskg.resolve.SurnameJoins surnameJoins(org.newskg.nlp.ner.Gazetteer g) {
        return new org.newskg.resolve.SurnameJoins(word -> (g.isKnownSurname(word) || !g.isGivenName(word))
                && g.typesOf(word).stream().allMatch(t -> t == org.newskg.nlp.ner.EntityType.PERSON));
    }

    public Extraction extract(Article article) {
        CleanArticle clean = c.cleaner().clean(article);
        AnnotatedText nlp = annotators.get().annotate(clean.body());
        return c.extractor().extract(clean, nlp);
    }

    /**
     * Runs every stage for one article and, when its graph conforms to the shapes, sends the graph
     * to {@code sink}: each quad once, in the article's named graph. A graph that does not conform is
     * sent nowhere; the returned record says why. The caller owns {@code sink.start()} and
     * {@code finish()}, so one sink (an N-Quads file, a counter) can take many articles.
     *
     * <pre>{@code
     * StreamRDF nquads = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
     * nquads.start();
     * for (Article a : articles) {
     *     pipeline.process(a, nquads);
     * }
     * nquads.finish();
     * }</pre>
     */
    public ProcessedArticle process(Article article, StreamRDF sink) {
        Extraction x = extract(article);
        Links links = c.linker() == null ? Links.none() : c.linker().link(x);
        // the whole graph is needed before anything leaves: the shapes are checked on all of it, and
        // the mapper may state a fact twice (a graph keeps it once)
        Graph g = GraphFactory.createDefaultGraph();
        c.mapper().map(x, links, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                g.add(quad.asTriple());
            }
        });
        List<Quad> distinct = new ArrayList<>(g.size());
        var graphName = Iris.article(article.id());
        g.find().forEachRemaining(t -> distinct.add(Quad.create(graphName, t)));
        List<String> violations = c.validator().violations(g);
        if (violations.isEmpty()) {
            distinct.forEach(sink::quad);
        }
        return new ProcessedArticle(
                article, graphName, distinct, g, x, violations, x.nlp().tokenCount());
    }

    /**
     * {@link #process(Article, StreamRDF)} kept in memory: the graph and its quads are in the record
     * (also when it does not conform, to show what was wrong). {@link Ingest} uses this to gather a
     * batch of articles for one store transaction.
     */
    public ProcessedArticle process(Article article) {
        return process(article, StreamRDFLib.sinkNull());
    }
}
