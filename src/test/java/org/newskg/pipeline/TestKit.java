package org.newskg.pipeline;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.article.ArticleMeta;
import org.newskg.article.ArticleSources;
import org.newskg.problem.ProblemReporter;
import org.newskg.store.GraphTarget;

/** Shared helpers for the store, serve, pipeline and cli tests: one pipeline per test JVM, examples, HTTP. */
public final class TestKit {
    private TestKit() {}

    public static final List<String> EXAMPLES =
            List.of("harbour-talks.txt", "ministers-meet.txt", "phone-call.txt", "trade-summit.txt");
    public static final Path SHARED = Path.of("../shared");
    public static final Path SEEDS = SHARED.resolve("seeds");
    public static final Path BBC = SHARED.resolve("corpus/bbc");
    public static final Path QUERIES = Path.of("queries");

    private static Pipeline pipeline;

    /** The pipeline with models and the Wikidata index, loaded once per test JVM. */
    public static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = new Pipeline(Components.load(true));
        }
        return pipeline;
    }

    /** Copies the bundled example articles into {@code dir} and returns it. */
    public static Path examples(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : EXAMPLES) {
            try (InputStream in = TestKit.class.getResourceAsStream("/examples/" + name)) {
                Files.write(dir.resolve(name), in.readAllBytes());
            }
        }
        return dir;
    }

    public static String example(String name) throws IOException {
        try (InputStream in = TestKit.class.getResourceAsStream("/examples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Ingests paths with the shared pipeline, two threads. */
    public static IngestSummary ingest(GraphTarget target, Path... paths) {
        ProblemReporter.Collecting problems = ProblemReporter.collecting(p -> System.err.println(p));
        return new Ingest(pipeline(), ArticleSources.defaults(), 2)
                .run(List.of(paths), ArticleMeta.of(null), target, problems, null);
    }

    public static final HttpClient HTTP = HttpClient.newHttpClient();

    /** SELECT over HTTP (GET, JSON results): the variables and the rows (variable to value). */
    public record Results(List<String> vars, List<Map<String, String>> rows) {
        public List<String> column(String var) {
            return rows.stream().map(r -> r.get(var)).filter(v -> v != null).toList();
        }
    }

    public static HttpResponse<String> get(String url, String query) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                        .header("Accept", "application/sparql-results+json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public static Results select(String endpoint, String query) throws IOException, InterruptedException {
        HttpResponse<String> r = get(endpoint, query);
        if (r.statusCode() != 200) {
            throw new AssertionError("HTTP " + r.statusCode() + " for query:\n" + query + "\n" + r.body());
        }
        JsonNode json = new ObjectMapper().readTree(r.body());
        List<String> vars = new ArrayList<>();
        json.path("head").path("vars").forEach(v -> vars.add(v.asText()));
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode b : json.path("results").path("bindings")) {
            Map<String, String> row = new LinkedHashMap<>();
            b.fields()
                    .forEachRemaining(
                            e -> row.put(e.getKey(), e.getValue().path("value").asText()));
            rows.add(row);
        }
        return new Results(vars, rows);
    }

    /** The command line of a child JVM running {@code org.newskg.cli.Main} with the test class path. */
    public static List<String> childMain(String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", cp, "org.newskg.cli.Main"));
        cmd.addAll(List.of(args));
        return cmd;
    }
}
