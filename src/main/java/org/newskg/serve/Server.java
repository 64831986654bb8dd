package org.newskg.serve;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import org.newskg.config.NewskgConfig;
import org.newskg.serve.auth.Users;
import org.newskg.serve.regex.RegexGuard;

/**
 * The embedded Fuseki server: the store at {@code /newskg}, its read-only SPARQL endpoint at
 * {@code /newskg/sparql}. Safe by default: binds to the loopback interface, read-only, queries cut
 * at a timeout and at a result-size limit, no federated calls, requests bounded by {@link Limits}
 * (checked by {@link RequestGuard} before Fuseki sees them). Updates are only offered with
 * credentials.
 *
 * <pre>{@code
 * Server s = Server.builder(dataset).port(0).timeoutMillis(30_000).maxResults(10_000).start();
 * }</pre>
 *
 * <p>Endpoints, under {@code /newskg}: {@code sparql} and {@code query} (SPARQL query),
 * {@code get} (Graph Store Protocol, read); with {@link Builder#allowUpdate} also {@code update}
 * (SPARQL Update) and {@code data} (Graph Store Protocol, read-write: {@code PUT /newskg/data?graph=...});
 * those require HTTP Basic credentials of a user in the users file ({@link org.newskg.serve.auth.Users},
 * salted PBKDF2 hashes). Queries stay open to everyone.
 */
public final class Server {
    /** Name of the dataset in URLs. */
    public static final String DATASET = "/newskg";

    private final FusekiServer fuseki;
    private final boolean https;
    private final List<String> warnings;

    private Server(FusekiServer fuseki, boolean https, List<String> warnings) {
        this.fuseki = fuseki;
        this.https = https;
        this.warnings = List.copyOf(warnings);
    }

    public static Builder builder(Dataset dataset) {
        return new Builder(dataset);
    }

    /** Whether a host name means "this machine only". */
    public static boolean isLoopback(String host) {
        return host == null || host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }

    public int port() {
        return https ? fuseki.getHttpsPort() : fuseki.getHttpPort();
    }

    /** "http" or "https". */
    public String scheme() {
        return https ? "https" : "http";
    }

