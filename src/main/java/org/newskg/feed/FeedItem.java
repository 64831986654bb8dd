package org.newskg.feed;

import java.util.List;

/**
 * One entry of a feed or news sitemap: where the article is and what the feed says about it.
 * Every field but {@code url} may be null / empty.
 *
 * @param url       absolute http(s) address of the article page
 * @param published ISO date-time (with zone when the feed gives one) or date
 * @param language  BCP 47 tag from the item, else from the feed
 * @param outlet    the publication's name (sitemap news:name, else the feed's title)
 */
public record FeedItem(
        String url, String title, String published, List<String> authors, String language, String outlet) {
    public FeedItem {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
