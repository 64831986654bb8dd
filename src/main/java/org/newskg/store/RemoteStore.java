package org.newskg.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A SPARQL store reached over the SPARQL 1.1 Graph Store Protocol: each article graph is
 * {@code PUT} to {@code STORE?graph=IRI} as N-Triples, which replaces it as a whole. {@code STORE} is
 * the graph store URL: {@code http://127.0.0.1:3030/newskg/data} for {@code newskg serve --allow-update}
 * (and Fuseki generally), and whatever URL other stores give their Graph Store Protocol endpoint.
 *
 * <p>Before writing, the current graph is fetched ({@code GET}), so that an unchanged article is
 * reported as such and not rewritten.
 */
public final class RemoteStore implements GraphTarget {
    private static final String NTRIPLES = "application/n-triples";

    private final URI dataset;
    private final String authorization;
    private final HttpClient http;

    private RemoteStore(URI dataset, String authorization) {
        this.dataset = dataset;
        this.authorization = authorization;
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * @param dataset  the graph store URL, e.g. {@code http://127.0.0.1:3030/newskg/data}; user and
     *                 password may be given in it ({@code http://user:pw@host:port/newskg/data})
     * @param authFile a file with one {@code user: password} line: the client's own, in plain text (not
     *                 the server's users file, which holds hashes), or null
     */
    public static RemoteStore connect(String dataset, Path authFile) {
        URI uri;
        try {
            uri = URI.create(dataset);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--remote: not a URL: " + dataset);
        }
        if (uri.getScheme() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw new IllegalArgumentException("--remote must be the http(s) URL of a graph store, like "
                    + "http://127.0.0.1:3030/newskg/data, not '" + dataset + "'");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException(
                    "--remote must be the graph store URL without ?query or #fragment: " + dataset);
        }
        String user = null;
        String password = null;
        if (uri.getUserInfo() != null) {
            String[] up = uri.getUserInfo().split(":", 2);
            user = up[0];
            password = up.length > 1 ? up[1] : "";
            try {
                uri = new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null);
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException("--remote: " + e.getMessage());
            }
        }
        if (authFile != null) {
            String[] up = readCredentials(authFile);
            user = up[0];
            password = up[1];
        }
        String auth = user == null
                ? null
                : "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new RemoteStore(uri, auth);
    }

    /** The first {@code user: password[, role...]} line of a Jetty realm file. */
    static String[] readCredentials(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the credentials file " + file + ": " + e.getMessage());
        }
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int colon = l.indexOf(':');
            if (colon <= 0) {
                break;
            }
            String pw = l.substring(colon + 1).strip();
            int comma = pw.indexOf(',');
            if (comma >= 0) {
                pw = pw.substring(0, comma).strip();
            }
            if (pw.startsWith("PBKDF2-SHA256:")) {
                throw new IllegalArgumentException(file + " holds a password hash (the server's users file); "
                        + "--remote-auth needs a file of your own with 'user: password' in plain text (chmod 600)");
            }
            return new String[] {l.substring(0, colon).strip(), pw};
        }
        throw new IllegalArgumentException("the credentials file " + file + " has no 'user: password' line");
    }

    private URI graphUri(Node graph) {
        return URI.create(dataset + "?graph=" + URLEncoder.encode(graph.getURI(), StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    @Override
    public Outcome replaceGraph(Node graphName, List<Quad> quads) {
        URI uri = graphUri(graphName);
        Graph fresh = GraphFactory.createDefaultGraph();
        for (Quad q : quads) {
            fresh.add(q.asTriple());
        }
        HttpResponse<byte[]> got =
                send(request(uri).header("Accept", NTRIPLES).GET().build(), "read");
        boolean had = false;
        if (got.statusCode() == 200) {
            Graph existing = GraphFactory.createDefaultGraph();
            try {
                RDFParser.fromString(new String(got.body(), StandardCharsets.UTF_8), Lang.NTRIPLES)
                        .parse(existing);
                had = !existing.isEmpty();
                if (had && existing.size() == fresh.size() && existing.isIsomorphicWith(fresh)) {
                    return Outcome.UNCHANGED;
                }
            } catch (RiotException e) {
                had = true; // cannot compare; replace it
            }
        } else if (got.statusCode() != 404) {
            throw failure("GET", uri, got);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RDFDataMgr.write(body, fresh, Lang.NTRIPLES);
        HttpResponse<byte[]> put = send(
                request(uri)
                        .header("Content-Type", NTRIPLES)
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                "write");
        if (put.statusCode() / 100 != 2) {
            throw failure("PUT", uri, put);
        }
        return had ? Outcome.REPLACED : Outcome.STORED;
    }

    private HttpResponse<byte[]> send(HttpRequest req, String what) {
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new Store.StoreException(
                    "cannot " + what + " " + dataset + ": "
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                            + " (is the server running?)",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Store.StoreException("interrupted while talking to " + dataset, e);
        }
    }

    private Store.StoreException failure(String method, URI uri, HttpResponse<byte[]> r) {
        String hint = switch (r.statusCode()) {
            case 401 -> " (credentials needed or wrong: give --remote-auth FILE)";
            case 403 -> " (the user may not write here)";
            case 404, 405 ->
                " (is this a Graph Store Protocol endpoint that accepts writes? for `newskg serve "
                        + "--allow-update` it is http://HOST:PORT/newskg/data)";
            default -> "";
        };
        String text = new String(r.body(), StandardCharsets.UTF_8).strip();
        if (text.length() > 200) {
            text = text.substring(0, 200) + "...";
        }
        return new Store.StoreException(
                method + " " + uri + " failed: HTTP " + r.statusCode() + hint + (text.isEmpty() ? "" : ": " + text),
                null);
    }

    @Override
    public String describe() {
        return dataset.toString();
    }

    @Override
    public void close() {
        http.close();
    }
}
