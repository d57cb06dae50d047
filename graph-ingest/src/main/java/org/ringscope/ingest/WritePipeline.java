package org.ringscope.ingest;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes batches on one background thread, a bounded number in flight, so the caller prepares the next batches
 * while the database stores the last. Batches are written in the order submitted; a failed write surfaces on the
 * next submit or drain.
 */
final class WritePipeline<T> implements AutoCloseable {
    private final int maxInFlight;
    private final FileIngestor.BatchWriter<T> writer;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ringscope-writer");
        t.setDaemon(true);
        return t;
    });
    private final Queue<Future<Integer>> inFlight = new ArrayDeque<>();

    WritePipeline(FileIngestor.BatchWriter<T> writer, int maxInFlight) {
        this.writer = writer;
        this.maxInFlight = maxInFlight;
    }

    /** Queues a batch; returns how many records the batches that completed meanwhile stored. */
    int submit(List<T> batch) throws IOException {
        int stored = 0;
        if (inFlight.size() >= maxInFlight) {
            stored += await(inFlight.poll());
        }
        if (!batch.isEmpty()) {
            inFlight.add(thread.submit(() -> writer.write(batch)));
        }
        return stored;
    }

    /** Waits for every queued batch; returns how many records they stored. */
    int drain() throws IOException {
        int stored = 0;
        while (!inFlight.isEmpty()) {
            stored += await(inFlight.poll());
        }
        return stored;
    }

    private static int await(Future<Integer> write) throws IOException {
        try {
            return write.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException("writing a batch failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
