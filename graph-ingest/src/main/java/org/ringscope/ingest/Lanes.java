package org.ringscope.ingest;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** A fixed number of daemon threads that run a list of tasks to the end and sum what they return. */
final class Lanes {
    private final int count;
    private ExecutorService pool;

    Lanes(int count) {
        this.count = count;
    }

    int count() {
        return count;
    }

    /** Runs every task, waits for all of them, and sums their results; the first failure is thrown. */
    int runAll(List<Callable<Integer>> tasks) {
        try {
            int sum = 0;
            for (Future<Integer> done : pool().invokeAll(tasks)) {
                sum += done.get();
            }
            return sum;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private synchronized ExecutorService pool() {
        if (pool == null) {
            pool = Executors.newFixedThreadPool(count, r -> {
                Thread t = new Thread(r, "ringscope-writer-lane");
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }
}
