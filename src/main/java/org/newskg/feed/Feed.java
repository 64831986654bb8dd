package org.newskg.feed;

import java.util.List;

/**
 * A parsed feed.
 *
 * @param format   "rss", "atom", "rdf" (RSS 1.0), "sitemap" or "sitemap-index"
 * @param items    the article entries, in feed order
 * @param sitemaps for a sitemap index, the sitemaps it lists (read in the same round); else empty
 * @param skipped  entries left out, each with its reason (no link, not http(s))
 */
public record Feed(String format, String title, List<FeedItem> items, List<String> sitemaps, List<String> skipped) {
    public Feed {
        items = List.copyOf(items);
        sitemaps = List.copyOf(sitemaps);
        skipped = List.copyOf(skipped);
    }
}
