package org.newskg.serve;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests per second per client address, as token buckets: each client may send {@code burst}
 * requests at once and {@code perSecond} on average. Buckets idle for a minute are forgotten, so
 * the table stays small.
 */
final class RateLimiter {
    private final double perSecond;
    private final double burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private volatile long lastSweep = System.nanoTime();

    RateLimiter(double perSecond) {
        this.perSecond = perSecond;
        this.burst = Math.max(1, perSecond * 2);
    }

    /** Whether {@code client} may make one more request now (and counts it). */
    boolean tryAcquire(String client) {
        long now = System.nanoTime();
        sweep(now);
        Bucket b = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        synchronized (b) {
            b.tokens = Math.min(burst, b.tokens + (now - b.last) / 1e9 * perSecond);
            b.last = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return true;
            }
            return false;
        }
    }

    private void sweep(long now) {
        if (now - lastSweep < 60_000_000_000L) {
            return;
        }
        lastSweep = now;
        buckets.values().removeIf(b -> now - b.last > 60_000_000_000L);
    }

    private static final class Bucket {
        double tokens;
        long last;

        Bucket(double tokens, long last) {
            this.tokens = tokens;
            this.last = last;
        }
    }
}
