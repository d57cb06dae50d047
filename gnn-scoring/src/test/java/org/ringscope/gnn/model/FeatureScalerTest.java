package org.ringscope.gnn.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ringscope.gnn.graph.GraphData;

class FeatureScalerTest {
    private static final double SQRT12 = Math.sqrt(12);

    @Test
    void aValueBecomesItsQuantileSpreadToUnitVariance() {
        float[] knots = {0, 1, 2, 3, 4};
        assertEquals(-0.5 * SQRT12, FeatureScaler.score(knots, -7), 1e-9, "below the smallest knot");
        assertEquals(0.5 * SQRT12, FeatureScaler.score(knots, 99), 1e-9, "above the largest knot");
        assertEquals(0.0, FeatureScaler.score(knots, 2), 1e-9, "the median");
        assertEquals((2.5 / 4 - 0.5) * SQRT12, FeatureScaler.score(knots, 2.5), 1e-6, "between knots: linear");
    }

    @Test
    void aValueRepeatedOverManyKnotsTakesTheMiddleOfItsRun() {
        // 70 % zeros: a zero is not the smallest value but the middle of the zeros, below every positive value
        float[] knots = {0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 5};
        double zero = FeatureScaler.score(knots, 0);
        assertEquals((3.0 / 10 - 0.5) * SQRT12, zero, 1e-9);
        assertTrue(FeatureScaler.score(knots, 0.5) > zero);
    }

    @Test
    void fittedColumnsHaveMeanZeroAndUnitVarianceAndKeepTheOrder() {
        int n = 1_000;
        float[] features = new float[n];
        for (int v = 0; v < n; v++) {
            features[v] = v % 10 == 0 ? (float) Math.pow(v, 3) : 0f;    // heavy tail over a mass of zeros
        }
        features[3] = Float.NaN;
        GraphData graph = new GraphData(List.of("x"), features, List.of());
        FeatureScaler scaler = FeatureScaler.fit(graph, null);
        float[] out = new float[n];
        int[] nodes = new int[n];
        for (int v = 0; v < n; v++) {
            nodes[v] = v;
        }
        scaler.fill(graph, nodes, out);
        double sum = 0;
        for (float x : out) {
            sum += x;
        }
        assertEquals(0.0, out[3], 0.0, "missing is the middle");
        assertEquals(0.0, sum / n, 0.1);
        for (int v = 20; v < n; v += 10) {
            assertTrue(out[v] >= out[v - 10], "order kept at " + v);
        }
        assertTrue(out[990] > 1.5, "the largest value is near the top: " + out[990]);
    }

    @Test
    void aModelSavedWithoutQuantilesIsRefusedWithAWayOut() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FeatureScaler(List.of("x"), null));
        assertTrue(e.getMessage().contains("ringscope train"), e.getMessage());
    }
}
