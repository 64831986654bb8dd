package org.newskg.article;

import java.util.Objects;
import org.newskg.util.Sha256;

/**
 * One news article as read: where it came from, its text (headline first when the format has one)
 * and metadata. Its identity is a hash of the text, so the same story under two file names is one
 * article.
 *
 * @param source the file path (or URL, or "file#line") it was read from; used in reports and
 *               recorded as provenance
 * @param text   the article text; plain-text articles keep the headline as first line
 */
public record Article(String id, String source, String text, ArticleMeta meta) {

    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        meta = meta == null ? ArticleMeta.of(null) : meta;
        if (id == null) {
            id = contentId(text);
        }
    }

    public static Article of(String source, String text, ArticleMeta meta) {
        return new Article(null, source, text, meta);
    }

    /**
     * File name without folders and extension: how users and the scorer refer to an article. For a
     * page fetched from the web, the last segment of its path ("ferry-strike" of
     * ".../news/ferry-strike.html"), so that an address ending in '/' still names the article.
     */
    public String sourceName() {
        if (WebUrl.isHttp(source)) {
            return urlName(source);
        }
        String s = source.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1);
        int hash = s.indexOf('#');
        String suffix = hash >= 0 ? s.substring(hash) : "";
        if (hash >= 0) {
            s = s.substring(0, hash);
        }
        int dot = s.indexOf('.');
        return (dot > 0 ? s.substring(0, dot) : s) + suffix.replace('#', '-');
    }

    private static String urlName(String url) {
        java.net.URI u;
        try {
            u = java.net.URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return url;
        }
        String path = u.getPath() == null ? "" : u.getPath();
        String last = "";
        for (String seg : path.split("/")) {
            if (!seg.isEmpty()) {
                last = seg;
            }
        }
        if (last.isEmpty()) {
            return u.getHost() == null ? url : u.getHost();
        }
        int dot = last.lastIndexOf('.');
        if (dot > 0 && last.length() - dot <= 6) { // .html, .htm, .php, .shtml, .aspx
            last = last.substring(0, dot);
        }
        return u.getQuery() == null ? last : last + "?" + u.getQuery();
    }

    /**
     * Hash of the text with line endings and surrounding white space normalised, so that a copy
     * saved by another editor is still the same article.
     */
    public static String contentId(String text) {
        String norm = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        return Sha256.hex(norm, 10);
    }
}
