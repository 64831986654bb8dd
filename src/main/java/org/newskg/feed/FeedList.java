package org.newskg.feed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newskg.article.WebUrl;

/**
 * The feeds to follow, from the text of a feed list: one URL per line; blank lines and lines
 * starting with '#' are ignored, as is anything after " #" on a line.
 *
 * <pre>
 * # world news
 * https://news.example/world/rss.xml
 * https://paper.example/sitemap-news.xml   # their news sitemap
 * </pre>
 */
public record FeedList(List<String> urls, List<String> errors) {

    public FeedList {
        urls = List.copyOf(urls);
        errors = List.copyOf(errors);
    }

    /** Parses a list; each bad line is an error "line N: ..." and the others are kept. */
    public static FeedList parse(String text) {
        Set<String> urls = new LinkedHashSet<>();
        List<String> errors = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int comment = line.indexOf(" #");
            if (comment >= 0) {
                line = line.substring(0, comment);
            }
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!WebUrl.isHttp(line)) {
                errors.add("line " + (i + 1) + ": '" + (line.length() > 80 ? line.substring(0, 80) + "..." : line)
                        + "' is not an http(s) URL");
                continue;
            }
            urls.add(line);
        }
        return new FeedList(new ArrayList<>(urls), errors);
    }
}
