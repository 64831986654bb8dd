package org.newskg.link.online;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the online Wikidata lookup. Immutable; start from {@link #defaults(Path)} and
 * change what differs with the {@code with*} methods.
 *
 * <pre>{@code
 * WikidataOptions o = WikidataOptions.defaults(Path.of("wikidata-cache"))
 *         .withApi(URI.create("http://127.0.0.1:8080/w/api.php"))
 *         .withRequestsPerSecond(2);
 * }</pre>
 *
 * @param api               the MediaWiki action API of Wikidata ({@code .../w/api.php})
 * @param cacheDir          folder of the persistent response cache (created when missing)
 * @param cacheTtl          how long a cached response is used before it is asked again
 * @param requestsPerSecond at most this many requests start per second (over all threads)
 * @param connectTimeout    TCP/TLS connection timeout
 * @param requestTimeout    timeout of a whole request, response body included
 * @param breakerCooldown   after a network failure, no request for this long; doubles while the
 *                          network stays down, up to {@code 16 x} this
 * @param userAgent         the User-Agent header (Wikimedia asks for a descriptive one with contact)
 * @param searchLimit       candidates asked from {@code wbsearchentities} (1..50)
 */
public record WikidataOptions(
        URI api,
        Path cacheDir,
        Duration cacheTtl,
        double requestsPerSecond,
        Duration connectTimeout,
        Duration requestTimeout,
        Duration breakerCooldown,
        String userAgent,
        int searchLimit) {

    /** The public Wikidata action API. */
    public static final URI WIKIDATA_API = URI.create("https://www.wikidata.org/w/api.php");

    /** The default cache folder: {@code ~/.cache/newskg/wikidata}. */
    public static Path defaultCacheDir() {
        return Path.of(System.getProperty("user.home"), ".cache", "newskg", "wikidata");
    }

    public WikidataOptions {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(cacheDir, "cacheDir");
        if (!"http".equals(api.getScheme()) && !"https".equals(api.getScheme())) {
            throw new IllegalArgumentException("Wikidata API must be an http(s) URL, not '" + api + "'");
        }
        if (!(requestsPerSecond > 0)) {
            throw new IllegalArgumentException("requests per second must be positive, not " + requestsPerSecond);
        }
        if (searchLimit < 1 || searchLimit > 50) {
            throw new IllegalArgumentException("search limit must be 1..50, not " + searchLimit);
        }
        for (Duration d : new Duration[] {cacheTtl, connectTimeout, requestTimeout, breakerCooldown}) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException("durations must be zero or positive, not " + d);
            }
        }
    }

    /** Public Wikidata, 5 requests/s, 5 s connect and 10 s request timeouts, 30-day cache. */
    public static WikidataOptions defaults(Path cacheDir) {
        return new WikidataOptions(
                WIKIDATA_API,
                cacheDir == null ? defaultCacheDir() : cacheDir,
                Duration.ofDays(30),
                5,
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                Duration.ofMinutes(2),
                defaultUserAgent(),
                20);
    }

    /** {@code newskg/<version> (https://github.com/newskg; contact in README) Java-http-client/<java>}. */
    public static String defaultUserAgent() {
        String v = WikidataOptions.class.getPackage().getImplementationVersion();
        return "newskg/" + (v == null ? "dev" : v) + " (https://github.com/newskg; contact in README) Java-http-client/"
                + Runtime.version().feature();
    }

    public WikidataOptions withApi(URI u) {
        return new WikidataOptions(
                u,
                cacheDir,
                cacheTtl,
                requestsPerSecond,
                connectTimeout,
                requestTimeout,
                breakerCooldown,
                userAgent,
                searchLimit);
    }

    public WikidataOptions withCacheTtl(Duration d) {
        return new WikidataOptions(
                api,
                cacheDir,
                d,
                requestsPerSecond,
                connectTimeout,
                requestTimeout,
                breakerCooldown,
                userAgent,
                searchLimit);
    }

    public WikidataOptions withRequestsPerSecond(double r) {
        return new WikidataOptions(
                api, cacheDir, cacheTtl, r, connectTimeout, requestTimeout, breakerCooldown, userAgent, searchLimit);
    }

    public WikidataOptions withTimeouts(Duration connect, Duration request) {
        return new WikidataOptions(
                api, cacheDir, cacheTtl, requestsPerSecond, connect, request, breakerCooldown, userAgent, searchLimit);
    }

    public WikidataOptions withBreakerCooldown(Duration d) {
        return new WikidataOptions(
                api, cacheDir, cacheTtl, requestsPerSecond, connectTimeout, requestTimeout, d, userAgent, searchLimit);
    }
}
