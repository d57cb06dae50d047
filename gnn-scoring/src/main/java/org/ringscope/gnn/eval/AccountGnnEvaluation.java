package org.ringscope.gnn.eval;

import org.ringscope.gnn.accounts.LabelledAccounts;
import org.ringscope.gnn.graph.FoldedInput;
import org.ringscope.gnn.graph.GraphData;
import org.ringscope.gnn.model.SageConfig;
import org.ringscope.gnn.score.SageScorer;
import org.ringscope.gnn.train.SageTrainer;
import org.ringscope.gnn.train.TrainingResult;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The GNN against what the main scorer could use without it, on the newest labels (the test split of
 * {@link LabelledAccounts}): the ring score alone, gradient boosting on the graph features, and gradient boosting on
 * the graph features plus the GNN score. All are trained on the same older labels and judged on the same test
 * accounts. The GNN score given to gradient boosting is cross-fitted: two GNNs, each trained on half of the training
 * accounts, score the other half (or the booster would learn to trust a score that had seen those very labels),
 * and the test accounts get the mean of the two, so training and test rows carry a score of the same making.
 */
public final class AccountGnnEvaluation {
    public static final String RING_SCORE = "ring score";
    public static final String GBM = "GBM on graph features";
    public static final String GNN = "GNN";
    public static final String GBM_GNN = "GBM + GNN score";
    private static final int GBM_ROUNDS = 200;
    private static final int TOP_K = 50;
    private final SageConfig config;
    private final PrintStream progress;

    public AccountGnnEvaluation(SageConfig config, PrintStream progress) {
        this.config = config;
        this.progress = progress;
    }

    /** Test metrics by model, for one seed. */
    public record Result(long seed, Map<String, Metrics> byModel, int gnnBestEpoch, double gnnTrainSeconds) {
    }

    public Result run(LabelledAccounts.Split split, long seed) {
        SageConfig seeded = config.withSeed(seed);
        FoldedInput training = split.training();
        GraphData input = split.input();
        int n = input.nodeCount();
        int[] labels = split.labels();

        long t0 = System.nanoTime();
        TrainingResult main = new SageTrainer(seeded, progress).train(training, labels, split.train(), split.val());
        double trainSeconds = (System.nanoTime() - t0) / 1e9;
        double[] gnn = new double[n];
        score(main, FoldedInput.of(input), split.test(), gnn, 1);
        double[] crossFitted = new double[n];
        boolean[][] halves = halves(split.train(), seed);
        for (int h = 0; h < 2; h++) {
            TrainingResult half = new SageTrainer(seeded, progress).train(training, labels, halves[h], split.val());
            score(half, training, halves[1 - h], crossFitted, 1);
            score(half, FoldedInput.of(input), split.test(), crossFitted, 0.5);
        }

        // Each account's own row as the GNN saw it in training (its fold's view), as in split.features().
        List<double[]> columns = columns(training.ownRows());
        double[] gbm = new GradientBoosting(GBM_ROUNDS, seed).trainAndScore(columns, labels, split.train(), split.test());
        List<double[]> withGnn = new ArrayList<>(columns);
        withGnn.add(crossFitted);
        double[] gbmGnn = new GradientBoosting(GBM_ROUNDS, seed).trainAndScore(withGnn, labels, split.train(),
                split.test());

        Map<String, Metrics> byModel = new LinkedHashMap<>();
        byModel.put(RING_SCORE, Metrics.of(split.features().column("ring_risk"), labels, split.test(), TOP_K));
        byModel.put(GBM, Metrics.of(gbm, labels, split.test(), TOP_K));
        byModel.put(GNN, Metrics.of(gnn, labels, split.test(), TOP_K));
        byModel.put(GBM_GNN, Metrics.of(gbmGnn, labels, split.test(), TOP_K));
        return new Result(seed, byModel, main.bestEpoch(), trainSeconds);
    }

    /** Adds weight x the model's score of each chosen node, computed from that node's input, to {@code into}. */
    private static void score(TrainingResult trained, FoldedInput input, boolean[] which, double[] into,
                              double weight) {
        int[] nodes = java.util.stream.IntStream.range(0, which.length).filter(a -> which[a]).toArray();
        try (SageScorer scorer = new SageScorer(trained.model())) {
            input.forEachInput(nodes, (view, group) -> {
                float[] scores = scorer.score(view, group);
                for (int i = 0; i < group.length; i++) {
                    into[group[i]] += weight * scores[i];
                }
            });
        }
    }

    private static boolean[][] halves(boolean[] train, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        boolean[][] halves = new boolean[2][train.length];
        for (int a = 0; a < train.length; a++) {
            if (train[a]) {
                halves[random.nextInt(2)][a] = true;
            }
        }
        return halves;
    }

    /** The GNN's own input rows, column by column: the booster sees exactly what the GNN sees of each account. */
    private static List<double[]> columns(GraphData input) {
        int n = input.nodeCount();
        int width = input.featureCount();
        float[] rows = input.features();
        List<double[]> columns = new ArrayList<>();
        for (int f = 0; f < width; f++) {
            double[] column = new double[n];
            for (int a = 0; a < n; a++) {
                column[a] = rows[a * width + f];
            }
            columns.add(column);
        }
        return columns;
    }
}
