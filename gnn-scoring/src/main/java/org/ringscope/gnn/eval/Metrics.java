package org.ringscope.gnn.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.ringscope.features.accounts.FeatureEvaluation;

/**
 * How well fraud probabilities rank and how honest they are, over the labelled nodes of a mask. ROC-AUC and PR-AUC
 * (average precision) come from graph-features' {@link FeatureEvaluation}, so all of ringscope computes them alike.
 *
 * @param recallAt1PctFpr share of positives caught when at most 1 % of negatives are flagged
 * @param precisionAtTopK share of positives among the topK highest scores
 */
public record Metrics(double rocAuc, double prAuc, double recallAt1PctFpr, double recallAt5PctFpr, int topK,
                      double precisionAtTopK, Calibration calibration, int positives, int negatives) {

    /** One equal-width probability bin of a reliability table. */
    public record Bin(double lower, double upper, int count, double meanScore, double positiveRate) {
    }

    /** Expected calibration error (count-weighted mean |positive rate - mean score|) and its table. */
    public record Calibration(double expectedCalibrationError, List<Bin> bins) {
        public Calibration {
            bins = List.copyOf(bins);
        }
    }

    public static final int CALIBRATION_BINS = 10;

    /** Evaluates scores on nodes where mask is true and label is 0 or 1 (labels: 1 fraud, 0 legit, -1 unknown). */
    public static Metrics of(float[] scores, int[] labels, boolean[] mask, int topK) {
        double[] widened = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            widened[i] = scores[i];
        }
        return of(widened, labels, mask, topK);
    }

    /** As {@link #of(float[], int[], boolean[], int)}, for double scores. */
    public static Metrics of(double[] scores, int[] labels, boolean[] mask, int topK) {
        int[] nodes = IntStream.range(0, scores.length).filter(i -> mask[i] && labels[i] >= 0).toArray();
        double[] s = new double[nodes.length];
        boolean[] positive = new boolean[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            s[i] = scores[nodes[i]];
            positive[i] = labels[nodes[i]] == 1;
        }
        return of(s, positive, topK);
    }

    /** Evaluates scores against positive flags, all entries included. */
    public static Metrics of(double[] scores, boolean[] positive, int topK) {
        boolean[] all = new boolean[scores.length];
        Arrays.fill(all, true);
        FeatureEvaluation ranking = FeatureEvaluation.of(scores, positive, all);
        return new Metrics(ranking.rocAuc(), ranking.prAuc(), recallAtFpr(scores, positive, 0.01),
                recallAtFpr(scores, positive, 0.05), topK, precisionAtTopK(scores, positive, topK),
                calibration(scores, positive, CALIBRATION_BINS), ranking.positives(), ranking.negatives());
    }

    /**
     * The highest recall of any threshold "score >= t" whose false-positive rate is at most maxFpr. Tied scores
     * are flagged together, so a tie straddling the limit is not split.
     */
    public static double recallAtFpr(double[] scores, boolean[] positive, double maxFpr) {
        Integer[] order = descending(scores);
        long pos = IntStream.range(0, positive.length).filter(i -> positive[i]).count();
        long neg = positive.length - pos;
        if (pos == 0 || neg == 0) {
            return Double.NaN;
        }
        int truePositives = 0;
        int falsePositives = 0;
        double best = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j < order.length && scores[order[j]] == scores[order[i]]) {
                if (positive[order[j]]) {
                    truePositives++;
                } else {
                    falsePositives++;
                }
                j++;
            }
            if ((double) falsePositives / neg > maxFpr) {
                break;
            }
            best = (double) truePositives / pos;
            i = j;
        }
        return best;
    }

    /** Share of positives among the k highest scores (ties broken by input order; k capped at the count). */
    public static double precisionAtTopK(double[] scores, boolean[] positive, int k) {
        Integer[] order = descending(scores);
        int top = Math.min(k, order.length);
        if (top == 0) {
            return Double.NaN;
        }
        int hits = 0;
        for (int i = 0; i < top; i++) {
            hits += positive[order[i]] ? 1 : 0;
        }
        return (double) hits / top;
    }

    /** Reliability over equal-width bins of [0, 1]; a score of exactly 1 falls in the last bin. */
    public static Calibration calibration(double[] scores, boolean[] positive, int binCount) {
        int[] count = new int[binCount];
        double[] scoreSum = new double[binCount];
        int[] positives = new int[binCount];
        for (int i = 0; i < scores.length; i++) {
            int bin = Math.min(binCount - 1, Math.max(0, (int) (scores[i] * binCount)));
            count[bin]++;
            scoreSum[bin] += scores[i];
            positives[bin] += positive[i] ? 1 : 0;
        }
        List<Bin> bins = new ArrayList<>();
        double ece = 0;
        for (int b = 0; b < binCount; b++) {
            double mean = count[b] == 0 ? Double.NaN : scoreSum[b] / count[b];
            double rate = count[b] == 0 ? Double.NaN : (double) positives[b] / count[b];
            bins.add(new Bin((double) b / binCount, (double) (b + 1) / binCount, count[b], mean, rate));
            if (count[b] > 0) {
                ece += (double) count[b] / scores.length * Math.abs(rate - mean);
            }
        }
        return new Calibration(ece, bins);
    }

    private static Integer[] descending(double[] scores) {
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        return order;
    }

    /** Flat name -> value view, e.g. for a model card. */
    public Map<String, Double> asMap(String prefix) {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put(prefix + "rocAuc", rocAuc);
        map.put(prefix + "prAuc", prAuc);
        map.put(prefix + "recallAt1PctFpr", recallAt1PctFpr);
        map.put(prefix + "recallAt5PctFpr", recallAt5PctFpr);
        map.put(prefix + "precisionAtTop" + topK, precisionAtTopK);
        map.put(prefix + "expectedCalibrationError", calibration.expectedCalibrationError());
        return map;
    }
}
