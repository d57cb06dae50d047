package org.ringscope.features.accounts;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * How well one score ranks positives above negatives: ROC-AUC (ties count half) and PR-AUC as average precision.
 * A feature where lower means riskier (hops to fraud) is scored on its negation.
 */
public record FeatureEvaluation(double rocAuc, double prAuc, int positives, int negatives) {

    public static FeatureEvaluation of(double[] score, boolean[] positive, boolean[] include) {
        Integer[] order = IntStream.range(0, score.length).filter(i -> include[i]).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> score[i]).reversed());
        long pos = Arrays.stream(order).filter(i -> positive[i]).count();
        long neg = order.length - pos;
        if (pos == 0 || neg == 0) {
            return new FeatureEvaluation(Double.NaN, Double.NaN, (int) pos, (int) neg);
        }
        double rankSum = 0;     // ROC-AUC through ranks (Mann-Whitney), ties averaged
        double precisionSum = 0;
        int seenPositives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j < order.length && score[order[j]] == score[order[i]]) {
                j++;
            }
            int tiedPositives = 0;
            for (int k = i; k < j; k++) {
                tiedPositives += positive[order[k]] ? 1 : 0;
            }
            double averageRankFromBottom = order.length - (i + j - 1) / 2.0;
            rankSum += tiedPositives * averageRankFromBottom;
            seenPositives += tiedPositives;
            precisionSum += tiedPositives * ((double) seenPositives / j);
            i = j;
        }
        double roc = (rankSum - pos * (pos + 1) / 2.0) / (pos * (double) neg);
        return new FeatureEvaluation(roc, precisionSum / pos, (int) pos, (int) neg);
    }
}
