package org.newskg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;

/**
 * The embedded Fuseki server: the store at {@code /newskg}, its read-only SPARQL endpoint at
 * {@code /newskg/sparql}. Binds to the loopback interface unless asked otherwise.
 */
public final class Server {
    private final FusekiServer fuseki;

    private Server(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    /**
     * @param host          "127.0.0.1"/"localhost" for loopback only; anything else binds all interfaces
     * @param timeoutMillis query timeout
     */
    public static Server start(Dataset dataset, String host, int port, long timeoutMillis) {
        boolean loopback = host == null || host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
        FusekiServer s = FusekiServer.create()
                .port(port)
                .loopback(loopback)
                .add("/newskg", dataset, false)
                .enablePing(true)
                .build();
        s.start();
        return new Server(s);
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    public void join() {
        fuseki.join();
    }

    public void stop() {
        fuseki.stop();
    }

}
