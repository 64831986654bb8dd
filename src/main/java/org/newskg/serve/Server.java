package org.newskg.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.serve.regex.RegexGuard;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded Fuseki server: the store at {@code /newskg}, its read-only SPARQL endpoint at
 * {@code /newskg/sparql}. Safe by default: binds to the loopback interface, read-only, queries cut
 * at a timeout and at a result-size limit. Updates are only offered with credentials.
 *
 * <pre>{@code
 * Server s = Server.builder(dataset).port(0).timeoutMillis(30_000).maxResults(10_000).start();
 * }</pre>
 *
 * <p>Endpoints, under {@code /newskg}: {@code sparql} and {@code query} (SPARQL query),
 * {@code get} (Graph Store Protocol, read); with {@link Builder#allowUpdate} also {@code update}
 * (SPARQL Update) and {@code data} (Graph Store Protocol, read-write: {@code PUT /newskg/data?graph=...});
 * those require HTTP Basic credentials from the password file (Jetty realm format, one
 * {@code user: password} line per user). Queries stay open to everyone.
 */
public final class Server {
    /** Name of the dataset in URLs. */
    public static final String DATASET = "/newskg";
    public static final long DEFAULT_TIMEOUT_MILLIS = 30_000;
    public static final long DEFAULT_MAX_RESULTS = 10_000;

    private final FusekiServer fuseki;

    private Server(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    public static Builder builder(Dataset dataset) {
        return new Builder(dataset);
    }

    /** A read-only server with the default result limit (kept for callers of the first version). */
    public static Server start(Dataset dataset, String host, int port, long timeoutMillis) {
        return builder(dataset).host(host).port(port).timeoutMillis(timeoutMillis).start();
    }

    /** Whether a host name means "this machine only". */
    public static boolean isLoopback(String host) {
        return host == null || host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
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

    /** Mutable settings; {@link #start()} validates them and starts the server. */
    public static final class Builder {
        private final Dataset dataset;
        private String host = "127.0.0.1";
        private int port = 3030;
        private long timeoutMillis = DEFAULT_TIMEOUT_MILLIS;
        private long maxResults = DEFAULT_MAX_RESULTS;
        private boolean allowUpdate;
        private Path authFile;
        private ServicePolicy services = ServicePolicy.none();

        private Builder(Dataset dataset) {
            this.dataset = dataset;
        }

        /** "127.0.0.1" (default), "localhost" or "::1" bind the loopback interface; anything else binds all. */
        public Builder host(String h) {
            this.host = h == null ? "127.0.0.1" : h;
            return this;
        }

        /** HTTP port; 0 picks a free one. */
        public Builder port(int p) {
            this.port = p;
            return this;
        }

        /** Query timeout; 0 or less means none. */
        public Builder timeoutMillis(long t) {
            this.timeoutMillis = t;
            return this;
        }

        /** Queries return at most this many results (rows, or triples for CONSTRUCT); 0 or less means no limit. */
        public Builder maxResults(long n) {
            this.maxResults = n;
            return this;
        }

        public Builder allowUpdate(boolean b) {
            this.allowUpdate = b;
            return this;
        }

        /** Password file (Jetty realm properties: {@code user: password}) for the update endpoints. */
        public Builder authFile(Path f) {
            this.authFile = f;
            return this;
        }

        /** Endpoints SERVICE clauses may call; none by default. */
        public Builder services(ServicePolicy p) {
            this.services = p == null ? ServicePolicy.none() : p;
            return this;
        }

        public String host() {
            return host;
        }

        public boolean updatesAllowed() {
            return allowUpdate;
        }

        public Server start() {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535, not " + port);
            }
            if (allowUpdate && authFile == null) {
                throw new IllegalArgumentException("updates need credentials: give --auth FILE with --allow-update");
            }
            if (authFile != null && !Files.isReadable(authFile)) {
                throw new IllegalArgumentException("cannot read the password file " + authFile);
            }
            if (timeoutMillis > 0) {
                dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
            } else {
                dataset.getContext().remove(ARQ.queryTimeout);
            }
            // the dataset's context is what every query execution on it starts from
            services.install(dataset.getContext(), timeoutMillis);
            RegexGuard.install(dataset.getContext());
            DatasetGraph dsg = dataset.asDatasetGraph();
            DataService.Builder service = DataService.newBuilder(dsg)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.Query, "")
                    .addEndpoint(Operation.GSP_R, "get");
            if (allowUpdate) {
                AuthPolicy user = Auth.ANY_USER;
                // Not on the dataset URL itself: Fuseki protects an endpoint by a path constraint, and one on
                // /newskg would also ask the open query endpoints for credentials.
                service.addEndpoint(Operation.Update, "update", user)
                        .addEndpoint(Operation.GSP_RW, "data", user);
            }
            service.addEndpoint(Operation.GSP_R, "");
            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .loopback(isLoopback(host))
                    .add(DATASET, service)
                    .registerOperation(Operation.Query, new LimitedQuery(maxResults))
                    .enablePing(true);
            if (authFile != null) {
                // the password file alone would make Fuseki ask every request for a user; queries stay open,
                // the update endpoints above ask for one
                b.passwordFile(authFile.toString()).realm("newskg").serverAuthPolicy(Auth.ANY_ANON);
            }
            org.newskg.serve.pages.Pages.mount(b); // the query page at /, the graph page at /graph
            FusekiServer s = b.build();
            s.start();
            return new Server(s);
        }
    }

    /**
     * The standard query operation, with every SELECT, CONSTRUCT and DESCRIBE query given a LIMIT of
     * at most {@code maxResults}: a query asking for more is cut, not refused (its results are the
     * first {@code maxResults}).
     */
    static final class LimitedQuery extends SPARQL_QueryDataset {
        private final long maxResults;

        LimitedQuery(long maxResults) {
            this.maxResults = maxResults;
        }

        @Override
        protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
            Pair<DatasetGraph, Query> p = super.decideDataset(action, query, queryStringLog);
            Query q = p.getRight();
            if (maxResults > 0 && q != null && !q.isAskType()
                    && (q.getLimit() == Query.NOLIMIT || q.getLimit() > maxResults)) {
                q = q.cloneQuery();
                q.setLimit(maxResults);
                return Pair.create(p.getLeft(), q);
            }
            return p;
        }
    }
}
