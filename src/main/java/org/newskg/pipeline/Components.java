package org.newskg.pipeline;

import org.newskg.extract.ArticleExtractor;
import org.newskg.link.ArticleLinker;
import org.newskg.link.IndexGazetteer;
import org.newskg.link.WikidataIndex;
import org.newskg.link.online.OnlineLinker;
import org.newskg.link.online.WikidataClient;
import org.newskg.link.online.WikidataOptions;
import org.newskg.nlp.NlpModels;
import org.newskg.nlp.ner.Gazetteer;
import org.newskg.rdf.ArticleMapper;
import org.newskg.rdf.GraphValidator;
import org.newskg.text.Cleaner;

/**
 * The shared, thread-safe parts of the pipeline, loaded once: NLP models, the Wikidata index,
 * extractors, mapper and SHACL shapes.
 */
public record Components(
        NlpModels models,
        WikidataIndex index,
        Cleaner cleaner,
        ArticleExtractor extractor,
        ArticleLinker linker,
        ArticleMapper mapper,
        GraphValidator validator) {

    /** Everything with the default models and the bundled index; {@code link=false} skips Wikidata links. */
    public static Components load(boolean link) {
        return load(link, null);
    }

    /**
     * As {@link #load(boolean)}; with {@code online} options, entities the index leaves unlinked
     * are looked up through the Wikidata API (see {@link OnlineLinker}).
     */
    public static Components load(boolean link, WikidataOptions online) {
        // the models and the index each take a second or two to load: side by side on two cores
        java.util.concurrent.CompletableFuture<NlpModels> loading = java.util.concurrent.CompletableFuture.supplyAsync(
                NlpModels::shared,
                r -> Thread.ofPlatform().name("newskg-load-models").daemon(true).start(r));
        WikidataIndex index = WikidataIndex.loadDefault();
        NlpModels models;
        try {
            models = loading.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
        Gazetteer gazetteer = new IndexGazetteer(index);
        ArticleLinker linker = !link
                ? null
                : online == null
                        ? new ArticleLinker(index)
                        : new ArticleLinker(index, new OnlineLinker(index, new WikidataClient(online)));
        return new Components(
                models,
                link ? index : null,
                new Cleaner(),
                new ArticleExtractor(gazetteer),
                linker,
                new ArticleMapper(index.spellings()),
                new GraphValidator());
    }
}
