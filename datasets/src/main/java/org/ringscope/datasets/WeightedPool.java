package org.ringscope.datasets;

/**
 * Draws indices 0..n-1 with Zipf-like popularity (weight 1/(i+1)^s): a few items are used by very many accounts,
 * most by a handful. This is how shared IPs and shared devices are distributed in practice.
 */
final class WeightedPool {
    private final double[] cumulative;

    WeightedPool(int size, double exponent) {
        double[] weights = new double[size];
        for (int i = 0; i < size; i++) {
            weights[i] = 1 / Math.pow(i + 1, exponent);
        }
        this.cumulative = Rng.cumulative(weights);
    }

    int draw(Rng rng) {
        return rng.weighted(cumulative);
    }
}
