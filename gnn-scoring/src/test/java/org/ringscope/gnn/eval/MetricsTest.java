package org.ringscope.gnn.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MetricsTest {

    // Five positives (p) and five negatives (n), best score first: p p n p n p n n p n
    private static final double[] SCORES = {0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.4, 0.3, 0.2, 0.1};
    private static final boolean[] POSITIVE = {true, true, false, true, false, true, false, false, true, false};

    @Test
    void rankingMetricsMatchHandCounts() {
        Metrics m = Metrics.of(SCORES, POSITIVE, 4);

        // pairs ranked right: 5 + 5 + 4 + 3 + 1 = 18 of 25
        assertThat(m.rocAuc()).isCloseTo(18 / 25.0, within(1e-12));
        // precision at each positive: 1/1, 2/2, 3/4, 4/6, 5/9
        assertThat(m.prAuc()).isCloseTo((1 + 1 + 0.75 + 4 / 6.0 + 5 / 9.0) / 5, within(1e-12));
        assertThat(m.precisionAtTopK()).isEqualTo(0.75);
        assertThat(m.positives()).isEqualTo(5);
        assertThat(m.negatives()).isEqualTo(5);
    }

    @Test
    void recallAtFalsePositiveRateStopsBeforeTheLimitIsPassed() {
        // no negative may be flagged at 1 %: only the first two positives
        assertThat(Metrics.recallAtFpr(SCORES, POSITIVE, 0.01)).isEqualTo(0.4);
        // one negative of five (20 %) allowed: down to 0.8 -> 3 positives
        assertThat(Metrics.recallAtFpr(SCORES, POSITIVE, 0.2)).isEqualTo(0.6);
        // a tie across a positive and a negative is flagged together or not at all
        assertThat(Metrics.recallAtFpr(new double[] {0.9, 0.9, 0.1}, new boolean[] {true, false, true}, 0.0))
                .isEqualTo(0.0);
    }

    @Test
    void calibrationTableAndExpectedError() {
        double[] scores = {0.05, 0.05, 0.95, 0.95, 0.55, 1.0};
        boolean[] positive = {false, true, true, true, false, true};

        Metrics.Calibration c = Metrics.calibration(scores, positive, 10);

        assertThat(c.bins()).hasSize(10);
        Metrics.Bin low = c.bins().get(0);
        assertThat(low.count()).isEqualTo(2);
        assertThat(low.meanScore()).isCloseTo(0.05, within(1e-12));
        assertThat(low.positiveRate()).isEqualTo(0.5);
        assertThat(c.bins().get(9).count()).isEqualTo(3); // 1.0 falls in the last bin
        assertThat(c.bins().get(1).count()).isZero();
        // bins: [0] |0.5-0.05| * 2, [5] |0-0.55| * 1, [9] |1-0.9667| * 3; over 6 nodes
        double expected = (2 * 0.45 + 0.55 + 3 * (1 - (0.95 + 0.95 + 1.0) / 3)) / 6;
        assertThat(c.expectedCalibrationError()).isCloseTo(expected, within(1e-12));
    }

    @Test
    void masksAndUnknownLabelsAreLeftOut() {
        float[] scores = {0.9f, 0.1f, 0.8f, 0.2f};
        int[] labels = {1, 0, -1, 1};
        boolean[] mask = {true, true, true, false};

        Metrics m = Metrics.of(scores, labels, mask, 10);

        assertThat(m.positives()).isEqualTo(1);
        assertThat(m.negatives()).isEqualTo(1);
        assertThat(m.rocAuc()).isEqualTo(1.0);
        assertThat(m.asMap("test.")).containsKeys("test.rocAuc", "test.prAuc", "test.precisionAtTop10");
    }
}
