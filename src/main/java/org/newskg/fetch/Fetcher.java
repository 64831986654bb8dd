package org.newskg.fetch;

import crawlercommons.robots.BaseRobotRules;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fetches feeds and pages politely and defensively: robots.txt first, one request per host per
 * interval, conditional GET, bounded time and size, retries with backoff on 5xx and timeouts,
 * redirects followed by hand (so each hop is checked against robots.txt and a loop is named).
 * Every failure comes back as a {@link FetchResult.Failed} with a reason; nothing is thrown.
 *
 * <pre>{@code
 * Fetcher f = new Fetcher(FetchOptions.defaults());
 * FetchResult r = f.get("https://news.example/feed.xml", Expect.FEED, Validators.NONE);
 * }</pre>
 */
public final class Fetcher {

    /** What a response must be to be used. */
    public enum Expect {
        /** RSS, Atom or a sitemap: any XML type, text/plain (some servers say so), or none. */
        FEED,
        /** An article page: HTML or XHTML. */
        PAGE;

        boolean accepts(String type) {
            if (this == PAGE) {
                return type != null && (type.equals("text/html") || type.equals("application/xhtml+xml"));
            }
            return type == null || type.contains("xml") || type.equals("text/plain");
        }
    }

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newskg-fetch-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final FetchOptions options;
    private final HttpClient client;
    private final HostPacer pacer = new HostPacer();
    private final Robots robots;

    public Fetcher(FetchOptions options) {
        this.options = options;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(options.connectTimeout())
                .build();
        this.robots = new Robots(options.robotName());
    }

    public FetchOptions options() {
        return options;
    }

