package org.newskg.nereval;

import java.util.List;
import org.newskg.article.Article;
import org.newskg.text.CleanArticle;

/** A name finder under measurement: typed name mentions of one article. */
interface Finder {

    /** A mention: the finder's own label (PERSON, GPE, LOC, ...) and the surface text. */
    record Mention(String label, String text) {}

    String id();

    /** The labels that count as persons and as locations. */
    java.util.Set<String> personLabels();

    java.util.Set<String> locationLabels();

    /** A second reading of the place labels, scored beside the first (e.g. with facilities), or null. */
    default java.util.Set<String> altLocationLabels() {
        return null;
    }

    /** Mentions in the article; statistical finders read {@code clean.body()}, the text our NLP stage sees. */
    List<Mention> find(Article article, CleanArticle clean);
}
