package org.ringscope.api;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per API key: {@code ringscope.api.rate-limit-per-second} requests a second on average, bursts up
 * to one second's worth. One noisy caller then cannot starve the scorer.
 */
@Singleton
public class RateLimiter {
    private final double perSecond;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(@Value("${ringscope.api.rate-limit-per-second:2000}") double perSecond) {
        if (perSecond <= 0) {
            throw new IllegalArgumentException("ringscope.api.rate-limit-per-second must be above 0, was " + perSecond);
        }
        this.perSecond = perSecond;
    }

    /** Takes one request's token for the key; false when its bucket is empty. */
    public boolean tryAcquire(String key) {
        return buckets.computeIfAbsent(key, k -> new Bucket(perSecond)).take(perSecond, System.nanoTime());
    }

    public double perSecond() {
        return perSecond;
    }

    private static final class Bucket {
        private double tokens;
        private long last = System.nanoTime();

        Bucket(double capacity) {
            this.tokens = capacity;
        }

        synchronized boolean take(double perSecond, long now) {
            tokens = Math.min(perSecond, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            if (tokens < 1) {
                return false;
            }
            tokens--;
            return true;
        }
    }
}
