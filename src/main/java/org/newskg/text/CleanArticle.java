package org.newskg.text;

import java.util.List;
import org.newskg.article.Article;

/**
 * An article with boilerplate removed: the body that NLP sees, an offset map back to the raw text,
 * and what the cleaner read as metadata (headline, dateline, credits, a stated publication date).
 *
 * @param body            news content only, paragraphs separated by a newline
 * @param datelinePlace   "MOSCOW" of "MOSCOW (Reuters) -", title-cased, or null
 * @param publishedInText ISO date the text states ("Posted on February 21, 2025"), or null
 */
public record CleanArticle(
        Article article,
        String headline,
        String body,
        OffsetMap offsets,
        String datelinePlace,
        String outlet,
        List<String> authors,
        List<String> editors,
        String publishedInText) {
    public CleanArticle {
        authors = List.copyOf(authors);
        editors = List.copyOf(editors);
    }

    /** The publication date: what the text states, else what the input's metadata says. */
    public String published() {
        if (publishedInText != null) {
            return publishedInText;
        }
        String p = article.meta().published();
        return p == null || p.length() < 10 ? p : p.substring(0, 10);
    }
}
