package org.newskg.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt rules per origin (scheme, host, port), kept for {@link #KEEP}: a round asks each site
 * for its rules once, not once per page, and a watcher that runs for days still sees changes
 * (RFC 9309 2.4 asks crawlers not to use a cached copy for more than 24 hours). Parsing is
 * crawler-commons' (RFC 9309 with wildcards and Crawl-delay).
 */
final class Robots {
    static final Duration KEEP = Duration.ofHours(24);

    private record Kept(BaseRobotRules rules, long readAt) {}

    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Kept> byOrigin = new ConcurrentHashMap<>();
    private final String robotName;

    Robots(String robotName) {
        this.robotName = robotName;
    }

    static String origin(URI u) {
        return u.getScheme().toLowerCase(java.util.Locale.ROOT) + "://"
                + u.getRawAuthority().toLowerCase(java.util.Locale.ROOT);
    }

    BaseRobotRules cached(URI u) {
        Kept k = byOrigin.get(origin(u));
        if (k == null || System.nanoTime() - k.readAt() > KEEP.toNanos()) {
            return null;
        }
        return k.rules();
    }

    BaseRobotRules parse(URI u, byte[] body, String contentType) {
        BaseRobotRules r = parser.parseContent(
                origin(u) + "/robots.txt", body, contentType == null ? "text/plain" : contentType, List.of(robotName));
        byOrigin.put(origin(u), new Kept(r, System.nanoTime()));
        return r;
    }

    /**
     * Rules for a robots.txt that could not be read: a 4xx means the site has none (everything
     * allowed), a 5xx or no answer that the site cannot say now (nothing allowed; RFC 9309 2.3.1.4).
     * The latter is not kept, so the next request asks again.
     */
    BaseRobotRules failed(URI u, int status) {
        BaseRobotRules r = parser.failedFetch(status);
        if (status >= 400 && status < 500) {
            byOrigin.put(origin(u), new Kept(r, System.nanoTime()));
        }
        return r;
    }
}
