package org.newskg.serve;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing per client address: after {@link #FREE_FAILURES} failed logins, the
 * client must wait before its next attempt is even checked, twice as long after each further
 * failure (1 s, 2 s, 4 s ... at most {@link #MAX_WAIT_MILLIS}); a success forgets its failures.
 */
final class LoginThrottle {
    static final int FREE_FAILURES = 5;
    static final long MAX_WAIT_MILLIS = 60_000;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /** Milliseconds {@code client} must still wait before a login is checked; 0 when it may try now. */
    long waitMillis(String client) {
        Failures f = failures.get(client);
        if (f == null) {
            return 0;
        }
        synchronized (f) {
            return Math.max(0, f.notBefore - System.currentTimeMillis());
        }
    }

    void failed(String client) {
        if (failures.size() > 10_000) {
            long now = System.currentTimeMillis();
            failures.values().removeIf(f -> now - f.notBefore > MAX_WAIT_MILLIS * 10);
        }
        Failures f = failures.computeIfAbsent(client, c -> new Failures());
        synchronized (f) {
            f.count++;
            if (f.count >= FREE_FAILURES) {
                long wait = Math.min(MAX_WAIT_MILLIS, 1000L << Math.min(16, f.count - FREE_FAILURES));
                f.notBefore = System.currentTimeMillis() + wait;
            }
        }
    }

    void succeeded(String client) {
        failures.remove(client);
    }

    private static final class Failures {
        int count;
        long notBefore;
    }
}
