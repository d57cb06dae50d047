package org.ringscope.datasets;

/**
 * A keyed one-to-one shuffle of [0, n): a small Feistel network on the next even power of two, walking the
 * cycle until the value falls inside the range. Turning a counter into an identifier through it gives values that
 * look random yet can never repeat, without remembering which were handed out.
 */
final class Permutation {
    private static final int ROUNDS = 4;
    private final long size;
    private final int halfBits;
    private final long halfMask;
    private final long[] keys = new long[ROUNDS];

    Permutation(long size, long key) {
        if (size < 2) {
            throw new IllegalArgumentException("a permutation needs at least two values");
        }
        this.size = size;
        int bits = 64 - Long.numberOfLeadingZeros(size - 1);
        this.halfBits = Math.max(1, (bits + 1) / 2);
        if (halfBits > 31) {
            throw new IllegalArgumentException("range too large for the permutation: " + size);
        }
        this.halfMask = (1L << halfBits) - 1;
        long k = key;
        for (int i = 0; i < ROUNDS; i++) {
            k = mix(k + 0x9E3779B97F4A7C15L);
            keys[i] = k;
        }
    }

    long size() {
        return size;
    }

    long apply(long value) {
        if (value < 0 || value >= size) {
            throw new IllegalArgumentException("value " + value + " outside [0, " + size + ")");
        }
        long x = value;
        do {
            x = feistel(x);
        } while (x >= size);
        return x;
    }

    private long feistel(long x) {
        long left = x >>> halfBits;
        long right = x & halfMask;
        for (long key : keys) {
            long next = left ^ (mix(right ^ key) & halfMask);
            left = right;
            right = next;
        }
        return (left << halfBits) | right;
    }

    /** The SplitMix64 finaliser: a fast, well-spread 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
