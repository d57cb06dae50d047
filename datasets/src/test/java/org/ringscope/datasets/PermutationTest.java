package org.ringscope.datasets;

import org.junit.jupiter.api.Test;

import java.util.BitSet;

import static org.assertj.core.api.Assertions.assertThat;

class PermutationTest {
    @Test
    void isOneToOneOnItsRange() {
        for (long size : new long[] {2, 3, 1000, 4096, 65_537}) {
            Permutation p = new Permutation(size, 42);
            BitSet seen = new BitSet();
            for (long i = 0; i < size; i++) {
                long v = p.apply(i);
                assertThat(v).isBetween(0L, size - 1);
                assertThat(seen.get((int) v)).isFalse();
                seen.set((int) v);
            }
        }
    }

    @Test
    void dependsOnTheKey() {
        assertThat(new Permutation(1L << 40, 1).apply(7)).isNotEqualTo(new Permutation(1L << 40, 2).apply(7));
    }
}
