package org.ringscope.datasets;

/**
 * Remembers which values were handed out, in a Bloom filter: a few bits per value, so it stays small at ten
 * million accounts. It can wrongly say "used" (about 1 in 100 when full), which only costs another draw; it never
 * wrongly says "free", so a claimed value is never handed out twice.
 */
final class UsedValues {
    private static final int HASHES = 7;
    private final long[] bits;
    private final long bitCount;

    UsedValues(long expectedValues) {
        long wanted = Math.max(1 << 16, expectedValues * 10);
        this.bits = new long[(int) Math.min(Integer.MAX_VALUE - 8, (wanted + 63) / 64)];
        this.bitCount = (long) bits.length * 64;
    }

    /** Marks the value as used; false if it (probably) already was. */
    boolean claim(String value) {
        long h = hash(value);
        long h1 = h >>> 32;
        long h2 = (h & 0xFFFF_FFFFL) | 1;
        boolean fresh = false;
        for (int i = 0; i < HASHES; i++) {
            long bit = Math.floorMod(h1 + i * h2, bitCount);
            long mask = 1L << (bit & 63);
            int word = (int) (bit >>> 6);
            if ((bits[word] & mask) == 0) {
                fresh = true;
                bits[word] |= mask;
            }
        }
        return fresh;
    }

    /** 64-bit FNV-1a, then mixed: String.hashCode has too few bits for millions of values. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return Permutation.mix(h);
    }
}
