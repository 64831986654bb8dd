package org.newskg.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.bench.QueryLatency;
import org.newskg.bench.ServerLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "loadtest",
        mixinStandardHelpOptions = true,
        description = "Bounded load test of a running server (figures, not a test): N client threads send the shipped "
                + "non-federated queries in turn, Q in all, over HTTP; prints p50/p95/p99/max latency and errors (any answer "
                + "but 200). With --ingest, the same again while `newskg ingest --remote` writes to the server "
                + "(authenticated Graph Store Protocol). See docs/security.md.")
final class LoadTestCommand implements Callable<Integer> {

    @Option(
            names = "--endpoint",
            required = true,
            paramLabel = "URL",
            description = "the SPARQL endpoint, e.g. http://127.0.0.1:3030/newskg/sparql")
    URI endpoint;

    @Option(names = "--clients", defaultValue = "8", description = "client threads (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--queries", defaultValue = "2000", description = "queries in all (default: ${DEFAULT-VALUE})")
    int queries;

    @Option(
            names = "--ingest",
            paramLabel = "PATH",
            description = "articles to ingest into the server during the second run")
    Path ingest;

    @Option(
            names = "--ingest-auth",
            paramLabel = "FILE",
            description = "the client's 'user: password' file for --ingest")
    Path ingestAuth;

    @Option(
            names = "--ingest-args",
            paramLabel = "ARG",
            split = " ",
            description =
                    "more arguments for the ingest, e.g. \"--outlet loadtest\" (so that unchanged articles are rewritten)")
    List<String> ingestArgs = new ArrayList<>();

    @Option(
            names = "--settle",
            defaultValue = "20",
            paramLabel = "SECONDS",
            description =
                    "how long the ingest runs (loading its models) before the second load starts (default: ${DEFAULT-VALUE})")
    int settle;

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || queries < 1) {
            System.err.println("newskg loadtest: --clients and --queries must be >= 1");
            return 2;
        }
        if (ingest != null && (!Files.exists(ingest) || ingestAuth == null)) {
            System.err.println("newskg loadtest: --ingest needs an existing PATH and --ingest-auth FILE");
            return 2;
        }
        List<String> writer = null;
        if (ingest != null) {
            String base = endpoint.toString().replaceFirst("/sparql$", "");
            writer = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "org.newskg.cli.Main",
                    "ingest",
                    "--remote",
                    base + "/data",
                    "--remote-auth",
                    ingestAuth.toString()));
            writer.addAll(ingestArgs);
            writer.add(ingest.toString());
        }
        List<ServerLoad.Result> r = ServerLoad.withAndWithoutWriter(
                endpoint, QueryLatency.shippedQueries(), clients, queries, writer, settle, System.out);
        return r.stream().allMatch(x -> x.errors() == 0) ? 0 : 1;
    }
}
