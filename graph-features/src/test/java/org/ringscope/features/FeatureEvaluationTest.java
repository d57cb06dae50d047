package org.ringscope.features;

import org.junit.jupiter.api.Test;
import org.ringscope.features.accounts.FeatureEvaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FeatureEvaluationTest {
    private static final boolean[] ALL = {true, true, true, true, true};

    @Test
    void rocAucCountsOrderedPairsAndPrAucIsAveragePrecision() {
        double[] score = {0.9, 0.8, 0.7, 0.1, 0.0};
        boolean[] positive = {true, false, true, false, false};
        boolean[] include = {true, true, true, true, false};
        FeatureEvaluation e = FeatureEvaluation.of(score, positive, include);
        // positives 0.9 and 0.7 against negatives 0.8 and 0.1: 0.9 beats both, 0.7 beats one -> 3 of 4
        assertThat(e.rocAuc()).isCloseTo(0.75, within(1e-12));
        // positives at ranks 1 and 3: precision 1 and 2/3
        assertThat(e.prAuc()).isCloseTo((1 + 2.0 / 3) / 2, within(1e-12));
        assertThat(e.positives()).isEqualTo(2);
        assertThat(e.negatives()).isEqualTo(2);
    }

    @Test
    void tiesCountHalfAndAConstantScoreIsChance() {
        FeatureEvaluation e = FeatureEvaluation.of(new double[]{1, 1, 1, 1, 1}, new boolean[]{true, false, true, false, false}, ALL);
        assertThat(e.rocAuc()).isCloseTo(0.5, within(1e-12));
        assertThat(e.prAuc()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void withoutBothClassesThereIsNoScore() {
        assertThat(FeatureEvaluation.of(new double[]{1, 2}, new boolean[]{true, true}, new boolean[]{true, true}).rocAuc()).isNaN();
    }
}
