package org.ringscope.gnn.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.ringscope.gnn.graph.GraphData;

/**
 * The forward pass of the two-layer heterogeneous GraphSAGE on PyTorch NDArrays:
 * {@code h' = ReLU([h_self, mean_r1, ..., mean_rR] W + b)} per layer (optionally L2-normalised, dropout in
 * training), then a linear head to one logit. Parameters live in the manager given at construction; every
 * intermediate array of a forward pass lives in the caller's batch manager, freed when that closes.
 */
public final class SageNetwork implements AutoCloseable {

    private static final float NORM_EPSILON = 1e-12f;

    private final SageConfig config;
    private final FeatureScaler scaler;
    private final NodeFlowSampler sampler;
    private final NDManager manager;
    private final Map<String, NDArray> parameters = new LinkedHashMap<>();
    /** Scaled input rows of each base graph seen, computed once: gathering rows is then a copy, not arithmetic. */
    private final Map<GraphData, float[]> scaledRows = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    public SageNetwork(SageConfig config, FeatureScaler scaler, SageParameters initial, NDManager parent,
                       boolean trainable) {
        this.config = config;
        this.scaler = scaler;
        this.sampler = new NodeFlowSampler(config.fanOut1(), config.fanOut2());
        this.manager = parent.newSubManager();
        for (Map.Entry<String, SageParameters.Tensor> e : initial.tensors().entrySet()) {
            NDArray array = manager.create(e.getValue().values(), new Shape(e.getValue().shape()));
            array.setRequiresGradient(trainable);
            parameters.put(e.getKey(), array);
        }
    }

    public NodeFlowSampler sampler() {
        return sampler;
    }

    /** A manager for one batch's intermediate arrays; close it after the batch. */
    public NDManager newBatchScope() {
        return manager.newSubManager();
    }

    public Map<String, NDArray> parameters() {
        return parameters;
    }

    /** The current weights copied out of the engine. */
    public SageParameters snapshot() {
        Map<String, SageParameters.Tensor> t = new LinkedHashMap<>();
        parameters.forEach((name, array) ->
                t.put(name, new SageParameters.Tensor(array.getShape().getShape(), array.toFloatArray())));
        return new SageParameters(t);
    }

    /**
     * Logits, one per target of the flow.
     *
     * @param dropoutRng source of dropout masks in training; null for inference (no dropout)
     */
    public NDArray forward(NDManager batch, NodeFlow flow, GraphData graph, SplittableRandom dropoutRng) {
        int width = scaler.width();
        int relations = flow.relationCount();
        int layer1Count = flow.layer1Count();
        int targets = flow.targetCount();

        float[] selfRows = new float[layer1Count * width];
        fillScaled(graph, flow.layer1(), selfRows);
        NDArray self0 = batch.create(selfRows, new Shape(layer1Count, width));
        NDArray in1 = self0;
        if (relations > 0) {
            float[] neighbourRows = new float[flow.layer0().length * width];
            fillScaled(graph, flow.layer0(), neighbourRows);
            NDArray neighbours0 = batch.create(neighbourRows,
                    new Shape(layer1Count, relations, flow.fanOut2(), width));
            NDArray mask0 = batch.create(flow.mask0(), new Shape(layer1Count, relations, flow.fanOut2(), 1));
            in1 = self0.concat(maskedMean(neighbours0, mask0, layer1Count, relations * width), 1);
        }
        NDArray h1 = layer(in1, "layer1", dropoutRng, batch);

        NDArray self1 = h1.get(new NDIndex("0:{}", targets));
        NDArray in2 = self1;
        if (relations > 0) {
            int hidden = config.hiddenSize();
            NDArray neighbours1 = h1.get(new NDIndex("{}:", targets))
                    .reshape(targets, relations, flow.fanOut1(), hidden);
            NDArray mask1 = batch.create(flow.mask1(), new Shape(targets, relations, flow.fanOut1(), 1));
            in2 = self1.concat(maskedMean(neighbours1, mask1, targets, relations * hidden), 1);
        }
        NDArray h2 = layer(in2, "layer2", dropoutRng, batch);
        return h2.matMul(parameters.get(SageParameters.HEAD_WEIGHT))
                .add(parameters.get(SageParameters.HEAD_BIAS))
                .reshape(targets);
    }

