package org.ringscope.datasets;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The only source of randomness in the generator. Seeded, so one seed always gives the same data; the helpers
 * keep the distributions readable where they are used.
 */
final class Rng {
    private final SplittableRandom random;

    Rng(long seed) {
        this(new SplittableRandom(seed));
    }

    private Rng(SplittableRandom random) {
        this.random = random;
    }

    /** An independent stream, so one part of the data can change without shifting the draws of another. */
    Rng split() {
        return new Rng(random.split());
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** Uniform in [lo, hi], both ends included. */
    int between(int lo, int hi) {
        return random.nextInt(lo, hi + 1);
    }

    /** Uniform in [lo, hi), or lo when the range is empty. */
    long within(long lo, long hi) {
        return hi <= lo ? lo : random.nextLong(lo, hi);
    }

    long nextLong() {
        return random.nextLong();
    }

    double nextDouble() {
        return random.nextDouble();
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Poisson count (Knuth's method, fine for the small means used here). */
    int poisson(double mean) {
        double limit = Math.exp(-mean);
        double p = random.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= random.nextDouble();
            k++;
        }
        return k;
    }

    /** Whole number in [lo, hi] with small values more likely: uniform in log space. */
    int logUniform(int lo, int hi) {
        double v = Math.exp(Math.log(lo) + random.nextDouble() * (Math.log(hi + 1.0) - Math.log(lo)));
        return Math.max(lo, Math.min(hi, (int) v));
    }

    /** Exponentially distributed duration with the given mean, in whole seconds. */
    long exponential(double meanSeconds) {
        return (long) (-Math.log(1 - random.nextDouble()) * meanSeconds);
    }

    /** Index drawn from cumulative weights (the last entry is the total). */
    int weighted(double[] cumulative) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    static double[] cumulative(double... weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        return c;
    }
}
