package org.newskg.link.online;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Stops calls after a failure: closed (calls pass), open (calls refused until a time), then one
 * trial call; its failure opens the breaker again for twice as long (at most 16 times the base
 * cooldown), its success closes it. Thread-safe.
 */
final class CircuitBreaker {
    private final long baseNanos;
    private final LongSupplier nanoClock;
    private long openUntil;
    private boolean open;
    private boolean trialInFlight;
    private int trips;

    CircuitBreaker(Duration cooldown) {
        this(cooldown, System::nanoTime);
    }

    CircuitBreaker(Duration cooldown, LongSupplier nanoClock) {
        this.baseNanos = cooldown.toNanos();
        this.nanoClock = nanoClock;
    }

    /** Whether a call may go ahead now; when open and the cooldown is over, lets one trial through. */
    synchronized boolean allow() {
        if (!open) {
            return true;
        }
        if (trialInFlight || nanoClock.getAsLong() - openUntil < 0) {
            return false;
        }
        trialInFlight = true;
        return true;
    }

    synchronized void success() {
        open = false;
        trialInFlight = false;
        trips = 0;
    }

    /**
     * Opens the breaker after a failure, for the cooldown (doubling while failures continue) or
     * at least {@code atLeast} (a server's Retry-After); returns the time it stays open.
     */
    synchronized Duration failure(Duration atLeast) {
        long now = nanoClock.getAsLong();
        if (open
                && !trialInFlight
                && now - openUntil < 0
                && (atLeast == null || now + atLeast.toNanos() - openUntil <= 0)) {
            // another thread's call, sent before the breaker opened, failed too: same outage
            return Duration.ofNanos(openUntil - now);
        }
        long d = baseNanos << Math.min(trips, 4);
        if (atLeast != null && atLeast.toNanos() > d) {
            d = atLeast.toNanos();
        }
        trips++;
        open = true;
        trialInFlight = false;
        openUntil = now + d;
        return Duration.ofNanos(d);
    }

    synchronized boolean isOpen() {
        return open;
    }
}
