package org.newskg.link.online;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads Wikidata through its action API ({@code wbsearchentities}, {@code wbgetentities}) with the
 * JDK HTTP client, politely: a descriptive User-Agent, {@code maxlag=5}, gzip, at most
 * {@link WikidataOptions#requestsPerSecond()} requests per second, connect and request timeouts,
 * and a persistent cache (see {@link DiskCache}) so the same question is asked once per
 * {@link WikidataOptions#cacheTtl()}.
 *
 * <p>It never throws for network trouble: a connection refused, a DNS failure, a timeout, a
 * 5xx, 429 or a {@code maxlag} error gives an empty answer and opens a circuit breaker, so for
 * the next {@link WikidataOptions#breakerCooldown()} (doubling while the network stays down)
 * only the cache answers. Thread-safe.
 *
 * <pre>{@code
 * WikidataClient c = new WikidataClient(WikidataOptions.defaults(Path.of("cache")));
 * List<String> ids = c.search("Kaja Kallas");           // ["Q3186996", ...]
 * Map<String, WikidataItem> items = c.items(ids);
 * }</pre>
 */
public final class WikidataClient {
    private static final Logger LOG = LoggerFactory.getLogger(WikidataClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LANGUAGE = "en";
    /** {@code wbgetentities} takes at most 50 ids per request. */
    private static final int MAX_IDS = 50;

    private final WikidataOptions options;
    private final HttpClient http;
    private final DiskCache cache;
    private final RateLimiter limiter;
    private final CircuitBreaker breaker;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong cacheHits = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();

    public WikidataClient(WikidataOptions options) {
        this.options = options;
        this.http = HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.cache = new DiskCache(options.cacheDir(), options.cacheTtl(), Clock.systemUTC());
        this.limiter = new RateLimiter(options.requestsPerSecond());
        this.breaker = new CircuitBreaker(options.breakerCooldown());
    }

    public WikidataOptions options() {
        return options;
    }

    /**
     * A search hit: the item, the text it matched (an English label or alias, or a name in
     * another language when the API falls back) and its English label.
     */
    public record Hit(String qid, String matched, String label) {}

    /** The hits of {@code wbsearchentities} for the name in English; empty when unknown or unreachable. */
    public Optional<SearchResult> searchHits(String name) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("action", "wbsearchentities");
        p.put("search", name);
        p.put("language", LANGUAGE);
        p.put("uselang", LANGUAGE);
        p.put("type", "item");
        p.put("limit", Integer.toString(options.searchLimit()));
        return get(p).map(r -> {
            List<Hit> hits = new ArrayList<>();
            for (JsonNode h : r.path("search")) {
                String id = h.path("id").asText(null);
                if (id != null) {
                    hits.add(new Hit(
                            id,
                            h.path("match").path("text").asText(h.path("label").asText(null)),
                            h.path("label").asText(null)));
                }
            }
            return new SearchResult(hits, r.has("search-continue"));
        });
    }

    /** Search hits, and whether the API has more beyond the limit ({@code search-continue}). */
    public record SearchResult(List<Hit> hits, boolean more) {
        public SearchResult {
            hits = List.copyOf(hits);
        }
    }

    /** The item ids {@code wbsearchentities} finds for the name, best first. */
    public List<String> search(String name) {
        return searchHits(name)
                .map(r -> r.hits().stream().map(Hit::qid).toList())
                .orElse(List.of());
    }

    /**
     * The items with these ids ({@code wbgetentities}: English labels and aliases, claims,
     * sitelinks), by id; ids that are missing or could not be fetched are absent.
     */
    public Map<String, WikidataItem> items(Collection<String> qids) {
        List<String> ids = qids.stream().distinct().sorted().toList();
        Map<String, WikidataItem> out = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i += MAX_IDS) {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("action", "wbgetentities");
            p.put("ids", String.join("|", ids.subList(i, Math.min(ids.size(), i + MAX_IDS))));
            p.put("props", "labels|aliases|claims|sitelinks");
            p.put("languages", LANGUAGE);
            get(p).ifPresent(r -> r.path("entities").forEach(e -> {
                WikidataItem item = WikidataItem.parse(e, LANGUAGE);
                if (item != null) {
                    out.put(item.qid(), item);
                }
            }));
        }
        return out;
    }

    /** Counters since start: HTTP requests sent, answers from the cache, failures, calls skipped by the breaker. */
    public record Stats(long requests, long cacheHits, long failures, long skipped, boolean breakerOpen) {
        @Override
        public String toString() {
            return "wikidata online: " + requests + " requests, " + cacheHits + " from cache, " + failures + " failed, "
                    + skipped + " skipped" + (breakerOpen ? " (unreachable)" : "");
        }
    }

    public Stats stats() {
        return new Stats(requests.get(), cacheHits.get(), failures.get(), skipped.get(), breaker.isOpen());
    }

    // ------------------------------------------------------------------ HTTP

    /** The JSON answer of the API for these parameters (format, maxlag added), cached; empty on any failure. */
    Optional<JsonNode> get(Map<String, String> params) {
        String key = queryString(params);
        Optional<JsonNode> cached = cache.get(key);
        if (cached.isPresent()) {
            cacheHits.incrementAndGet();
            return cached;
        }
        if (!breaker.allow()) {
            skipped.incrementAndGet();
            return Optional.empty();
        }
        URI uri = URI.create(options.api() + "?" + key + "&maxlag=5");
        HttpRequest req = HttpRequest.newBuilder(uri)
                .timeout(options.requestTimeout())
                .header("User-Agent", options.userAgent())
                .header("Accept", "application/json")
                .header("Accept-Encoding", "gzip")
                .GET()
                .build();
        HttpResponse<byte[]> resp;
        JsonNode body;
        java.util.concurrent.CompletableFuture<HttpResponse<byte[]>> call = null;
        try {
            limiter.acquire();
            requests.incrementAndGet();
            // the whole exchange, body included, within the request timeout (the client's own
            // timeout stops at the response headers)
            call = http.sendAsync(req, HttpResponse.BodyHandlers.ofByteArray());
            resp = call.get(options.requestTimeout().toMillis() + 50, java.util.concurrent.TimeUnit.MILLISECONDS);
            body = resp.statusCode() == 200 ? JSON.readTree(decode(resp)) : null;
        } catch (InterruptedException e) {
            if (call != null) {
                call.cancel(true);
            }
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (java.util.concurrent.TimeoutException e) {
            call.cancel(true);
            trip("no answer within " + options.requestTimeout().toMillis() + " ms", null);
            return Optional.empty();
        } catch (java.util.concurrent.ExecutionException e) {
            // connection refused, DNS failure (ConnectException), timeouts (HttpTimeoutException),
            // a reset: the network or the service is not there
            Throwable c = e.getCause() == null ? e : e.getCause();
            trip(c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + c.getMessage()), null);
            return Optional.empty();
        } catch (IOException e) {
            // a body that is not JSON (a proxy's error page, a truncated gzip stream)
            breaker.success();
            failures.incrementAndGet();
            LOG.debug("Wikidata API answer to {} unreadable: {}", key, e.toString());
            return Optional.empty();
        }
        int status = resp.statusCode();
        if (status == 429 || status >= 500) {
            trip("HTTP " + status, retryAfter(resp).orElse(null));
            return Optional.empty();
        }
        if (status != 200 || body == null || !body.isObject()) {
            breaker.success(); // the service answered: no network problem, just no answer to use
            failures.incrementAndGet();
            LOG.debug("Wikidata API answered HTTP {} to {}", status, key);
            return Optional.empty();
        }
        if (body.has("error")) {
            String code = body.path("error").path("code").asText();
            if ("maxlag".equals(code) || "ratelimited".equals(code)) {
                trip("API error " + code, retryAfter(resp).orElse(Duration.ofSeconds(5)));
            } else {
                breaker.success();
                failures.incrementAndGet();
                LOG.debug("Wikidata API error {} to {}", code, key);
            }
            return Optional.empty();
        }
        breaker.success();
        cache.put(key, body);
        return Optional.of(body);
    }

    private void trip(String why, Duration retryAfter) {
        failures.incrementAndGet();
        Duration d = breaker.failure(retryAfter);
        LOG.warn(
                "Wikidata unreachable at {} ({}); offline links only for the next {} s",
                options.api(),
                why,
                d.toSeconds());
    }

    private static InputStream decode(HttpResponse<byte[]> resp) throws IOException {
        InputStream in = new java.io.ByteArrayInputStream(resp.body());
        String enc = resp.headers().firstValue("Content-Encoding").orElse("");
        return enc.equalsIgnoreCase("gzip") ? new GZIPInputStream(in) : in;
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> resp) {
        return resp.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.max(1, Long.parseLong(v.strip()))));
            } catch (NumberFormatException e) {
                return Optional.empty(); // an HTTP date: the default cooldown will do
            }
        });
    }

    /** The parameters with format=json, sorted by name and URL-encoded: the cache key and the query. */
    static String queryString(Map<String, String> params) {
        Map<String, String> p = new TreeMap<>(params);
        p.put("format", "json");
        p.put("formatversion", "1");
        StringBuilder sb = new StringBuilder();
        p.forEach((k, v) -> {
            if (!sb.isEmpty()) {
                sb.append('&');
            }
            sb.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return sb.toString();
    }
}