    /**
     * GETs {@code url}, following up to {@link FetchOptions#maxRedirects()} redirects.
     *
     * @param validators sent as If-None-Match / If-Modified-Since; a 304 answer gives
     *                   {@link FetchResult.NotModified}
     */
    public FetchResult get(String url, Expect expect, Validators validators) {
        URI uri;
        try {
            uri = parse(url);
        } catch (IllegalArgumentException e) {
            return new FetchResult.Failed(url, e.getMessage(), false);
        }
        Set<URI> visited = new LinkedHashSet<>();
        try {
            while (true) {
                if (!visited.add(uri)) {
                    return new FetchResult.Failed(url, "redirect loop: " + chain(visited, uri), false);
                }
                if (visited.size() > options.maxRedirects() + 1) {
                    return new FetchResult.Failed(
                            url, "more than " + options.maxRedirects() + " redirects: " + chain(visited, null), false);
                }
                FetchResult.Failed refused = robotsRefuse(url, uri);
                if (refused != null) {
                    return refused;
                }
                Attempt a = withRetries(uri, visited.size() == 1 ? validators : Validators.NONE, expect);
                if (a.failure != null) {
                    return new FetchResult.Failed(url, a.failure, a.retryable);
                }
                int status = a.status;
                if (status == 304) {
                    return new FetchResult.NotModified(url);
                }
                if (status >= 300 && status < 400) {
                    String location = a.headers.firstValue("Location").orElse(null);
                    if (location == null) {
                        return new FetchResult.Failed(
                                url, "HTTP " + status + " redirect without a Location header", false);
                    }
                    try {
                        uri = parse(uri.resolve(location.strip()).toString());
                    } catch (IllegalArgumentException e) {
                        return new FetchResult.Failed(url, "redirect to a bad address: " + e.getMessage(), false);
                    }
                    continue;
                }
                if (status < 200 || status >= 300) {
                    boolean retryable = status >= 500 || status == 429;
                    return new FetchResult.Failed(
                            url,
                            "HTTP " + status + statusText(status)
                                    + (retryable && options.retries() > 0
                                            ? " (" + (options.retries() + 1) + " attempts)"
                                            : ""),
                            retryable);
                }
                String[] type = contentType(a.headers);
                return new FetchResult.Fetched(
                        url,
                        uri.toString(),
                        status,
                        a.body,
                        type[0],
                        type[1],
                        a.headers
                                .firstValue("Content-Language")
                                .map(String::strip)
                                .orElse(null),
                        new Validators(
                                a.headers.firstValue("ETag").orElse(null),
                                a.headers.firstValue("Last-Modified").orElse(null)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FetchResult.Failed(url, "interrupted", true);
        }
    }

    /** Null when robots.txt lets us fetch {@code uri}, else why not. */
    private FetchResult.Failed robotsRefuse(String url, URI uri) throws InterruptedException {
        BaseRobotRules rules = robots.cached(uri);
        if (rules == null) {
            URI robotsUri = uri.resolve("/robots.txt");
            Attempt a = withRetries(robotsUri, Validators.NONE, null);
            // robots.txt may itself redirect (http to https, a bare domain to www): a few hops, same rules
            for (int hops = 0; a.failure == null && a.status >= 300 && a.status < 400 && hops < 5; hops++) {
                String loc = a.headers.firstValue("Location").orElse(null);
                if (loc == null) {
                    break;
                }
                a = withRetries(robotsUri.resolve(loc.strip()), Validators.NONE, null);
            }
            if (a.failure != null) {
                robots.failed(uri, 503);
                return new FetchResult.Failed(
                        url,
                        "robots.txt of " + Robots.origin(uri) + " could not be read (" + a.failure + "); not fetched",
                        true);
            }
            if (a.status >= 200 && a.status < 300) {
                rules = robots.parse(uri, a.body, contentType(a.headers)[0]);
            } else {
                rules = robots.failed(uri, a.status);
                if (a.status >= 500 || a.status == 429) {
                    return new FetchResult.Failed(
                            url,
                            "robots.txt of " + Robots.origin(uri) + " could not be read (HTTP " + a.status
                                    + "); not fetched",
                            true);
                }
            }
        }
        if (!rules.isAllowed(uri.toString())) {
            return new FetchResult.Failed(url, "disallowed by robots.txt of " + Robots.origin(uri), false);
        }
        return null;
    }

    /** The outcome of one request, after retries: a response, or why there was none. */
    private record Attempt(int status, HttpHeaders headers, byte[] body, String failure, boolean retryable) {
        static Attempt failed(String why, boolean retryable) {
            return new Attempt(0, null, null, why, retryable);
        }
    }

    private Attempt withRetries(URI uri, Validators v, Expect expect) throws InterruptedException {
        Attempt a = null;
        for (int i = 0; i <= options.retries(); i++) {
            if (i > 0) {
                Duration wait = options.backoff().multipliedBy(1L << Math.min(i - 1, 10));
                Duration asked = retryAfter(a);
                Thread.sleep(asked != null && asked.compareTo(wait) > 0 ? asked : wait);
            }
            a = once(uri, v, expect);
            boolean again = a.failure != null ? a.retryable : a.status >= 500 || a.status == 429;
            if (!again) {
                return a;
            }
        }
        if (a.failure != null) {
            return Attempt.failed(
                    a.failure + (options.retries() > 0 ? " (" + (options.retries() + 1) + " attempts)" : ""), true);
        }
        return a;
    }

    /** Retry-After in seconds, capped: a server may ask for a pause, not for the round to stop. */
    private static Duration retryAfter(Attempt a) {
        if (a == null || a.headers == null) {
            return null;
        }
        try {
            long s = Long.parseLong(
                    a.headers.firstValue("Retry-After").orElse("").strip());
            return Duration.ofSeconds(Math.min(Math.max(s, 0), 30));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Attempt once(URI uri, Validators v, Expect expect) throws InterruptedException {
        BaseRobotRules rules = robots.cached(uri);
        Duration interval = options.hostInterval();
        if (rules != null && rules.getCrawlDelay() > 0) {
            Duration delay = Duration.ofMillis(rules.getCrawlDelay());
            delay = delay.compareTo(FetchOptions.MAX_CRAWL_DELAY) > 0 ? FetchOptions.MAX_CRAWL_DELAY : delay;
            interval = delay.compareTo(interval) > 0 ? delay : interval;
        }
        pacer.await(Robots.origin(uri), interval);
        HttpRequest.Builder req = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(options.readTimeout())
                .header("User-Agent", options.userAgent())
                .header(
                        "Accept",
                        expect == Expect.PAGE
                                ? "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
                                : expect == Expect.FEED
                                        ? "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1"
                                        : "text/plain,*/*;q=0.1");
        if (v.etag() != null) {
            req.header("If-None-Match", v.etag());
        }
        if (v.lastModified() != null) {
            req.header("If-Modified-Since", v.lastModified());
        }
        HttpResponse<InputStream> resp;
        long start = System.nanoTime();
        try {
            resp = client.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            return Attempt.failed("no answer within " + seconds(options.readTimeout()), true);
        } catch (ConnectException e) {
            return Attempt.failed(
                    "cannot connect to " + uri.getHost() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"),
                    true);
        } catch (IOException e) {
            return Attempt.failed(
                    "network error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), true);
        }
        int status = resp.statusCode();
        try (InputStream in = resp.body()) {
            if (status < 200 || status >= 300 || expect != null && !expect.accepts(contentType(resp.headers())[0])) {
                // a body we will not use is not read: an error page or a video costs nothing
                if (status >= 200 && status < 300) {
                    String type = contentType(resp.headers())[0];
                    return Attempt.failed(
                            expect == Expect.PAGE
                                    ? "not an HTML page (Content-Type: " + (type == null ? "none" : type) + ")"
                                    : "not a feed (Content-Type: " + type + ")",
                            false);
                }
                return new Attempt(status, resp.headers(), new byte[0], null, false);
            }
            long declared = resp.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > options.maxBytes()) {
                return Attempt.failed(tooLarge(declared + " bytes"), false);
            }
            return readBody(in, status, resp.headers(), start);
        } catch (IOException e) {
            return Attempt.failed("network error while reading: " + e.getMessage(), true);
        }
    }

    /**
     * Reads at most {@code maxBytes + 1} bytes, and gives up when the read timeout, counted from
     * the request, passes: the client's own timeout ends with the headers, and a server that sends
     * a byte a minute would otherwise hold the round.
     */
    private Attempt readBody(InputStream in, int status, HttpHeaders headers, long start) {
        long left = options.readTimeout().toNanos() - (System.nanoTime() - start);
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> guard = WATCHDOG.schedule(
                () -> {
                    timedOut.set(true);
                    try {
                        in.close();
                    } catch (IOException ignored) {
                        // closing is all we can do; the read below fails either way
                    }
                },
                Math.max(1, left),
                TimeUnit.NANOSECONDS);
        try {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
            if (timedOut.get()) {
                return Attempt.failed("the body did not arrive within " + seconds(options.readTimeout()), true);
            }
            if (body.length > options.maxBytes()) {
                return Attempt.failed(tooLarge("more than " + options.maxBytes() + " bytes"), false);
            }
            return new Attempt(status, headers, body, null, false);
        } catch (IOException e) {
            if (timedOut.get() || e instanceof ClosedChannelException) {
                return Attempt.failed("the body did not arrive within " + seconds(options.readTimeout()), true);
            }
            return Attempt.failed("network error while reading: " + e.getMessage(), true);
        } finally {
            guard.cancel(false);
        }
    }

    private String tooLarge(String size) {
        return "response is " + size + ", over the limit of " + options.maxBytes() + " bytes";
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** [media type lower case without parameters, charset] from Content-Type; nulls when absent. */
    static String[] contentType(HttpHeaders h) {
        String ct = h.firstValue("Content-Type").orElse(null);
        if (ct == null || ct.isBlank()) {
            return new String[] {null, null};
        }
        String[] parts = ct.split(";");
        String charset = null;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                charset = p.substring(8).replace("\"", "").strip();
            }
        }
        return new String[] {parts[0].strip().toLowerCase(Locale.ROOT), charset};
    }

    /** An absolute http(s) URL, or an exception saying why {@code url} is not one. */
    static URI parse(String url) {
        String u = url == null ? "" : url.strip();
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("not an http(s) URL: '" + u + "'");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("URL without a host: '" + u + "'");
        }
        if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
            uri = uri.resolve("/");
        }
        return uri;
    }

    private static String chain(Set<URI> visited, URI again) {
        List<String> hops = new ArrayList<>();
        visited.forEach(x -> hops.add(x.toString()));
        if (again != null) {
            hops.add(again.toString());
        }
        return String.join(" -> ", hops);
    }

    private static String statusText(int status) {
        return switch (status) {
            case 401 -> " (authorisation required)";
            case 403 -> " (forbidden)";
            case 404 -> " (not found)";
            case 410 -> " (gone)";
            case 429 -> " (too many requests)";
            case 500 -> " (server error)";
            case 502 -> " (bad gateway)";
            case 503 -> " (unavailable)";
            case 504 -> " (gateway timeout)";
            default -> "";
        };
    }
}
