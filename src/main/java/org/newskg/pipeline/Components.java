package org.newskg.pipeline;

import org.newskg.extract.ArticleExtractor;
import org.newskg.link.ArticleLinker;
import org.newskg.link.IndexGazetteer;
import org.newskg.link.WikidataIndex;
import org.newskg.nlp.NlpModels;
import org.newskg.nlp.ner.Gazetteer;
import org.newskg.rdf.ArticleMapper;
import org.newskg.rdf.GraphValidator;
import org.newskg.text.Cleaner;

/**
 * The shared, thread-safe parts of the pipeline, loaded once: NLP models, the Wikidata index,
 * extractors, mapper and SHACL shapes.
 */
public record Components(NlpModels models, WikidataIndex index, Cleaner cleaner, ArticleExtractor extractor,
                         ArticleLinker linker, ArticleMapper mapper, GraphValidator validator) {

    /** Everything with the default models and the bundled index; {@code link=false} skips Wikidata links. */
    public static Components load(boolean link) {
        NlpModels models = NlpModels.shared();
        WikidataIndex index = WikidataIndex.loadDefault();
        Gazetteer gazetteer = new IndexGazetteer(index);
        return new Components(models, link ? index : null, new Cleaner(), new ArticleExtractor(gazetteer),
                link ? new ArticleLinker(index) : null, new ArticleMapper(), new GraphValidator());
    }
}
