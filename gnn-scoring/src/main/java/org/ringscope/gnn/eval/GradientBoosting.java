package org.ringscope.gnn.eval;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A gradient-boosting classifier (XGBoost) with fixed, unremarkable settings: the kind of model the main scorer is,
 * used as the baseline the graph features and the GNN score must improve.
 */
public final class GradientBoosting {
    private final int rounds;
    private final long seed;

    public GradientBoosting(int rounds, long seed) {
        this.rounds = rounds;
        this.seed = seed;
    }

    /**
     * Trains on the rows in {@code train} (labels 1/0) and scores the rows in {@code scored}.
     *
     * @param columns feature-major: {@code columns.get(f)[row]}
     * @return a score for each row, NaN where not scored
     */
    public double[] trainAndScore(List<double[]> columns, int[] labels, boolean[] train, boolean[] scored) {
        try {
            Booster booster = XGBoost.train(matrix(columns, labels, train), params(), rounds, Map.of(), null, null);
            float[][] predicted = booster.predict(matrix(columns, labels, scored));
            double[] score = new double[labels.length];
            java.util.Arrays.fill(score, Double.NaN);
            for (int row = 0, k = 0; row < labels.length; row++) {
                if (scored[row]) {
                    score[row] = predicted[k++][0];
                }
            }
            booster.dispose();
            return score;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost failed: " + e.getMessage(), e);
        }
    }

    private Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        params.put("objective", "binary:logistic");
        params.put("eta", 0.1);
        params.put("max_depth", 6);
        params.put("subsample", 0.8);
        params.put("nthread", 2);
        params.put("seed", seed);
        params.put("eval_metric", "aucpr");
        return params;
    }

    private static DMatrix matrix(List<double[]> columns, int[] labels, boolean[] rows) throws XGBoostError {
        int count = 0;
        for (boolean r : rows) {
            count += r ? 1 : 0;
        }
        int width = columns.size();
        float[] data = new float[count * width];
        float[] target = new float[count];
        for (int row = 0, k = 0; row < rows.length; row++) {
            if (rows[row]) {
                for (int f = 0; f < width; f++) {
                    data[k * width + f] = (float) columns.get(f)[row];
                }
                target[k++] = labels[row] == 1 ? 1 : 0;
            }
        }
        DMatrix m = new DMatrix(data, count, width, Float.NaN);
        m.setLabel(target);
        return m;
    }
}
