package org.newskg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newskg.article.ArticleMeta;
import org.newskg.article.ArticleSources;
import org.newskg.config.NewskgConfig;
import org.newskg.pipeline.Components;
import org.newskg.pipeline.Ingest;
import org.newskg.pipeline.IngestSummary;
import org.newskg.pipeline.Pipeline;
import org.newskg.problem.ProblemReporter;
import org.newskg.serve.Server;
import org.newskg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Ingests the bundled example articles into a fresh store and serves it on localhost.")
final class DemoCommand implements Callable<Integer> {
    /** The bundled examples, listed here because a jar cannot be listed like a folder. */
    static final List<String> EXAMPLES = List.of(
            "examples/harbour-talks.txt",
            "examples/trade-summit.txt",
            "examples/phone-call.txt",
            "examples/ministers-meet.txt");

    @Option(
            names = "--db",
            defaultValue = NewskgConfig.DEFAULT_DEMO_STORE,
            description = "store folder, emptied first (default: ${DEFAULT-VALUE})")
    Path db;

    @Option(
            names = "--port",
            defaultValue = "" + NewskgConfig.DEFAULT_PORT,
            description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--no-serve", description = "ingest only, do not start the server")
    boolean noServe;

    @Override
    public Integer call() throws IOException {
        NewskgConfig config = NewskgConfig.builder().store(db).port(port).build();
        Path articles = Files.createTempDirectory("newskg-examples");
        for (String name : EXAMPLES) {
            try (InputStream in = DemoCommand.class.getResourceAsStream("/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("example " + name + " missing from the jar");
                }
                Files.writeString(
                        articles.resolve(Path.of(name).getFileName().toString()),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        deleteStore(db);
        ProblemReporter.Collecting problems = ProblemReporter.collecting(p -> Console.problem(System.err, p));
        Store store = Store.open(db);
        store.ensureOntology();
        IngestSummary s = new Ingest(
                        new Pipeline(Components.load(true)), ArticleSources.defaults(), config.effectiveThreads())
                .run(List.of(articles), ArticleMeta.of(null), store, problems, null);
        System.out.println(s.describe());
        if (noServe) {
            store.close();
            return s.failed() > 0 ? 1 : 0;
        }
        Server server = ServeCommand.serve(store, config);
        System.out.println();
        System.out.println("Try a query (the queries/ folder has more):");
        System.out.println("  curl -s http://127.0.0.1:" + server.port() + "/newskg/sparql \\");
        System.out.println("    --data-urlencode 'query=PREFIX nk: <https://newskg.org/ontology#> "
                + "SELECT ?speaker ?text WHERE { ?s nk:speaker/nk:name ?speaker ; nk:text ?text } LIMIT 10'");
        System.out.println(
                "  ./newskg query --db " + db + " queries/statements-by-person.rq   (after stopping the server)");
        server.join();
        return 0;
    }

    /** Deletes an earlier demo store, but only if it looks like one (holds TDB2 files). */
    static void deleteStore(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        boolean tdb;
        try (Stream<Path> s = Files.list(dir)) {
            tdb = s.anyMatch(p -> p.getFileName().toString().startsWith("Data-")
                    || p.getFileName().toString().equals("tdb.lock"));
        }
        if (!tdb) {
            throw new IOException(dir + " exists and is not a newskg store; choose another --db");
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
