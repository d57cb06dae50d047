package org.ringscope.gnn.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.ringscope.features.accounts.FeatureEvaluation;
import org.ringscope.gnn.graph.FoldedInput;
import org.ringscope.gnn.graph.GraphData;
import org.ringscope.gnn.model.FeatureScaler;
import org.ringscope.gnn.model.NodeFlow;
import org.ringscope.gnn.model.NodeFlowSampler;
import org.ringscope.gnn.model.SageConfig;
import org.ringscope.gnn.model.SageModel;
import org.ringscope.gnn.model.SageNetwork;
import org.ringscope.gnn.model.SageParameters;
import org.ringscope.gnn.runtime.TorchRuntime;

/**
 * Trains the heterogeneous GraphSAGE on labelled nodes: mini-batches of training nodes, class-weighted binary
 * cross-entropy (positive weight = negatives / positives on train), Adam, and early stopping on validation PR-AUC
 * that keeps the best weights. Everything random comes from the configured seed.
 */
public final class SageTrainer {

    private final SageConfig config;
    private final PrintStream progress;

    public SageTrainer(SageConfig config) {
        this(config, System.err);
    }

    /** @param progress where the per-epoch status line goes; null for silence */
    public SageTrainer(SageConfig config, PrintStream progress) {
        this.config = config;
        this.progress = progress;
    }

    /**
     * @param labels 1 fraud, 0 legitimate, -1 unknown (never used as a target)
     * @param train  nodes whose labels drive the loss (and the input statistics)
     * @param val    nodes whose labels choose the epoch to keep
     */
    public TrainingResult train(GraphData graph, int[] labels, boolean[] train, boolean[] val) {
        return train(FoldedInput.of(graph), labels, train, val);
    }

    /**
     * As {@link #train(GraphData, int[], boolean[], boolean[])}, each training and validation node computed from its
     * own view of the input ({@link FoldedInput}): its label reaches neither its row nor its neighbours'.
     */
    public TrainingResult train(FoldedInput input, int[] labels, boolean[] train, boolean[] val) {
        GraphData graph = input.shared();
        int n = graph.nodeCount();
        if (labels.length != n || train.length != n || val.length != n) {
            throw new IllegalArgumentException("labels and masks need one entry per node (" + n + ")");
        }
        int[] trainNodes = labelled(labels, train);
        int[] valNodes = groupedByInput(input, labelled(labels, val));
        long positives = IntStream.of(trainNodes).filter(v -> labels[v] == 1).count();
        long negatives = trainNodes.length - positives;
        if (positives == 0 || negatives == 0 || valNodes.length == 0) {
            throw new IllegalArgumentException("training needs both classes on train and labelled validation nodes");
        }
        float positiveWeight = (float) negatives / positives;
        boolean[] valPositive = new boolean[valNodes.length];
        boolean[] everyValNode = new boolean[valNodes.length];
        for (int i = 0; i < valNodes.length; i++) {
            valPositive[i] = labels[valNodes[i]] == 1;
            everyValNode[i] = true;
        }

        long started = System.currentTimeMillis();
        Engine engine = TorchRuntime.engine();
        engine.setRandomSeed((int) config.seed());
        SplittableRandom rng = new SplittableRandom(config.seed());
        FeatureScaler scaler = FeatureScaler.fit(input.ownRows(), train);
        SageParameters initial = SageParameters.initial(scaler.width(), graph.relations().size(),
                config.hiddenSize(), rng.nextLong());
        Optimizer adam = Optimizer.adam()
                .optLearningRateTracker(Tracker.fixed((float) config.learningRate()))
                .optWeightDecays((float) config.weightDecay())
                .build();
        ProgressLine line = progress == null ? null : new ProgressLine(progress, config.maxEpochs());

        List<EpochLog> history = new ArrayList<>();
        SageParameters best = initial;
        double bestPrAuc = Double.NEGATIVE_INFINITY;
        double bestRocAuc = Double.NaN;
        int bestEpoch = 0;
        try (NDManager manager = TorchRuntime.newManager();
             SageNetwork network = new SageNetwork(config, scaler, initial, manager, true)) {
            NodeFlowSampler sampler = network.sampler();
            for (int epoch = 1; epoch <= config.maxEpochs(); epoch++) {
                shuffle(trainNodes, rng);
                long flowSeed = NodeFlowSampler.mix(config.seed(), epoch);
                double lossSum = 0;
                List<int[]> batches = batches(input, trainNodes, config.batchSize(), rng);
                for (int[] batch : batches) {
                    GraphData view = input.inputOf(batch[0]);
                    NodeFlow flow = sampler.sample(view, batch, flowSeed);
                    lossSum += step(engine, network, adam, flow, view, batch, labels, positiveWeight, rng);
                }
                // Validation samples exactly as the scorer will, so the kept epoch is judged on served scores.
                float[] scores = predict(network, input, valNodes, config.seed(), config.batchSize());
                FeatureEvaluation evaluation = FeatureEvaluation.of(toDouble(scores), valPositive, everyValNode);
                EpochLog log = new EpochLog(epoch, lossSum / batches.size(), evaluation.prAuc(), evaluation.rocAuc(),
                        System.currentTimeMillis() - started);
                history.add(log);
                if (evaluation.prAuc() > bestPrAuc) {
                    bestPrAuc = evaluation.prAuc();
                    bestRocAuc = evaluation.rocAuc();
                    bestEpoch = epoch;
                    best = network.snapshot();
                }
                if (line != null) {
                    line.update(log, bestPrAuc, bestEpoch);
                }
                if (epoch - bestEpoch >= config.patience()) {
                    break;
                }
            }
        }
        long elapsed = System.currentTimeMillis() - started;
        if (line != null) {
            line.finish(String.format(Locale.ROOT, "kept epoch %d of %d: val PR-AUC %.4f, ROC-AUC %.4f, %.1fs",
                    bestEpoch, history.size(), bestPrAuc, bestRocAuc, elapsed / 1000.0));
        }
        SageModel model = new SageModel(config, graph.featureNames(), graph.relationNames(), scaler, best);
        return new TrainingResult(model, bestEpoch, bestPrAuc, bestRocAuc, history, elapsed);
    }

