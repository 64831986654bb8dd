package org.newskg.link.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The rate limiter and circuit breaker on a fake clock: no sleeping, no timing. */
class RateLimiterTest {

    @Test
    void slotsAreSpacedByTheInterval() {
        AtomicLong now = new AtomicLong(1_000);
        RateLimiter l = new RateLimiter(5, now::get); // 200 ms
        assertEquals(0, l.reserve());
        assertEquals(200_000_000L, l.reserve());
        assertEquals(400_000_000L, l.reserve());
        now.addAndGet(1_000_000_000L); // idle for a second: no debt, no burst credit
        assertEquals(0, l.reserve());
        assertEquals(200_000_000L, l.reserve());
    }

    @Test
    void breakerOpensDoublesAndCloses() {
        AtomicLong now = new AtomicLong();
        CircuitBreaker b = new CircuitBreaker(Duration.ofSeconds(10), now::get);
        assertTrue(b.allow());
        assertEquals(Duration.ofSeconds(10), b.failure(null));
        assertFalse(b.allow());
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertEquals(Duration.ofSeconds(9), b.failure(null), "a concurrent call of the same outage: no doubling");
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertTrue(b.allow(), "one trial");
        assertFalse(b.allow(), "only one");
        assertEquals(Duration.ofSeconds(20), b.failure(null), "still down: twice as long");
        now.addAndGet(Duration.ofSeconds(21).toNanos());
        assertTrue(b.allow());
        b.success();
        assertTrue(b.allow() && b.allow());
        assertEquals(Duration.ofSeconds(60), b.failure(Duration.ofSeconds(60)), "Retry-After longer than the cooldown");
    }
}
