package org.ringscope.api;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.ringscope.core.IdentityEvent;
import org.ringscope.core.Settings;
import org.ringscope.ingest.EventWriter;
import org.ringscope.store.Neo4jStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Real-time ingest with group commit: events persisted through the API wait a few milliseconds for company and are
 * written together, one transaction per batch, by the same writer as file ingest. A caller is answered only after
 * its batch committed. One transaction per event would cost a log flush each and cannot keep up at hundreds of
 * events a second on two cores. On shutdown the queue is drained before the store closes, so no accepted event is
 * lost.
 */
@Singleton
public class EventBatcher {
    private static final Logger LOG = LoggerFactory.getLogger(EventBatcher.class);
    private static final int MAX_BATCH = 500;
    private static final long WAIT_MILLIS = 10;
    private final EventWriter writer;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(10_000);
    private final Thread thread;
    private volatile boolean running = true;

    private record Pending(IdentityEvent event, CompletableFuture<Boolean> stored) {
    }

    public EventBatcher(Neo4jStore store, Settings settings) {
        this.writer = new EventWriter(store, settings.kinds());
        this.thread = new Thread(this::loop, "ringscope-event-batcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues the event; the future says whether it was new to the store once its batch has committed. */
    public CompletableFuture<Boolean> persist(IdentityEvent event) {
        CompletableFuture<Boolean> stored = new CompletableFuture<>();
        if (!running || !queue.offer(new Pending(event, stored))) {
            stored.completeExceptionally(new IllegalStateException(
                    running ? "too many events waiting to be written; retry shortly" : "shutting down"));
        }
        return stored;
    }

    private void loop() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
                while (batch.size() < MAX_BATCH) {
                    Pending next = queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    if (next == null) {
                        break;
                    }
                    batch.add(next);
                }
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) {
        // The writer takes distinct ids per batch; a repeated id in the same batch is answered as not new.
        List<IdentityEvent> events = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Pending p : batch) {
            if (ids.add(p.event().accountId() + ' ' + p.event().eventId())) {
                events.add(p.event());
            }
        }
        try {
            Set<String> fresh = new HashSet<>();
            writer.writeNew(events).forEach(e -> fresh.add(e.accountId() + ' ' + e.eventId()));
            for (Pending p : batch) {
                // the first caller with a new event gets true; a repeat of it in the same batch gets false
                p.stored().complete(fresh.remove(p.event().accountId() + ' ' + p.event().eventId()));
            }
        } catch (RuntimeException e) {
            LOG.warn("a batch of {} events could not be written: {}", batch.size(), e.getMessage());
            batch.forEach(p -> p.stored().completeExceptionally(e));
        }
    }

    @PreDestroy
    void drain() throws InterruptedException {
        running = false;
        thread.join(30_000);
    }
}
