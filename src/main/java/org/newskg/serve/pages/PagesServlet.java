package org.newskg.serve.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Serves class-path resources read-only: {@code /} and {@code /graph} (pages under {@code web/}),
 * {@code /assets/*} ({@code web/assets}), {@code /webjars/*} (the WebJars), {@code /queries/*}
 * (the queries shipped in the jar, with {@code /queries/index.json} listing them) and {@code /view/*.rq}
 * (the export's property-graph queries, which the graph page runs).
 */
final class PagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/@-]*");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("rq", "application/sparql-query; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private transient volatile byte[] queryIndex;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String resource = switch (path) {
            case "/", "/index.html" -> "web/index.html";
            case "/graph", "/graph/", "/graph.html" -> "web/graph.html";
            case "/queries/", "/queries/index.json" -> {
                sendQueryIndex(resp);
                yield null;
            }
            default -> map(path);
        };
        if (resource == null) {
            if (!resp.isCommitted() && resp.getStatus() == 200 && !path.startsWith("/queries/")) {
                resp.sendError(404, "not found: " + path);
            }
            return;
        }
        send(resource, resp);
    }

    private static String map(String path) {
        String[][] mounts = {
            {"/assets/", "web/assets/"},
            {"/webjars/", "META-INF/resources/webjars/"},
            {"/queries/", "queries/"},
            {"/view/", "org/newskg/export/"}
        };
        for (String[] m : mounts) {
            if (path.startsWith(m[0])) {
                String rest = path.substring(m[0].length());
                if (!SAFE.matcher(rest).matches() || rest.contains("..") || rest.contains("//")) {
                    return null;
                }
                if (m[0].equals("/view/") && !rest.endsWith(".rq")) {
                    return null;
                }
                return m[1] + rest;
            }
        }
        return null;
    }

    private static void send(String resource, HttpServletResponse resp) throws IOException {
        try (InputStream in = PagesServlet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                resp.sendError(404, "not found");
                return;
            }
            String ext = resource.substring(resource.lastIndexOf('.') + 1);
            resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.setHeader(
                    "Cache-Control", resource.startsWith("META-INF/resources/webjars/") ? "max-age=86400" : "no-cache");
            try (OutputStream out = resp.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }

    /** [{"file": "who-met-whom.rq", "description": "..."}], from the first comment line of each query. */
    private void sendQueryIndex(HttpServletResponse resp) throws IOException {
        byte[] body = queryIndex;
        if (body == null) {
            ObjectMapper om = new ObjectMapper();
            ArrayNode list = om.createArrayNode();
            for (String name : listQueries()) {
                try (InputStream in = PagesServlet.class.getClassLoader().getResourceAsStream("queries/" + name)) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    String first = text.lines().findFirst().orElse("");
                    ObjectNode o = list.addObject();
                    o.put("file", name);
                    o.put(
                            "description",
                            first.startsWith("#") ? first.substring(1).strip() : name);
                }
            }
            body = om.writerWithDefaultPrettyPrinter().writeValueAsBytes(list);
            queryIndex = body;
        }
        resp.setContentType("application/json");
        resp.getOutputStream().write(body);
    }

    /** The .rq files under queries/ on the class path, from a folder or from the jar. */
    static List<String> listQueries() throws IOException {
        URL url = PagesServlet.class.getClassLoader().getResource("queries");
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return list(fs.getPath("queries"));
            }
            return list(Path.of(uri));
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static List<String> list(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".rq"))
                    .sorted()
                    .forEach(names::add);
        }
        return names;
    }
}
