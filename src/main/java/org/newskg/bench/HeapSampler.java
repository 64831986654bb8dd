package org.newskg.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap while something runs: a background thread samples {@link MemoryMXBean} every few
 * milliseconds, and GC notifications add the exact heap in use just before each collection (the
 * true peak, which sampling can miss) and just after it (an upper bound of the live data).
 *
 * <pre>{@code
 * try (HeapSampler heap = HeapSampler.start()) {
 *     work();
 *     HeapSampler.Peak p = heap.window(); // peak since start (or the last window())
 * }
 * }</pre>
 */
public final class HeapSampler implements AutoCloseable {

    /** Peak heap in use, and the largest heap left after a collection (live data plus not-yet-collected old garbage). */
    public record Peak(long usedBytes, long afterGcBytes, int collections) {
        public long usedMb() {
            return usedBytes >> 20;
        }

        public long afterGcMb() {
            return afterGcBytes >> 20;
        }
    }

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final Set<String> heapPools;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onGc;
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapSampler(long periodMillis) {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toUnmodifiableSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(
                        listener,
                        n -> GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType()),
                        null);
                emitters.add(e);
            }
        }
        sampler = Thread.ofPlatform().name("newskg-heap-sampler").daemon(true).start(() -> {
            while (running) {
                max(peakUsed, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(periodMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /** Starts sampling every 5 ms. */
    public static HeapSampler start() {
        return new HeapSampler(5);
    }

    private void onGc(Notification n, Object handback) {
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        max(peakUsed, heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()));
        max(peakAfterGc, heapUsed(info.getGcInfo().getMemoryUsageAfterGc()));
        collections.incrementAndGet();
    }

    private long heapUsed(Map<String, MemoryUsage> pools) {
        long sum = 0;
        for (var e : pools.entrySet()) {
            if (heapPools.contains(e.getKey())) {
                sum += e.getValue().getUsed();
            }
        }
        return sum;
    }

    private static void max(AtomicLong peak, long value) {
        peak.accumulateAndGet(value, Math::max);
    }

    /** The peak since the start or the previous window; starts a new window. */
    public Peak window() {
        long now = memory.getHeapMemoryUsage().getUsed();
        max(peakUsed, now);
        Peak p = new Peak(peakUsed.getAndSet(now), peakAfterGc.getAndSet(0), (int) collections.getAndSet(0));
        return p;
    }

    /**
     * The live heap: used after a full collection. The after-GC figures of {@link Peak} include old
     * garbage a young collection leaves for later, so they rise on a long run with a large -Xmx even
     * when nothing is retained; this is what the run actually holds. Costs a full GC.
     */
    public long liveMb() {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed() >> 20;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException ignored) {
                // already gone
            }
        }
    }
}
