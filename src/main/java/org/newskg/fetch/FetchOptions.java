package org.newskg.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely and how defensively {@link Fetcher} fetches. Defaults suit following a few dozen
 * outlets from a laptop; tests shorten the waits.
 *
 * <pre>{@code
 * Fetcher f = new Fetcher(FetchOptions.defaults().withUserAgent("mybot/1.0 (+mailto:me@example.org)"));
 * }</pre>
 *
 * @param userAgent      sent with every request; its first word (before '/') is the robots.txt agent name
 * @param connectTimeout time to open a connection
 * @param readTimeout    time for a whole response, headers and body: a server that trickles bytes
 *                       cannot hold a round for ever
 * @param maxBytes       a larger response is refused (pages and feeds alike)
 * @param maxRedirects   redirects followed per request; more is refused, and a loop is named as one
 * @param retries        further attempts after a 5xx answer or a timeout
 * @param backoff        wait before the first retry; it doubles for each further one
 * @param hostInterval   least time between two requests to one host (robots.txt Crawl-delay may ask more)
 */
public record FetchOptions(
        String userAgent,
        Duration connectTimeout,
        Duration readTimeout,
        long maxBytes,
        int maxRedirects,
        int retries,
        Duration backoff,
        Duration hostInterval) {

    public static final String DEFAULT_USER_AGENT =
            "newskg/0.1 (knowledge-graph builder for news; +https://newskg.org/bot)";

    /** Crawl-delay beyond this is capped: a round must end, and a site asking for more is rare. */
    public static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);

    public FetchOptions {
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < ' ' || c == 127)) {
            throw new IllegalArgumentException("user agent must be printable text, not '" + userAgent + "'");
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maximum size must be positive, not " + maxBytes);
        }
        if (maxRedirects < 0 || retries < 0) {
            throw new IllegalArgumentException(
                    "redirects and retries cannot be negative (" + maxRedirects + ", " + retries + ")");
        }
        for (Duration d : new Duration[] {connectTimeout, readTimeout, backoff, hostInterval}) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException("durations must be zero or more, not " + d);
            }
        }
    }

    public static FetchOptions defaults() {
        return new FetchOptions(
                DEFAULT_USER_AGENT,
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                5L * 1024 * 1024,
                5,
                2,
                Duration.ofSeconds(2),
                Duration.ofSeconds(2));
    }

    public FetchOptions withUserAgent(String ua) {
        return new FetchOptions(
                ua, connectTimeout, readTimeout, maxBytes, maxRedirects, retries, backoff, hostInterval);
    }

    public FetchOptions withTimeouts(Duration connect, Duration read) {
        return new FetchOptions(userAgent, connect, read, maxBytes, maxRedirects, retries, backoff, hostInterval);
    }

    public FetchOptions withMaxBytes(long max) {
        return new FetchOptions(
                userAgent, connectTimeout, readTimeout, max, maxRedirects, retries, backoff, hostInterval);
    }

    public FetchOptions withRetries(int n, Duration firstWait) {
        return new FetchOptions(
                userAgent, connectTimeout, readTimeout, maxBytes, maxRedirects, n, firstWait, hostInterval);
    }

    public FetchOptions withHostInterval(Duration d) {
        return new FetchOptions(userAgent, connectTimeout, readTimeout, maxBytes, maxRedirects, retries, backoff, d);
    }

    /** The name robots.txt groups are matched against: "newskg" of "newskg/0.1 (...)". */
    public String robotName() {
        String first = userAgent.strip().split("[/\\s]", 2)[0];
        return first.toLowerCase(java.util.Locale.ROOT);
    }
}
