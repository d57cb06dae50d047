package org.ringscope.datasets;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides which of a ring's shared identifiers (its phones, addresses, devices, ...) each member uses, so that
 * the ring is always one connected group. The organiser (member 0) touches the first asset of every kind; each
 * later member reuses, for one of its kinds, an asset some earlier member already uses, and draws the rest
 * freely. By induction everyone is connected, without every member sharing everything.
 */
final class SharedAssets {
    private final int[] counts;
    private final List<List<Integer>> inUse = new ArrayList<>();

    /** @param counts how many assets of each kind the ring has (at least one each) */
    SharedAssets(int... counts) {
        this.counts = counts.clone();
        for (int ignored : counts) {
            List<Integer> used = new ArrayList<>();
            used.add(0);
            inUse.add(used);
        }
    }

    /** The organiser's assignment: the first asset of every kind. */
    int[] organiser() {
        return new int[counts.length];
    }

    /**
     * One asset index per kind the member uses ({@code use[k]}), -1 for the others. At least one kind must be
     * used; one of them, chosen at random, links to an asset already in use.
     */
    int[] assign(Rng rng, boolean[] use) {
        int[] chosen = new int[counts.length];
        int usedKinds = 0;
        for (boolean u : use) {
            usedKinds += u ? 1 : 0;
        }
        if (usedKinds == 0) {
            throw new IllegalArgumentException("a ring member must use at least one shared identifier");
        }
        int anchor = rng.nextInt(usedKinds);
        for (int k = 0; k < counts.length; k++) {
            if (!use[k]) {
                chosen[k] = -1;
            } else if (anchor-- == 0) {
                chosen[k] = rng.pick(inUse.get(k));
            } else {
                chosen[k] = rng.nextInt(counts[k]);
                inUse.get(k).add(chosen[k]);
            }
        }
        return chosen;
    }

    /** Every kind in use, for the organiser. */
    static boolean[] all(int kinds) {
        boolean[] use = new boolean[kinds];
        java.util.Arrays.fill(use, true);
        return use;
    }
}
