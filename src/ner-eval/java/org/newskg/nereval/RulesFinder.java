package org.newskg.nereval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.article.Article;
import org.newskg.link.IndexGazetteer;
import org.newskg.nlp.AnnotatedText;
import org.newskg.nlp.Annotator;
import org.newskg.nlp.ner.NameFinder;
import org.newskg.pipeline.Components;
import org.newskg.resolve.ArticleEntities;
import org.newskg.resolve.LocalEntity;
import org.newskg.text.CleanArticle;

/**
 * Ours: the pipeline's components ({@code Components.load(true)}), and of the extractor exactly its
 * entity part, as {@code ArticleExtractor.extract} runs it: OpenNLP annotation of the cleaned body,
 * the rule-based {@link NameFinder} and per-article grouping ({@link ArticleEntities}). The output is
 * every surface form of each entity, as for the statistical finders.
 */
final class RulesFinder implements Finder {
    private final Components components = Components.load(true);
    private final Annotator annotator = new Annotator(components.models());
    private final NameFinder names = new NameFinder(new IndexGazetteer(components.index()));

    @Override
    public String id() {
        return "rules";
    }

    @Override
    public Set<String> personLabels() {
        return Set.of("PERSON");
    }

    @Override
    public Set<String> locationLabels() {
        return Set.of("LOCATION");
    }

    @Override
    public List<Mention> find(Article article, CleanArticle clean) {
        AnnotatedText nlp = annotator.annotate(clean.body());
        List<Mention> out = new ArrayList<>();
        for (LocalEntity e : ArticleEntities.group(names.find(nlp), nlp.text()).all()) {
            out.add(new Mention(e.type().name(), e.name()));
            for (String n : e.names()) {
                out.add(new Mention(e.type().name(), n));
            }
        }
        return out;
    }
}
