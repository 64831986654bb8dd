package org.newskg.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The settings every command shares, with their defaults defined here and nowhere else: where the
 * store is, where the server listens, how long a query may run and how many rows it may return,
 * how large one input may be, how many threads extract. Immutable; the command line only maps its
 * flags onto a {@link Builder}, whose {@link Builder#build()} checks the values.
 *
 * <pre>{@code
 * NewskgConfig c = NewskgConfig.builder().store(Path.of("kg")).port(8080).build();
 * Server s = Server.builder(store.dataset()).config(c).start();
 * }</pre>
 *
 * The {@code DEFAULT_*} constants are compile-time constants so that picocli's option annotations
 * can name them.
 *
 * @param store        the TDB2 store folder
 * @param host         the interface the server binds; a loopback name means this machine only
 * @param port         the server's HTTP port; 0 picks a free one
 * @param queryTimeout how long a served query may run; zero for no limit
 * @param maxResults   rows (or triples) a served query returns at most; 0 for no limit
 * @param maxFileSize  bytes of one input file, JSON Lines line or sidecar at most
 * @param threads      extraction threads; 0 for one per core
 */
public record NewskgConfig(
        Path store, String host, int port, Duration queryTimeout, long maxResults, long maxFileSize, int threads) {

    public static final String DEFAULT_STORE = "newskg-data";
    /** The demo's own store, emptied on every run, so it never touches the user's. */
    public static final String DEFAULT_DEMO_STORE = "newskg-demo";

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final int DEFAULT_QUERY_TIMEOUT_SECONDS = 30;
    public static final long DEFAULT_MAX_RESULTS = 10_000;
    /** Some hundreds of articles' worth: a larger input is rarely one article and costs minutes and gigabytes. */
    public static final long DEFAULT_MAX_FILE_SIZE = 5L * 1024 * 1024;

    public static final int DEFAULT_THREADS = 0;

    private static final NewskgConfig DEFAULTS = new Builder().build();

    public NewskgConfig {
        check(store != null, "store", store, "a folder is needed");
        check(host != null && !host.isBlank(), "host", host, "a host name or address is needed");
        check(port >= 0 && port <= 65535, "port", port, "must be 0..65535");
        check(queryTimeout != null && !queryTimeout.isNegative(), "queryTimeout", queryTimeout, "must be zero or more");
        check(maxResults >= 0, "maxResults", maxResults, "must be zero or more");
        check(maxFileSize > 0, "maxFileSize", maxFileSize, "must be at least one byte");
        check(threads >= 0, "threads", threads, "must be zero (one per core) or more");
    }

    public static NewskgConfig defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .store(store)
                .host(host)
                .port(port)
                .queryTimeout(queryTimeout)
                .maxResults(maxResults)
                .maxFileSize(maxFileSize)
                .threads(threads);
    }

    /** {@link #threads()}, with 0 read as one per core. */
    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    private static void check(boolean ok, String name, Object value, String reason) {
        if (!ok) {
            throw new IllegalArgumentException(name + " " + value + ": " + reason);
        }
    }

    /** Mutable, starting from the defaults; {@link #build()} validates. */
    public static final class Builder {
        private Path store = Path.of(DEFAULT_STORE);
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private Duration queryTimeout = Duration.ofSeconds(DEFAULT_QUERY_TIMEOUT_SECONDS);
        private long maxResults = DEFAULT_MAX_RESULTS;
        private long maxFileSize = DEFAULT_MAX_FILE_SIZE;
        private int threads = DEFAULT_THREADS;

        private Builder() {}

        public Builder store(Path p) {
            this.store = p;
            return this;
        }

        public Builder host(String h) {
            this.host = h;
            return this;
        }

        public Builder port(int p) {
            this.port = p;
            return this;
        }

        public Builder queryTimeout(Duration d) {
            this.queryTimeout = d;
            return this;
        }

        public Builder maxResults(long n) {
            this.maxResults = n;
            return this;
        }

        public Builder maxFileSize(long bytes) {
            this.maxFileSize = bytes;
            return this;
        }

        public Builder threads(int n) {
            this.threads = n;
            return this;
        }

        /** @throws IllegalArgumentException naming the first value out of range and why */
        public NewskgConfig build() {
            return new NewskgConfig(store, host, port, queryTimeout, maxResults, maxFileSize, threads);
        }
    }
}