    /** One Adam step on one mini-batch; returns the batch's weighted loss. */
    private static double step(Engine engine, SageNetwork network, Optimizer adam, NodeFlow flow, GraphData graph,
                               int[] batch, int[] labels, float positiveWeight, SplittableRandom rng) {
        float[] target = new float[batch.length];
        float[] weight = new float[batch.length];
        for (int i = 0; i < batch.length; i++) {
            target[i] = labels[batch[i]];
            weight[i] = labels[batch[i]] == 1 ? positiveWeight : 1f;
        }
        double loss;
        try (NDManager scope = network.newBatchScope()) {
            try (GradientCollector collector = engine.newGradientCollector()) {
                NDArray logits = network.forward(scope, flow, graph, rng);
                NDArray y = scope.create(target, new Shape(batch.length));
                NDArray w = scope.create(weight, new Shape(batch.length));
                // BCE with logits, stable form: softplus(z) - y z, with softplus(z) = max(z, 0) + log(1 + e^-|z|).
                NDArray softplus = logits.maximum(0f).add(logits.abs().neg().exp().add(1f).log());
                NDArray perNode = softplus.sub(logits.mul(y)).mul(w);
                NDArray mean = perNode.sum().div(w.sum());
                collector.backward(mean);
                loss = mean.getFloat();
            }
            for (Map.Entry<String, NDArray> p : network.parameters().entrySet()) {
                try (NDArray gradient = p.getValue().getGradient()) {
                    adam.update(p.getKey(), p.getValue(), gradient);
                    gradient.subi(gradient); // PyTorch accumulates gradients: clear them for the next batch
                }
            }
        }
        return loss;
    }

    /**
     * Mini-batches of the shuffled nodes, each drawn from one input view (a flow is sampled from one graph), in
     * shuffled order so that no view's batches come in a block.
     */
    private static List<int[]> batches(FoldedInput input, int[] shuffled, int batchSize, SplittableRandom rng) {
        List<int[]> batches = new ArrayList<>();
        input.forEachInput(shuffled, (view, nodes) -> {
            for (int start = 0; start < nodes.length; start += batchSize) {
                batches.add(java.util.Arrays.copyOfRange(nodes, start, Math.min(nodes.length, start + batchSize)));
            }
        });
        // With one input the shuffled nodes already make random batches; not drawing again keeps such a run's random
        // stream, and so its results (e.g. the benchmark figures), exactly as they were before views existed.
        for (int i = input.views().isEmpty() ? 0 : batches.size() - 1; i > 0; i--) {
            java.util.Collections.swap(batches, i, rng.nextInt(i + 1));
        }
        return batches;
    }

    /** The nodes reordered so that those of one view are together; {@link #predict} keeps that order. */
    private static int[] groupedByInput(FoldedInput input, int[] nodes) {
        List<int[]> groups = new ArrayList<>();
        input.forEachInput(nodes, (view, group) -> groups.add(group));
        return groups.stream().flatMapToInt(IntStream::of).toArray();
    }

    /** Probabilities for nodes already grouped by input, each group from its own view. */
    private static float[] predict(SageNetwork network, FoldedInput input, int[] grouped, long seed, int batchSize) {
        float[] out = new float[grouped.length];
        int[] written = {0};
        input.forEachInput(grouped, (view, group) -> {
            float[] p = network.predict(view, group, seed, batchSize);
            System.arraycopy(p, 0, out, written[0], p.length);
            written[0] += p.length;
        });
        return out;
    }

    private static int[] labelled(int[] labels, boolean[] mask) {
        return IntStream.range(0, labels.length).filter(v -> mask[v] && labels[v] >= 0).toArray();
    }

    private static void shuffle(int[] values, SplittableRandom rng) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = values[i];
            values[i] = values[j];
            values[j] = tmp;
        }
    }

    static double[] toDouble(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