    /** Things the operator should know that did not stop the server (a readable users file, clear-text Basic auth). */
    public List<String> warnings() {
        return warnings;
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
        private String host = NewskgConfig.DEFAULT_HOST;
        private int port = NewskgConfig.DEFAULT_PORT;
        private long timeoutMillis = NewskgConfig.defaults().queryTimeout().toMillis();
        private long maxResults = NewskgConfig.DEFAULT_MAX_RESULTS;
        private boolean allowUpdate;
        private Path authFile;
        private ServicePolicy services = ServicePolicy.none();
        private Limits limits = Limits.defaults();
        private URI publicUrl;
        private Path keystore;
        private String keystorePassword;
        private boolean insecureHttp;

        private Builder(Dataset dataset) {
            this.dataset = dataset;
        }

        /** Host, port, query timeout and result limit of {@code c}. */
        public Builder config(NewskgConfig c) {
            return host(c.host())
                    .port(c.port())
                    .timeoutMillis(c.queryTimeout().toMillis())
                    .maxResults(c.maxResults());
        }

        /** "127.0.0.1" (default), "localhost" or "::1" bind the loopback interface; anything else binds all. */
        public Builder host(String h) {
            this.host = h == null ? NewskgConfig.DEFAULT_HOST : h;
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

        /** Users file ({@code user: PBKDF2-SHA256:...} lines, see {@link org.newskg.serve.auth.Users}) for the update endpoints. */
        public Builder authFile(Path f) {
            this.authFile = f;
            return this;
        }

        /** Endpoints SERVICE clauses may call; none by default. */
        public Builder services(ServicePolicy p) {
            this.services = p == null ? ServicePolicy.none() : p;
            return this;
        }

        /** Request limits, CORS origins, dump policy; {@link Limits#defaults()} unless set. */
        public Builder limits(Limits l) {
            this.limits = l;
            return this;
        }

        public Limits limits() {
            return limits;
        }

        /** The URL clients use (behind a reverse proxy, say): its host name is answered to. */
        public Builder publicUrl(URI u) {
            this.publicUrl = u;
            return this;
        }

        /** Serve HTTPS only, with the key and certificate in this keystore (PKCS12 or JKS). */
        public Builder https(Path keystoreFile, String password) {
            this.keystore = keystoreFile;
            this.keystorePassword = password;
            return this;
        }

        /** Accept credentials over plain HTTP on a network address (the operator said so). */
        public Builder insecureHttp(boolean b) {
            this.insecureHttp = b;
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
            List<String> warnings = new ArrayList<>();
            Users users = null;
            if (authFile != null) {
                try {
                    users = Users.load(authFile);
                } catch (java.io.IOException e) {
                    throw new IllegalArgumentException(
                            "cannot read the users file " + authFile + ": " + e.getMessage());
                }
                warnings.addAll(users.warnings());
            }
            if (keystore != null && !Files.isReadable(keystore)) {
                throw new IllegalArgumentException("cannot read the keystore " + keystore);
            }
            if (authFile != null && !isLoopback(host) && keystore == null) {
                if (!insecureHttp) {
                    throw new IllegalArgumentException(
                            "--auth on a network address (" + host + ") needs --https KEYSTORE: "
                                    + "Basic auth would cross the network in clear text (give --insecure-http to accept that, "
                                    + "e.g. behind a TLS-terminating proxy)");
                }
                warnings.add("passwords cross the network in clear text (--insecure-http without --https)");
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
                // RequestGuard checks the credentials; the policy here is a second lock should a path
                // ever reach Fuseki around it (Fuseki then finds no user and refuses)
                AuthPolicy user = Auth.ANY_USER;
                service.addEndpoint(Operation.Update, "update", user).addEndpoint(Operation.GSP_RW, "data", user);
            }
            service.addEndpoint(Operation.GSP_R, "");
            FusekiServer.Builder b = FusekiServer.create()
                    .loopback(isLoopback(host))
                    .add(DATASET, service)
                    .registerOperation(Operation.Query, new LimitedQuery(maxResults))
                    .enablePing(true);
            if (keystore != null) {
                b.https(port, keystore.toString(), keystorePassword);
            } else {
                b.port(port);
            }
            b.addFilter("/*", new RequestGuard(DATASET, limits.withHosts(hostNames()), allowUpdate ? users : null));
            org.newskg.serve.pages.Pages.mount(b); // the query page at /, the graph page at /graph
            FusekiServer s = b.build();
            s.start();
            return new Server(s, keystore != null, warnings);
        }

        /** Names (not addresses) the server answers to: its host name, --host and --public-url, given names. */
        private Set<String> hostNames() {
            Set<String> names = new HashSet<>(limits.hosts());
            if (host != null && !host.isEmpty()) {
                names.add(host.toLowerCase(java.util.Locale.ROOT));
            }
            if (publicUrl != null && publicUrl.getHost() != null) {
                names.add(publicUrl.getHost().toLowerCase(java.util.Locale.ROOT));
            }
            if (!isLoopback(host)) {
                try {
                    java.net.InetAddress me = java.net.InetAddress.getLocalHost();
                    names.add(me.getHostName().toLowerCase(java.util.Locale.ROOT));
                    names.add(me.getCanonicalHostName().toLowerCase(java.util.Locale.ROOT));
                } catch (java.io.IOException e) {
                    // no name for this machine: addresses still work
                }
            }
            return names;
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
            if (maxResults > 0
                    && q != null
                    && !q.isAskType()
                    && (q.getLimit() == Query.NOLIMIT || q.getLimit() > maxResults)) {
                q = q.cloneQuery();
                q.setLimit(maxResults);
                return Pair.create(p.getLeft(), q);
            }
            return p;
        }
    }
}
