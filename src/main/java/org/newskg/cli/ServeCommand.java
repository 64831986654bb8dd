package org.newskg.cli;

import org.newskg.serve.Server;
import org.newskg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the store over SPARQL (read-only) with an embedded Fuseki server.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--db", defaultValue = "newskg-data", description = "store folder (default: ${DEFAULT-VALUE})")
    Path db;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "interface to bind: 127.0.0.1 (default) for this machine only; any other value binds all interfaces")
    String host;

    @Option(names = "--timeout", defaultValue = "30", description = "query timeout in seconds (default: ${DEFAULT-VALUE})")
    int timeout;

    @Override
    public Integer call() {
        if (!Files.isDirectory(db)) {
            System.err.println("newskg serve: no store at " + db + " (run `newskg ingest --db " + db + " PATH...` first)");
            return 1;
        }
        try {
            Store store = Store.open(db);
            Server server = serve(store, host, port, timeout);
            server.join();
            return 0;
        } catch (Store.StoreException e) {
            System.err.println("newskg serve: " + e.getMessage());
            return 1;
        }
    }

    static Server serve(Store store, String host, int port, int timeoutSeconds) {
        Server server;
        try {
            server = Server.start(store.dataset(), host, port, timeoutSeconds * 1000L);
        } catch (RuntimeException e) {
            throw new Store.StoreException("cannot start the server on port " + port + ": " + e.getMessage()
                    + " (is the port in use? try --port)", e);
        }
        String shown = host.equals("127.0.0.1") || host.equals("localhost") ? "127.0.0.1" : host;
        System.out.println("newskg: serving " + store.dir().toAbsolutePath());
        System.out.println("  SPARQL endpoint: http://" + shown + ":" + server.port() + "/newskg/sparql");
        System.out.println("  dataset:         http://" + shown + ":" + server.port() + "/newskg");
        System.out.println("Press Ctrl-C to stop.");
        System.out.flush();
        return server;
    }
}
