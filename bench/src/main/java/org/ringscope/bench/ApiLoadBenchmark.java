package org.ringscope.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load on {@code GET /v1/accounts/{id}/features} (or, with endpoint {@code score-context}, evaluate-only
 * {@code POST /v1/score-context} with a signup event reusing a random account's phone) at a fixed rate: requests are sent on a schedule whether
 * or not earlier ones have answered, and each latency is measured from its scheduled time, so a stall shows in the
 * percentiles instead of slowing the client down (no coordinated omission).
 * Usage: ApiLoadBenchmark base-url api-key events.csv rate-per-second seconds
 * [features|score-context|score-context-persist]
 */
public final class ApiLoadBenchmark {
    private static final int WARM_UP_SECONDS = 30;

    private ApiLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String key = args[1];
        List<String> accounts = accounts(Path.of(args[2]));
        int rate = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        String endpoint = args.length > 5 ? args[5] : "features";
        boolean scoreContext = !endpoint.equals("features");
        boolean persist = endpoint.equals("score-context-persist");
        // One thread for completions: the default cached pool grows a thread per busy moment and, on two cores shared
        // with the server, the client's own scheduling then dominates the tail it is trying to measure.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "load-client");
                    t.setDaemon(true);
                    return t;
                }))
                .connectTimeout(Duration.ofSeconds(5)).build();
        SplittableRandom random = new SplittableRandom(1);
        // warm-up at the same rate, long enough for the server's JIT compilers to settle: they compete with the
        // requests for the same two cores
        run(client, base, key, accounts, random, rate, WARM_UP_SECONDS, scoreContext, persist);
        long[] latencies = new long[rate * seconds];
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> pending = run(client, base, key, accounts, random, rate, seconds, latencies, errors,
                scoreContext, persist);
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "%s (%,d known accounts): %,d requests at %,d/s for %d s:"
                        + " p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms, errors %d%n",
                persist ? "POST score-context, persisted" : scoreContext ? "POST score-context, evaluate only"
                        : "GET features of random accounts", accounts.size(),
                latencies.length, rate, seconds, ms(latencies, 0.5), ms(latencies, 0.99), ms(latencies, 0.999),
                latencies[latencies.length - 1] / 1e6, errors.get());
    }

    private static double ms(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1e6;
    }

    private static void run(HttpClient client, String base, String key, List<String> accounts, SplittableRandom random,
                            int rate, int seconds, boolean scoreContext, boolean persist) {
        long[] ignored = new long[rate * seconds];
        CompletableFuture.allOf(run(client, base, key, accounts, random, rate, seconds, ignored, new AtomicInteger(),
                scoreContext, persist).toArray(CompletableFuture[]::new)).join();
    }

    private static List<CompletableFuture<?>> run(HttpClient client, String base, String key, List<String> accounts,
                                                  SplittableRandom random, int rate, int seconds, long[] latencies,
                                                  AtomicInteger errors, boolean scoreContext, boolean persist) {
        List<CompletableFuture<?>> pending = new ArrayList<>(latencies.length);
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        for (int i = 0; i < latencies.length; i++) {
            long scheduled = start + i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int slot = i;
            String account = accounts.get(random.nextInt(accounts.size()));
            HttpRequest request = scoreContext
                    ? HttpRequest.newBuilder(URI.create(base + "/v1/score-context")).header("X-Api-Key", key)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"event\": {\"account_id\": \"" + account + "\", \"device_id\": \"load-" + i
                                    + "\", \"ip\": \"198.51.100." + (i % 250) + "\"}, \"persist\": " + persist + "}")).build()
                    : HttpRequest.newBuilder(URI.create(base + "/v1/accounts/" + account + "/features"))
                    .header("X-Api-Key", key).build();
            pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
                latencies[slot] = System.nanoTime() - scheduled;
                if (failure != null || response.statusCode() != 200) {
                    errors.incrementAndGet();
                }
                return null;
            }));
        }
        return pending;
    }

    /** Account ids from an events file (third column), in first-seen order. */
    private static List<String> accounts(Path events) throws Exception {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        try (var lines = Files.lines(events)) {
            lines.skip(1).forEach(l -> ids.add(l.split(",", 4)[2]));
        }
        return new ArrayList<>(ids);
    }
}
