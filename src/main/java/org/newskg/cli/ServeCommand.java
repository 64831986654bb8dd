package org.newskg.cli;

import org.newskg.serve.Server;
import org.newskg.serve.ServicePolicy;
import org.newskg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the store over SPARQL with an embedded Fuseki server: on this machine only and "
                + "read-only unless told otherwise. Exit status: 1 when the store or port is unavailable, 2 for usage errors.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--db", defaultValue = "newskg-data", description = "store folder (default: ${DEFAULT-VALUE})")
    Path db;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "interface to bind: 127.0.0.1 (default) for this machine only; any other value binds all interfaces")
    String host;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "query timeout in seconds, 0 for none (default: ${DEFAULT-VALUE})")
    int timeout;

    @Option(names = "--max-results", defaultValue = "10000", paramLabel = "N",
            description = "queries return at most N rows (or triples); longer results are cut; 0 for no limit (default: ${DEFAULT-VALUE})")
    long maxResults;

    @Option(names = "--allow-update", description = "also offer SPARQL Update and Graph Store Protocol writes "
            + "(/newskg/update, and /newskg/data for the Graph Store Protocol, e.g. ingest --remote), to authenticated users only; needs --auth")
    boolean allowUpdate;

    @Option(names = "--auth", paramLabel = "FILE",
            description = "password file for HTTP Basic authentication, one 'user: password' line per user (Jetty realm format)")
    Path auth;

    @Option(names = "--allow-service", paramLabel = "URL",
            description = "let SERVICE clauses call this SPARQL endpoint (repeatable; exact URL, e.g. "
                    + "https://query.wikidata.org/sparql); without it federated queries are refused")
    java.util.List<String> allowService = new java.util.ArrayList<>();

    @Override
    public Integer call() {
        if (allowUpdate && auth == null) {
            System.err.println("newskg serve: --allow-update needs --auth FILE (a password file with 'user: password' lines)");
            return 2;
        }
        if (auth != null && !Files.isReadable(auth)) {
            System.err.println("newskg serve: cannot read the password file " + auth);
            return 2;
        }
        if (timeout < 0 || port < 0 || port > 65535) {
            System.err.println("newskg serve: --timeout must be >= 0 and --port 0..65535");
            return 2;
        }
        ServicePolicy services;
        try {
            services = ServicePolicy.allowing(allowService);
        } catch (IllegalArgumentException e) {
            System.err.println("newskg serve: " + e.getMessage());
            return 2;
        }
        if (!Files.isDirectory(db)) {
            System.err.println("newskg serve: no store at " + db + " (run `newskg ingest --db " + db + " PATH...` first)");
            return 1;
        }
        Store store = null;
        try {
            store = Store.open(db);
            Server server = serve(store, Server.builder(store.dataset()).host(host).port(port)
                    .timeoutMillis(timeout * 1000L).maxResults(maxResults).allowUpdate(allowUpdate).authFile(auth).services(services));
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

    static Server serve(Store store, String host, int port, int timeoutSeconds) {
        return serve(store, Server.builder(store.dataset()).host(host).port(port).timeoutMillis(timeoutSeconds * 1000L));
    }

    static Server serve(Store store, Server.Builder settings) {
        Server server;
        try {
            server = settings.start();
        } catch (IllegalArgumentException e) {
            throw new Store.StoreException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new Store.StoreException("cannot start the server: " + e.getMessage()
                    + " (is the port in use? try --port)", e);
        }
        String host = settings.host();
        String shown = Server.isLoopback(host) ? "127.0.0.1" : host;
        System.out.println("newskg: serving " + store.dir().toAbsolutePath()
                + (Server.isLoopback(host) ? " (this machine only)" : " on all interfaces"));
        System.out.println("  SPARQL endpoint: http://" + shown + ":" + server.port() + "/newskg/sparql");
        System.out.println("  dataset:         http://" + shown + ":" + server.port() + "/newskg");
        System.out.println("  query page:      http://" + shown + ":" + server.port() + "/");
        System.out.println("  graph page:      http://" + shown + ":" + server.port() + "/graph");
        if (settings.updatesAllowed()) {
            System.out.println("  SPARQL update:   http://" + shown + ":" + server.port() + "/newskg/update (authenticated)");
            System.out.println("  graph store:     http://" + shown + ":" + server.port() + "/newskg/data (authenticated; "
                    + "for ingest --remote)");
        }
        System.out.println("Press Ctrl-C to stop.");
        System.out.flush();
        return server;
    }
}
