package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.config.NewskgConfig;
import org.newskg.serve.Limits;
import org.newskg.serve.Server;
import org.newskg.serve.ServicePolicy;
import org.newskg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description =
                "Serves the store over SPARQL with an embedded Fuseki server: on this machine only and "
                        + "read-only unless told otherwise. Exit status: 1 when the store or port is unavailable, 2 for usage errors.")
final class ServeCommand implements Callable<Integer> {

    @Option(
            names = "--db",
            defaultValue = NewskgConfig.DEFAULT_STORE,
            description = "store folder (default: ${DEFAULT-VALUE})")
    Path db;

    @Option(
            names = "--port",
            defaultValue = "" + NewskgConfig.DEFAULT_PORT,
            description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(
            names = "--host",
            defaultValue = NewskgConfig.DEFAULT_HOST,
            description =
                    "interface to bind: 127.0.0.1 (default) for this machine only; any other value binds all interfaces")
    String host;

    @Option(
            names = "--timeout",
            defaultValue = "" + NewskgConfig.DEFAULT_QUERY_TIMEOUT_SECONDS,
            paramLabel = "SECONDS",
            description = "query timeout in seconds, 0 for none (default: ${DEFAULT-VALUE})")
    int timeout;

    @Option(
            names = "--max-results",
            defaultValue = "" + NewskgConfig.DEFAULT_MAX_RESULTS,
            paramLabel = "N",
            description =
                    "queries return at most N rows (or triples); longer results are cut; 0 for no limit (default: ${DEFAULT-VALUE})")
    long maxResults;

    @Option(
            names = "--allow-update",
            description =
                    "also offer SPARQL Update and Graph Store Protocol writes "
                            + "(/newskg/update, and /newskg/data for the Graph Store Protocol, e.g. ingest --remote), to authenticated users only; needs --auth")
    boolean allowUpdate;

    @Option(
            names = "--auth",
            paramLabel = "FILE",
            description = "users file for HTTP Basic authentication of updates: 'user: PBKDF2-SHA256:...' lines "
                    + "written by `newskg passwd FILE USER`")
    Path auth;

    @Option(
            names = "--https",
            paramLabel = "KEYSTORE",
            description = "serve HTTPS only (on --port), with the key and certificate in this PKCS12 or JKS keystore")
    Path keystore;

    @Option(
            names = "--https-password-file",
            paramLabel = "FILE",
            description = "file whose first line is the keystore password (else the environment variable "
                    + "NEWSKG_KEYSTORE_PASSWORD)")
    Path keystorePasswordFile;

    @Option(
            names = "--insecure-http",
            description = "allow --auth on a network address without --https "
                    + "(passwords then cross the network in clear text; for use behind a TLS-terminating proxy)")
    boolean insecureHttp;

    @Option(
            names = "--public-url",
            paramLabel = "URL",
            description = "the URL clients use (e.g. behind a reverse proxy); its host name is answered to. Requests "
                    + "naming other hosts than this machine's names and IP addresses get 421 (DNS rebinding)")
    java.net.URI publicUrl;

    @Option(
            names = "--cors",
            paramLabel = "ORIGIN",
            description =
                    "let pages from this origin (scheme://host[:port]) read answers (repeatable); none by default")
    java.util.List<String> cors = new java.util.ArrayList<>();

    @Option(
            names = "--allow-dump",
            description =
                    "answer GET on the dataset URL with the whole store (off: ask for " + "one graph with ?graph=IRI)")
    boolean allowDump;

    @Option(
            names = "--max-concurrent",
            paramLabel = "N",
            description =
                    "queries running at once; more wait up to 5 s, then get 503 (default: 4 per core, at least 4)")
    Integer maxConcurrent;

    @Option(
            names = "--rate",
            paramLabel = "N",
            defaultValue = "" + (int) Limits.DEFAULT_RATE,
            description = "requests per second per client address, bursts of twice that, else 429; 0 for no limit "
                    + "(default: ${DEFAULT-VALUE})")
    double rate;

    @Option(
            names = "--max-query-size",
            paramLabel = "BYTES",
            defaultValue = "" + Limits.DEFAULT_MAX_QUERY_BYTES,
            description = "largest query request (URL or body), else 413/414 (default: ${DEFAULT-VALUE})")
    long maxQueryBytes;

    @Option(
            names = "--allow-service",
            paramLabel = "URL",
            description = "let SERVICE clauses call this SPARQL endpoint (repeatable; exact URL, e.g. "
                    + "https://query.wikidata.org/sparql); without it federated queries are refused")
    java.util.List<String> allowService = new java.util.ArrayList<>();

    @Override
    public Integer call() {
        if (allowUpdate && auth == null) {
            System.err.println(
                    "newskg serve: --allow-update needs --auth FILE (a users file written by `newskg passwd FILE USER`)");
            return 2;
        }
        if (auth != null && !Files.isReadable(auth)) {
            System.err.println("newskg serve: cannot read the users file " + auth);
            return 2;
        }
        String keystorePassword = null;
        if (keystore != null) {
            try {
                keystorePassword = keystorePasswordFile != null
                        ? Files.readAllLines(keystorePasswordFile).stream()
                                .findFirst()
                                .orElse("")
                        : System.getenv("NEWSKG_KEYSTORE_PASSWORD");
            } catch (java.io.IOException e) {
                System.err.println("newskg serve: cannot read " + keystorePasswordFile + ": " + e.getMessage());
                return 2;
            }
            if (keystorePassword == null) {
                System.err.println("newskg serve: --https needs the keystore password: --https-password-file FILE "
                        + "or the environment variable NEWSKG_KEYSTORE_PASSWORD");
                return 2;
            }
        }
        for (String origin : cors) {
            if (!origin.matches("https?://[^/\\s]+")) {
                System.err.println(
                        "newskg serve: --cors takes an origin like https://example.org (scheme://host[:port]), not '"
                                + origin + "'");
                return 2;
            }
        }
        if (rate < 0 || maxQueryBytes < 1 || (maxConcurrent != null && maxConcurrent < 1)) {
            System.err.println("newskg serve: --rate must be >= 0, --max-query-size and --max-concurrent >= 1");
            return 2;
        }
        NewskgConfig config;
        try {
            config = NewskgConfig.builder()
                    .store(db)
                    .host(host)
                    .port(port)
                    .queryTimeout(java.time.Duration.ofSeconds(timeout))
                    .maxResults(maxResults)
                    .build();
        } catch (IllegalArgumentException e) {
            System.err.println("newskg serve: " + e.getMessage());
            return 2;
        }
        ServicePolicy services;
        try {
            services = ServicePolicy.allowing(allowService);
        } catch (IllegalArgumentException e) {
            System.err.println("newskg serve: " + e.getMessage());
            return 2;
        }
        Store store = null;
        try {
            store = Store.openExisting(config.store());
            Server server = serve(
                    store,
                    Server.builder(store.dataset())
                            .config(config)
                            .allowUpdate(allowUpdate)
                            .authFile(auth)
                            .services(services)
                            .limits(Limits.defaults()
                                    .withRate(rate)
                                    .withDump(allowDump)
                                    .withCors(new java.util.HashSet<>(cors))
                                    .withMaxQueryBytes(maxQueryBytes)
                                    .withConcurrency(
                                            maxConcurrent != null ? maxConcurrent : Limits.defaultConcurrency()))
                            .publicUrl(publicUrl)
                            .https(keystore, keystorePassword)
                            .insecureHttp(insecureHttp));
            server.join();
            return 0;
        } catch (Store.StoreException e) {
            System.err.println("newskg serve: " + e.getMessage());
            if (store != null) {
                store.close();
            }
            return 1;
        }
    }

    static Server serve(Store store, NewskgConfig config) {
        return serve(store, Server.builder(store.dataset()).config(config));
    }

    static Server serve(Store store, Server.Builder settings) {
        Server server;
        try {
            server = settings.start();
        } catch (IllegalArgumentException e) {
            throw new Store.StoreException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new Store.StoreException(
                    "cannot start the server: " + e.getMessage() + " (is the port in use? try --port)", e);
        }
        String host = settings.host();
        String shown = server.scheme() + "://" + (Server.isLoopback(host) ? "127.0.0.1" : host);
        for (String w : server.warnings()) {
            System.err.println("newskg serve: warning: " + w);
        }
        System.out.println("newskg: serving " + store.dir().toAbsolutePath()
                + (Server.isLoopback(host) ? " (this machine only)" : " on all interfaces"));
        System.out.println("  SPARQL endpoint: " + shown + ":" + server.port() + "/newskg/sparql");
        System.out.println("  dataset:         " + shown + ":" + server.port() + "/newskg");
        System.out.println("  query page:      " + shown + ":" + server.port() + "/");
        System.out.println("  graph page:      " + shown + ":" + server.port() + "/graph");
        if (settings.updatesAllowed()) {
            System.out.println("  SPARQL update:   " + shown + ":" + server.port() + "/newskg/update (authenticated)");
            System.out.println("  graph store:     " + shown + ":" + server.port() + "/newskg/data (authenticated; "
                    + "for ingest --remote)");
        }
        System.out.println("Press Ctrl-C to stop.");
        System.out.flush();
        return server;
    }
}
