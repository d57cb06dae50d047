package org.ringscope.gnn.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hyper-parameters of the heterogeneous GraphSAGE and of its training. Built from {@link #defaults()} and the
 * with-methods, or from key=value text ({@link #withOverrides}) for command lines.
 *
 * @param fanOuts      neighbours sampled per relation at hop 1 and hop 2
 * @param l2Normalize  scale each hidden vector to unit length after the ReLU (the GraphSAGE paper's choice)
 * @param patience     epochs without a better validation PR-AUC before training stops
 */
public record SageConfig(int hiddenSize, List<Integer> fanOuts, double learningRate, double weightDecay,
                         double dropout, int batchSize, int maxEpochs, int patience, boolean l2Normalize,
                         long seed) {

    public SageConfig {
        fanOuts = List.copyOf(fanOuts);
        if (fanOuts.size() != 2 || fanOuts.stream().anyMatch(k -> k < 1)) {
            throw new IllegalArgumentException("two positive fan-outs are needed (hop 1, hop 2): " + fanOuts);
        }
        if (hiddenSize < 1 || batchSize < 1 || maxEpochs < 1 || patience < 1) {
            throw new IllegalArgumentException("sizes, epochs and patience must be positive");
        }
        if (dropout < 0 || dropout >= 1) {
            throw new IllegalArgumentException("dropout must be in [0, 1)");
        }
    }

    public static SageConfig defaults() {
        return new SageConfig(64, List.of(25, 10), 0.005, 0.0, 0.2, 512, 100, 15, false, 42L);
    }

    public int fanOut1() {
        return fanOuts.get(0);
    }

    public int fanOut2() {
        return fanOuts.get(1);
    }

    public SageConfig withHiddenSize(int value) {
        return new SageConfig(value, fanOuts, learningRate, weightDecay, dropout, batchSize, maxEpochs, patience,
                l2Normalize, seed);
    }

    public SageConfig withFanOuts(int hop1, int hop2) {
        return new SageConfig(hiddenSize, List.of(hop1, hop2), learningRate, weightDecay, dropout, batchSize,
                maxEpochs, patience, l2Normalize, seed);
    }

    public SageConfig withLearningRate(double value) {
        return new SageConfig(hiddenSize, fanOuts, value, weightDecay, dropout, batchSize, maxEpochs, patience,
                l2Normalize, seed);
    }

    public SageConfig withDropout(double value) {
        return new SageConfig(hiddenSize, fanOuts, learningRate, weightDecay, value, batchSize, maxEpochs, patience,
                l2Normalize, seed);
    }

    public SageConfig withEpochs(int maxEpochs, int patience) {
        return new SageConfig(hiddenSize, fanOuts, learningRate, weightDecay, dropout, batchSize, maxEpochs,
                patience, l2Normalize, seed);
    }

    public SageConfig withBatchSize(int value) {
        return new SageConfig(hiddenSize, fanOuts, learningRate, weightDecay, dropout, value, maxEpochs, patience,
                l2Normalize, seed);
    }

    public SageConfig withSeed(long value) {
        return new SageConfig(hiddenSize, fanOuts, learningRate, weightDecay, dropout, batchSize, maxEpochs,
                patience, l2Normalize, value);
    }

    /**
     * Applies textual overrides, keys as in {@link #asMap()}: hidden, fanOuts (e.g. 25x10), lr, weightDecay,
     * dropout, batch, epochs, patience, l2, seed. Unknown keys are rejected so that a typo cannot pass silently.
     */
    public SageConfig withOverrides(Map<String, String> overrides) {
        SageConfig c = this;
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            String v = e.getValue().trim();
            c = switch (e.getKey()) {
                case "hidden" -> c.withHiddenSize(Integer.parseInt(v));
                case "fanOuts" -> {
                    String[] parts = v.split("[x,]");
                    yield c.withFanOuts(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
                }
                case "lr" -> c.withLearningRate(Double.parseDouble(v));
                case "weightDecay" -> new SageConfig(c.hiddenSize, c.fanOuts, c.learningRate, Double.parseDouble(v),
                        c.dropout, c.batchSize, c.maxEpochs, c.patience, c.l2Normalize, c.seed);
                case "dropout" -> c.withDropout(Double.parseDouble(v));
                case "batch" -> c.withBatchSize(Integer.parseInt(v));
                case "epochs" -> c.withEpochs(Integer.parseInt(v), c.patience);
                case "patience" -> c.withEpochs(c.maxEpochs, Integer.parseInt(v));
                case "l2" -> new SageConfig(c.hiddenSize, c.fanOuts, c.learningRate, c.weightDecay, c.dropout,
                        c.batchSize, c.maxEpochs, c.patience, Boolean.parseBoolean(v), c.seed);
                case "seed" -> c.withSeed(Long.parseLong(v));
                default -> throw new IllegalArgumentException("unknown hyper-parameter '" + e.getKey() + "'");
            };
        }
        return c;
    }

    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("hidden", Integer.toString(hiddenSize));
        map.put("fanOuts", fanOut1() + "x" + fanOut2());
        map.put("lr", Double.toString(learningRate));
        map.put("weightDecay", Double.toString(weightDecay));
        map.put("dropout", Double.toString(dropout));
        map.put("batch", Integer.toString(batchSize));
        map.put("epochs", Integer.toString(maxEpochs));
        map.put("patience", Integer.toString(patience));
        map.put("l2", Boolean.toString(l2Normalize));
        map.put("seed", Long.toString(seed));
        return map;
    }
}
