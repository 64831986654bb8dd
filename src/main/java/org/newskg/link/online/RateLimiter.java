package org.newskg.link.online;

import java.util.function.LongSupplier;

/**
 * Spaces the starts of requests at least {@code 1/rate} seconds apart, over all threads. A caller
 * reserves the next free slot and sleeps until it; reservations are made under a lock, sleeping
 * is not.
 */
final class RateLimiter {
    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private long nextFree;
    private boolean started;

    RateLimiter(double perSecond) {
        this(perSecond, System::nanoTime);
    }

    RateLimiter(double perSecond, LongSupplier nanoClock) {
        this.intervalNanos = (long) (1_000_000_000L / perSecond);
        this.nanoClock = nanoClock;
    }

    /** Reserves a slot; returns how many nanoseconds the caller must wait before it (0: now). */
    synchronized long reserve() {
        long now = nanoClock.getAsLong();
        long slot = !started || now - nextFree > 0 ? now : nextFree;
        started = true;
        nextFree = slot + intervalNanos;
        return slot - now;
    }

    /** Waits for the next slot. */
    void acquire() throws InterruptedException {
        long wait = reserve();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
