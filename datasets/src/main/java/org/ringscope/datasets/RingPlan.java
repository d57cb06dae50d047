package org.ringscope.datasets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which rings to plant, how large, and where in the stream of households each goes. Small: one entry per ring
 * (tens of thousands at ten million accounts).
 *
 * @param members total planted accounts
 */
record RingPlan(List<Ring> rings, int members) {

    /** @param slot plant the ring once this many legitimate accounts have been written */
    record Ring(int number, Typology typology, int size, long slot) {
    }

    static RingPlan draw(DemoConfig cfg, Rng rng) {
        int target = (int) Math.round(cfg.accounts() * cfg.ringAccountShare());
        Typology[] all = Typology.values();
        double[] weights = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            weights[i] = all[i].weight();
        }
        double[] cumulative = Rng.cumulative(weights);
        // Every typology once (in random order) before the weighted draw, so even small data sets have all five.
        List<Typology> firstRound = new ArrayList<>(List.of(all));
        for (int i = firstRound.size() - 1; i > 0; i--) {
            java.util.Collections.swap(firstRound, i, rng.nextInt(i + 1));
        }
        List<int[]> drawn = new ArrayList<>();
        int planted = 0;
        while (target - planted >= cfg.minRingSize()) {
            int size = drawSize(cfg, rng);
            int left = target - planted - size;
            if (left < 0) {
                size = target - planted;
            } else if (left < cfg.minRingSize() && size + left <= cfg.largeRingMaxSize()) {
                size += left;
            }
            Typology t = drawn.size() < firstRound.size() ? firstRound.get(drawn.size()) : all[rng.weighted(cumulative)];
            drawn.add(new int[] {t.ordinal(), size});
            planted += size;
        }
        long legit = (long) cfg.accounts() - planted;
        List<Ring> rings = new ArrayList<>(drawn.size());
        for (int i = 0; i < drawn.size(); i++) {
            rings.add(new Ring(i + 1, all[drawn.get(i)[0]], drawn.get(i)[1], rng.within(0, legit + 1)));
        }
        rings.sort(Comparator.comparingLong(Ring::slot).thenComparingInt(Ring::number));
        return new RingPlan(List.copyOf(rings), planted);
    }

    /** Log-uniform between the ordinary bounds, with a few large rings above them. */
    private static int drawSize(DemoConfig cfg, Rng rng) {
        if (cfg.largeRingMaxSize() > cfg.maxRingSize() && rng.chance(cfg.largeRingShare())) {
            return rng.between(cfg.maxRingSize() + 1, cfg.largeRingMaxSize());
        }
        return rng.logUniform(cfg.minRingSize(), cfg.maxRingSize());
    }
}
