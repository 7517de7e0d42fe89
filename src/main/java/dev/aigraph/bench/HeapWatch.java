package dev.aigraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Watches the heap while something runs: the most it held at any sample, and the most that survived a garbage
 * collection. The second is the one that shows whether memory is bounded: the collector lets garbage pile up as far
 * as the maximum heap allows, but what survives a collection is what the work really keeps.
 */
final class HeapWatch implements AutoCloseable {

    private static final long MB = 1024 * 1024;

    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterCollection = new AtomicLong();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private final List<NotificationEmitter> collectors = new ArrayList<>();
    private final NotificationListener listener = this::collected;
    private final Thread sampler;
    private volatile boolean watching = true;

    HeapWatch() {
        for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                collectors.add(emitter);
            }
        }
        sampler = new Thread(this::sample, "bench-heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    double peakUsedMb() {
        return (double) peakUsed.get() / MB;
    }

    double peakAfterCollectionMb() {
        return (double) peakAfterCollection.get() / MB;
    }

    static double maxHeapMb() {
        return (double) Runtime.getRuntime().maxMemory() / MB;
    }

    private void sample() {
        var memory = ManagementFactory.getMemoryMXBean();
        while (watching) {
            peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void collected(Notification notification, Object handback) {
        if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(pool -> heapPools.contains(pool.getKey())).mapToLong(pool -> pool.getValue().getUsed()).sum();
        peakAfterCollection.accumulateAndGet(after, Math::max);
    }

    @Override
    public void close() {
        watching = false;
        sampler.interrupt();
        for (NotificationEmitter emitter : collectors) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException alreadyGone) {
                // nothing left to remove
            }
        }
    }
}
