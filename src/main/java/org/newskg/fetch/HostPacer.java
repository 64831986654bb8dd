package org.newskg.fetch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * At most one request per host per interval: a round that finds twenty new items on one outlet
 * spreads them out instead of firing them at once.
 */
final class HostPacer {
    private final Map<String, Long> nextAllowed = new HashMap<>();

    /** Waits until {@code host} may be asked again, and books the slot after it {@code interval} later. */
    void await(String host, Duration interval) throws InterruptedException {
        long slot;
        synchronized (this) {
            long now = System.nanoTime();
            Long next = nextAllowed.get(host);
            slot = next == null || next - now < 0 ? now : next;
            nextAllowed.put(host, slot + interval.toNanos());
        }
        long wait = slot - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
    }
}
