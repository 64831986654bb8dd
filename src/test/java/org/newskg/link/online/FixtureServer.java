package org.newskg.link.online;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A stand-in for the Wikidata action API on 127.0.0.1: answers {@code wbsearchentities} and
 * {@code wbgetentities} from the fixtures in {@code src/test/resources/link/online/} and records
 * every request (parameters, User-Agent, arrival time).
 */
final class FixtureServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "/link/online/";

    /** One request as the server saw it. */
    record Request(Map<String, String> params, String userAgent, long nanoTime) {
        String action() {
            return params.get("action");
        }
    }

    private final HttpServer server;
    final List<Request> requests = new CopyOnWriteArrayList<>();
    volatile long delayMillis;

    FixtureServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/w/api.php", this::handle);
        server.start();
    }

    URI api() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/w/api.php");
    }

    /** An API URL on a port where nothing listens. */
    static URI closedPort() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        return URI.create("http://127.0.0.1:" + port + "/w/api.php");
    }

    long count(String action) {
        return requests.stream().filter(r -> action.equals(r.action())).count();
    }

    private void handle(HttpExchange ex) throws IOException {
        Map<String, String> p = params(ex.getRequestURI().getRawQuery());
        requests.add(new Request(p, ex.getRequestHeaders().getFirst("User-Agent"), System.nanoTime()));
        try {
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        JsonNode body;
        if (!"json".equals(p.get("format"))) {
            body = error("badformat", "Only JSON here");
        } else if ("wbsearchentities".equals(p.get("action"))) {
            body = search(p.getOrDefault("search", ""));
        } else if ("wbgetentities".equals(p.get("action"))) {
            body = entities(p.getOrDefault("ids", ""));
        } else {
            body = error("badvalue", "Unrecognized value for parameter \"action\": " + p.get("action") + ".");
        }
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        try {
            ex.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // the client gave up (timeout test)
        } finally {
            ex.close();
        }
    }

    private static JsonNode search(String term) throws IOException {
        String slug = Normalizer.normalize(term, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .strip()
                .replaceAll("\\s+", "-");
        JsonNode n = resource("search/" + slug + ".json");
        if (n != null) {
            return n;
        }
        ObjectNode r = JSON.createObjectNode();
        r.putObject("searchinfo").put("search", term);
        r.putArray("search");
        r.put("success", 1);
        return r;
    }

    private static JsonNode entities(String ids) throws IOException {
        ObjectNode r = JSON.createObjectNode();
        ObjectNode es = r.putObject("entities");
        for (String id : ids.split("\\|")) {
            JsonNode e = resource("entities/" + id + ".json");
            if (e == null) {
                es.putObject(id).put("id", id).put("missing", "");
            } else {
                es.set(id, e);
            }
        }
        r.put("success", 1);
        return r;
    }

    private static JsonNode error(String code, String info) {
        ObjectNode r = JSON.createObjectNode();
        r.putObject("error")
                .put("code", code)
                .put("info", info)
                .put("*", "See https://www.wikidata.org/w/api.php for API usage.");
        r.put("servedby", "mw-api-ext.fixture");
        return r;
    }

    private static JsonNode resource(String path) throws IOException {
        try (InputStream in = FixtureServer.class.getResourceAsStream(BASE + path)) {
            return in == null ? null : JSON.readTree(in);
        }
    }

    private static Map<String, String> params(String raw) {
        Map<String, String> p = new LinkedHashMap<>();
        if (raw == null) {
            return p;
        }
        for (String kv : raw.split("&")) {
            int eq = kv.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? kv : kv.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
            p.put(k, v);
        }
        return p;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
