package org.ringscope.ingest;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;

/**
 * Writes on one background thread, a bounded number of submissions in flight, so the caller prepares the next
 * batches while the database stores the last. Submissions are written in the order submitted; a failed write
 * surfaces on the next submit or drain.
 *
 * @param <S> what is submitted (a group of batches); the writer returns how many records it stored
 */
final class WritePipeline<S> implements AutoCloseable {
    private final int maxInFlight;
    private final ToIntFunction<S> writer;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ringscope-writer");
        t.setDaemon(true);
        return t;
    });
    private final Queue<Future<Integer>> inFlight = new ArrayDeque<>();

    WritePipeline(ToIntFunction<S> writer, int maxInFlight) {
        this.writer = writer;
        this.maxInFlight = maxInFlight;
    }

    /** Queues a write; returns how many records the writes that completed meanwhile stored. */
    int submit(S work) throws IOException {
        int stored = 0;
        if (inFlight.size() >= maxInFlight) {
            stored += await(inFlight.poll());
        }
        inFlight.add(thread.submit(() -> writer.applyAsInt(work)));
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
