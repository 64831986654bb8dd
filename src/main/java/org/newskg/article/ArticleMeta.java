package org.newskg.article;

import java.util.List;

/**
 * What is known about an article besides its text, from the input (file metadata, JSON fields,
 * HTML meta tags, sidecars, command-line options). Every field may be null / empty.
 *
 * @param published ISO date (yyyy-MM-dd) or date-time as given
 * @param url       an absolute http(s) URL; anything else is dropped here ({@link WebUrl}), whichever
 *                  reader it came from, so it never reaches the store
 * @param language  the language the input declares (a BCP 47 tag such as "en" or "en-GB"), or null
 * @param sameStoryAs id of an earlier article that carries the same story (this one is a syndicated
 *                  or lightly edited copy of it), or null; set by the syndication check, not by readers
 */
public record ArticleMeta(
        String title,
        String published,
        String outlet,
        String url,
        List<String> authors,
        String format,
        String language,
        String sameStoryAs) {

    public ArticleMeta {
        authors = authors == null ? List.of() : List.copyOf(authors);
        url = WebUrl.httpOrNull(url);
    }

    public ArticleMeta(String title, String published, String outlet, String url, List<String> authors, String format) {
        this(title, published, outlet, url, authors, format, null, null);
    }

    public static ArticleMeta of(String format) {
        return new ArticleMeta(null, null, null, null, List.of(), format);
    }

    public ArticleMeta withPublished(String date) {
        return new ArticleMeta(title, date, outlet, url, authors, format, language, sameStoryAs);
    }

    public ArticleMeta withOutlet(String name) {
        return new ArticleMeta(title, published, name, url, authors, format, language, sameStoryAs);
    }

    public ArticleMeta withTitle(String t) {
        return new ArticleMeta(t, published, outlet, url, authors, format, language, sameStoryAs);
    }

    public ArticleMeta withUrl(String u) {
        return new ArticleMeta(title, published, outlet, u, authors, format, language, sameStoryAs);
    }

    public ArticleMeta withAuthors(List<String> names) {
        return new ArticleMeta(title, published, outlet, url, names, format, language, sameStoryAs);
    }

    public ArticleMeta withLanguage(String tag) {
        return new ArticleMeta(title, published, outlet, url, authors, format, tag, sameStoryAs);
    }

    public ArticleMeta withSameStoryAs(String articleId) {
        return new ArticleMeta(title, published, outlet, url, authors, format, language, articleId);
    }

    /** Fills the fields this one lacks from {@code other} (this one wins). */
    public ArticleMeta orElse(ArticleMeta other) {
        return new ArticleMeta(
                title != null ? title : other.title,
                published != null ? published : other.published,
                outlet != null ? outlet : other.outlet,
                url != null ? url : other.url,
                !authors.isEmpty() ? authors : other.authors,
                format != null ? format : other.format,
                language != null ? language : other.language,
                sameStoryAs != null ? sameStoryAs : other.sameStoryAs);
    }
}