    /** Probabilities for nodes, sampled with flowSeed and computed batchSize targets at a time, no dropout. */
    public float[] predict(GraphData graph, int[] nodes, long flowSeed, int batchSize) {
        float[] out = new float[nodes.length];
        for (int start = 0; start < nodes.length; start += batchSize) {
            int[] chunk = java.util.Arrays.copyOfRange(nodes, start, Math.min(nodes.length, start + batchSize));
            float[] p = predict(graph, sampler.sample(graph, chunk, flowSeed));
            System.arraycopy(p, 0, out, start, p.length);
        }
        return out;
    }

    /** Probabilities for the targets of an already sampled (possibly occluded) flow. */
    public float[] predict(GraphData graph, NodeFlow flow) {
        float[] p = logits(graph, flow);
        for (int i = 0; i < p.length; i++) {
            p[i] = sigmoid(p[i]);
        }
        return p;
    }

    /** Log-odds for the targets of an already sampled (possibly occluded) flow. */
    public float[] logits(GraphData graph, NodeFlow flow) {
        try (NDManager batch = manager.newSubManager()) {
            return forward(batch, flow, graph, null).toFloatArray();
        }
    }

    /**
     * First-layer hidden states of the given nodes ({@code nodes.length x hiddenSize}, row-major): what every target's
     * second layer reads of them, since their second-hop samples do not depend on the target.
     */
    public float[] layerOne(GraphData graph, int[] nodes, long flowSeed, int batchSize) {
        int hidden = config.hiddenSize();
        int width = scaler.width();
        int relations = graph.relations().size();
        int perEntry = relations * sampler.fanOut2();
        float[] out = new float[nodes.length * hidden];
        for (int start = 0; start < nodes.length; start += batchSize) {
            int count = Math.min(batchSize, nodes.length - start);
            int[] chunk = java.util.Arrays.copyOfRange(nodes, start, start + count);
            int[] second = new int[count * perEntry];
            float[] mask = new float[count * perEntry];
            for (int i = 0; i < count; i++) {
                sampler.secondHop(graph, chunk[i], flowSeed, second, i * perEntry, mask, i * perEntry);
            }
            try (NDManager batch = manager.newSubManager()) {
                float[] selfRows = new float[count * width];
                fillScaled(graph, chunk, selfRows);
                NDArray in = batch.create(selfRows, new Shape(count, width));
                if (relations > 0) {
                    float[] rows = new float[second.length * width];
                    fillScaled(graph, second, rows);
                    NDArray neighbours = batch.create(rows, new Shape(count, relations, sampler.fanOut2(), width));
                    NDArray m = batch.create(mask, new Shape(count, relations, sampler.fanOut2(), 1));
                    in = in.concat(maskedMean(neighbours, m, count, relations * width), 1);
                }
                System.arraycopy(layer(in, "layer1", null, batch).toFloatArray(), 0, out, start * hidden, count * hidden);
            }
        }
        return out;
    }

    /**
     * Probabilities of targets from first-layer states already computed for nodes {@code 0 .. known-1}
     * ({@code knownStates}, row-major); targets or first-hop neighbours beyond those (e.g. a new event's node) get
     * theirs computed here. Equal to {@link #predict(GraphData, int[], long, int)}, at a fraction of the work.
     */
    public float[] predictFromLayerOne(GraphData graph, int[] targets, float[] knownStates, int known, long flowSeed,
                                       int batchSize) {
        int hidden = config.hiddenSize();
        int relations = graph.relations().size();
        int perTree = relations * sampler.fanOut1();
        float[] out = new float[targets.length];
        for (int start = 0; start < targets.length; start += batchSize) {
            int count = Math.min(batchSize, targets.length - start);
            int[] first = new int[count * perTree];
            float[] mask = new float[count * perTree];
            for (int i = 0; i < count; i++) {
                sampler.firstHop(graph, targets[start + i], flowSeed, first, i * perTree, mask, i * perTree);
            }
            float[] self = states(graph, java.util.Arrays.copyOfRange(targets, start, start + count), knownStates,
                    known, flowSeed);
            float[] neighbourStates = states(graph, first, knownStates, known, flowSeed);
            try (NDManager batch = manager.newSubManager()) {
                NDArray in = batch.create(self, new Shape(count, hidden));
                if (relations > 0) {
                    NDArray neighbours = batch.create(neighbourStates,
                            new Shape(count, relations, sampler.fanOut1(), hidden));
                    NDArray m = batch.create(mask, new Shape(count, relations, sampler.fanOut1(), 1));
                    in = in.concat(maskedMean(neighbours, m, count, relations * hidden), 1);
                }
                float[] logits = layer(in, "layer2", null, batch).matMul(parameters.get(SageParameters.HEAD_WEIGHT))
                        .add(parameters.get(SageParameters.HEAD_BIAS)).reshape(count).toFloatArray();
                for (int i = 0; i < count; i++) {
                    out[start + i] = sigmoid(logits[i]);
                }
            }
        }
        return out;
    }

