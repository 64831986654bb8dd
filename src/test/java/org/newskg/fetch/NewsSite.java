package org.newskg.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local news site for the fetcher and watcher tests: serves the invented feeds and pages under
 * src/test/resources/org/newskg/watch/site ({{BASE}} replaced by its own address) with ETags and
 * Last-Modified, and misbehaves on purpose at fixed paths: 404, 500, a PDF, a page that never
 * arrives, a redirect loop, an oversized page.
 */
public final class NewsSite implements AutoCloseable {
    public static final String ROOT = "/org/newskg/watch/site";
    /** Fixed, so If-Modified-Since can be compared as a string, as many servers do. */
    static final String LAST_MODIFIED = "Wed, 05 Mar 2025 12:00:00 GMT";

    private final HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, String> overrides = new ConcurrentHashMap<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    /** How long /news/slow.html takes; longer than the tests' read timeout. */
    volatile long slowMillis = 4000;

    public NewsSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "news-site");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String url(String path) {
        return base() + path;
    }

    /** Requests for {@code path} so far (of any method and answer). */
    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    /** "METHOD path (User-Agent)" for every request, in order of arrival. */
    public List<String> log() {
        return List.copyOf(log);
    }

    /** Serves {@code text} (with {{BASE}} replaced) at {@code path} instead of the resource. */
    public void put(String path, String text) {
        overrides.put(path, text);
    }

    public String resource(String path) throws IOException {
        String o = overrides.get(path);
        if (o != null) {
            return o.replace("{{BASE}}", base());
        }
        try (InputStream in = NewsSite.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                return null;
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{BASE}}", base());
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        // counted and logged before answering: a client that has its answer finds its request here
        hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        log.add(ex.getRequestMethod() + " " + path + " ("
                + ex.getRequestHeaders().getFirst("User-Agent") + ")");
        try {
            answer(ex, path);
        } catch (IOException e) {
            // the client went away (a timeout): nothing more to send
        }
        ex.close();
    }

    private int answer(HttpExchange ex, String path) throws IOException {
        switch (path) {
            case "/news/taken-down.html", "/feeds/gone.rss" -> {
                return send(ex, 404, "text/html", "<html><body><p>Not here</p></body></html>");
            }
            case "/news/server-error.html" -> {
                return send(ex, 500, "text/html", "<html><body><p>Something broke</p></body></html>");
            }
            case "/news/annual-report.pdf" -> {
                return send(ex, 200, "application/pdf", "%PDF-1.4 not really a PDF");
            }
            case "/news/slow.html" -> {
                try {
                    Thread.sleep(slowMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return send(ex, 200, "text/html", "<html><body><p>Too late</p></body></html>");
            }
            case "/news/trickle.html" -> {
                // headers at once, then the body stalls: the client's own timeout has already ended
                ex.getResponseHeaders().add("Content-Type", "text/html");
                ex.sendResponseHeaders(200, 0);
                OutputStream out = ex.getResponseBody();
                out.write("<html><body><p>The first words".getBytes(StandardCharsets.UTF_8));
                out.flush();
                try {
                    Thread.sleep(slowMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                out.close();
                return 200;
            }
            case "/loop/a", "/loop/b" -> {
                ex.getResponseHeaders().add("Location", path.equals("/loop/a") ? "/loop/b" : "/loop/a");
                ex.sendResponseHeaders(302, -1);
                return 302;
            }
            case "/moved/ferry" -> {
                ex.getResponseHeaders().add("Location", base() + "/news/ferry-strike.html");
                ex.sendResponseHeaders(301, -1);
                return 301;
            }
            case "/news/huge.html" -> {
                // no Content-Length (chunked): the fetcher must stop reading at its limit by itself
                StringBuilder page = new StringBuilder("<html><body><article>");
                while (page.length() < 600_000) {
                    page.append(
                            "<p>The same long paragraph again, to make the page far larger than any article.</p>\n");
                }
                ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                ex.sendResponseHeaders(200, 0);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(page.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8));
                }
                return 200;
            }
            default -> {
                String body = resource(path);
                if (body == null) {
                    return send(ex, 404, "text/plain", "not found");
                }
                String etag = "\"" + HexFormat.of().toHexDigits(body.hashCode()) + "\"";
                boolean feed = path.startsWith("/feeds/");
                if (feed) {
                    ex.getResponseHeaders().add("ETag", etag);
                    ex.getResponseHeaders().add("Last-Modified", LAST_MODIFIED);
                    String inm = ex.getRequestHeaders().getFirst("If-None-Match");
                    String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
                    if (etag.equals(inm) || inm == null && LAST_MODIFIED.equals(ims)) {
                        ex.sendResponseHeaders(304, -1);
                        return 304;
                    }
                }
                return send(ex, 200, type(path), body);
            }
        }
    }

    private static String type(String path) {
        if (path.endsWith(".html")) {
            return "text/html; charset=utf-8";
        } else if (path.endsWith(".rss")) {
            return "application/rss+xml; charset=utf-8";
        } else if (path.endsWith(".atom")) {
            return "application/atom+xml";
        } else if (path.endsWith(".xml")) {
            return "application/xml";
        }
        return "text/plain; charset=utf-8";
    }

    private static int send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
        return status;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
