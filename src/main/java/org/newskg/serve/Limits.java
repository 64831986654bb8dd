package org.newskg.serve;

import java.util.Set;

/**
 * What the server accepts from clients, beyond the query timeout and result limit.
 *
 * @param maxQueryBytes  largest query request: URL query string or body (form or SPARQL), else 413/414
 * @param maxUpdateBytes largest authenticated update or Graph Store Protocol body, else 413
 * @param maxConcurrent  queries running at once; more wait up to 5 s, then get 503 with Retry-After
 * @param perClientRate  requests per second per client address (bursts of twice that), else 429; 0 for no limit
 * @param allowDump      whether GET on the dataset without {@code ?graph=} returns the whole store
 * @param corsOrigins    origins (scheme://host[:port]) whose pages may read answers; none by default
 * @param hosts          host names the server answers to besides IP addresses and localhost (DNS rebinding)
 */
public record Limits(
        long maxQueryBytes,
        long maxUpdateBytes,
        int maxConcurrent,
        double perClientRate,
        boolean allowDump,
        Set<String> corsOrigins,
        Set<String> hosts) {
    public static final long DEFAULT_MAX_QUERY_BYTES = 1L << 20;
    public static final long DEFAULT_MAX_UPDATE_BYTES = 64L << 20;
    public static final double DEFAULT_RATE = 100;

    public Limits {
        corsOrigins = Set.copyOf(corsOrigins);
        hosts = Set.copyOf(hosts);
    }

    /** 4 queries per core at once (at least 4): TDB2 queries are CPU-bound, more only queue inside. */
    public static int defaultConcurrency() {
        return Math.max(4, 4 * Runtime.getRuntime().availableProcessors());
    }

    public static Limits defaults() {
        return new Limits(
                DEFAULT_MAX_QUERY_BYTES,
                DEFAULT_MAX_UPDATE_BYTES,
                defaultConcurrency(),
                DEFAULT_RATE,
                false,
                Set.of(),
                Set.of());
    }

    public Limits withConcurrency(int n) {
        return new Limits(maxQueryBytes, maxUpdateBytes, n, perClientRate, allowDump, corsOrigins, hosts);
    }

    public Limits withRate(double r) {
        return new Limits(maxQueryBytes, maxUpdateBytes, maxConcurrent, r, allowDump, corsOrigins, hosts);
    }

    public Limits withDump(boolean b) {
        return new Limits(maxQueryBytes, maxUpdateBytes, maxConcurrent, perClientRate, b, corsOrigins, hosts);
    }

    public Limits withCors(Set<String> origins) {
        return new Limits(maxQueryBytes, maxUpdateBytes, maxConcurrent, perClientRate, allowDump, origins, hosts);
    }

    public Limits withHosts(Set<String> names) {
        return new Limits(maxQueryBytes, maxUpdateBytes, maxConcurrent, perClientRate, allowDump, corsOrigins, names);
    }

    public Limits withMaxQueryBytes(long n) {
        return new Limits(n, maxUpdateBytes, maxConcurrent, perClientRate, allowDump, corsOrigins, hosts);
    }
}