    /** First-layer states of nodes: copied when known, computed (all unknown ones in one pass) when not. */
    private float[] states(GraphData graph, int[] nodes, float[] knownStates, int known, long flowSeed) {
        int hidden = config.hiddenSize();
        float[] out = new float[nodes.length * hidden];
        int[] unknown = java.util.Arrays.stream(nodes).filter(v -> v >= known).distinct().sorted().toArray();
        float[] computed = unknown.length == 0 ? new float[0] : layerOne(graph, unknown, flowSeed, unknown.length);
        for (int i = 0; i < nodes.length; i++) {
            int v = nodes[i];
            if (v < known) {
                System.arraycopy(knownStates, v * hidden, out, i * hidden, hidden);
            } else {
                int u = java.util.Arrays.binarySearch(unknown, v);
                System.arraycopy(computed, u * hidden, out, i * hidden, hidden);
            }
        }
        return out;
    }

    /** The scaled input rows of nodes, one after another; rows of a view's extra nodes are scaled on the spot. */
    private void fillScaled(GraphData graph, int[] nodes, float[] out) {
        GraphData base = graph.base();
        float[] rows = scaledRows.computeIfAbsent(base, b -> {
            float[] all = new float[b.nodeCount() * scaler.width()];
            scaler.fill(b, java.util.stream.IntStream.range(0, b.nodeCount()).toArray(), all);
            return all;
        });
        int width = scaler.width();
        int known = base.nodeCount();
        float[] extra = new float[width];
        for (int i = 0; i < nodes.length; i++) {
            if (nodes[i] < known) {
                System.arraycopy(rows, nodes[i] * width, out, i * width, width);
            } else {
                scaler.fill(graph, new int[]{nodes[i]}, extra);
                System.arraycopy(extra, 0, out, i * width, width);
            }
        }
    }

    public static float sigmoid(float x) {
        return (float) (1.0 / (1.0 + Math.exp(-x)));
    }

    /** Mean over the sample axis of (rows, relations, k, width) counting only unmasked slots; zeros if none. */
    private static NDArray maskedMean(NDArray values, NDArray mask, int rows, int flatWidth) {
        NDArray sum = values.mul(mask).sum(new int[] {2});
        NDArray count = mask.sum(new int[] {2}).maximum(1f);
        return sum.div(count).reshape(rows, flatWidth);
    }

    private NDArray layer(NDArray input, String name, SplittableRandom dropoutRng, NDManager batch) {
        NDArray h = Activation.relu(input.matMul(parameters.get(name + ".weight")).add(parameters.get(name + ".bias")));
        if (config.l2Normalize()) {
            h = h.div(h.square().sum(new int[] {1}, true).add(NORM_EPSILON).sqrt());
        }
        if (dropoutRng != null && config.dropout() > 0) {
            h = h.mul(dropoutMask(h.getShape(), config.dropout(), dropoutRng, batch));
        }
        return h;
    }

    /** Inverted dropout from our own random stream, so training is reproducible from the seed alone. */
    private static NDArray dropoutMask(Shape shape, double rate, SplittableRandom rng, NDManager batch) {
        float keep = (float) (1.0 / (1.0 - rate));
        float[] mask = new float[(int) shape.size()];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = rng.nextDouble() < rate ? 0f : keep;
        }
        return batch.create(mask, shape);
    }

    @Override
    public void close() {
        manager.close();
    }
}
