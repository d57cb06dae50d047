package org.ringscope.gnn.model;

import java.util.List;
import java.util.SplittableRandom;
import org.ringscope.gnn.graph.GraphData;
import org.ringscope.gnn.graph.Relation;

/**
 * Samples {@link NodeFlow}s with a fixed fan-out per hop. A node's first-hop neighbours come from a stream seeded by
 * (flow seed, node) and the second-hop neighbours under each first-layer node from a stream seeded by (flow seed,
 * that node) alone. So a node gets the same tree alone or in any batch (scores do not depend on batching and are
 * reproducible after save and load), and a first-layer node's hidden state is the same under every target: it can
 * be computed once for all nodes ({@link SageNetwork#layerOne}) and reused, which is what makes scoring every account
 * and a single new event cheap.
 */
public final class NodeFlowSampler {

    private static final long SECOND_HOP = 0x2B7E151628AED2A6L;
    private final int fanOut1;
    private final int fanOut2;

    public NodeFlowSampler(int fanOut1, int fanOut2) {
        this.fanOut1 = fanOut1;
        this.fanOut2 = fanOut2;
    }

    public NodeFlow sample(GraphData graph, int[] targets, long flowSeed) {
        List<Relation> relations = graph.relations();
        int batch = targets.length;
        int relationCount = relations.size();
        int perTree = relationCount * fanOut1;
        int perEntry = relationCount * fanOut2;
        int layer1Count = batch * (1 + perTree);
        int[] layer1 = new int[layer1Count];
        float[] mask1 = new float[batch * perTree];
        int[] layer0 = new int[layer1Count * perEntry];
        float[] mask0 = new float[layer1Count * perEntry];
        for (int b = 0; b < batch; b++) {
            layer1[b] = targets[b];
            firstHop(graph, targets[b], flowSeed, layer1, batch + b * perTree, mask1, b * perTree);
        }
        for (int entry = 0; entry < layer1Count; entry++) {
            secondHop(graph, layer1[entry], flowSeed, layer0, entry * perEntry, mask0, entry * perEntry);
        }
        return new NodeFlow(batch, relationCount, fanOut1, fanOut2, layer1, mask1, layer0, mask0);
    }

    /** The node's fan-out-1 neighbours per relation (relation-major) into out/mask from offset. */
    public void firstHop(GraphData graph, int node, long flowSeed, int[] out, int offset, float[] mask, int maskOffset) {
        sampleAll(graph.relations(), node, fanOut1, new SplittableRandom(mix(flowSeed, node)), out, offset, mask,
                maskOffset);
    }

    /** The node's fan-out-2 neighbours per relation, the same whichever target the node is sampled under. */
    public void secondHop(GraphData graph, int node, long flowSeed, int[] out, int offset, float[] mask,
                          int maskOffset) {
        sampleAll(graph.relations(), node, fanOut2, new SplittableRandom(mix(mix(flowSeed, node), SECOND_HOP)), out,
                offset, mask, maskOffset);
    }

    public int fanOut1() {
        return fanOut1;
    }

    public int fanOut2() {
        return fanOut2;
    }

    private static void sampleAll(List<Relation> relations, int node, int k, SplittableRandom rng, int[] out,
                                  int offset, float[] mask, int maskOffset) {
        for (int r = 0; r < relations.size(); r++) {
            fill(relations.get(r), node, k, rng, out, offset + r * k, mask, maskOffset + r * k);
        }
    }

    private static void fill(Relation relation, int node, int k, SplittableRandom rng, int[] out, int outOffset,
                             float[] mask, int maskOffset) {
        boolean found = relation.sample(node, k, rng, out, outOffset);
        // Without neighbours the slots point at the node itself (a valid row to gather) and are masked out.
        for (int s = 0; s < k; s++) {
            if (!found) {
                out[outOffset + s] = node;
            }
            mask[maskOffset + s] = found ? 1f : 0f;
        }
    }

    /** A well-spread 64-bit seed from two values (the finaliser of MurmurHash3). */
    public static long mix(long a, long b) {
        long h = a * 0x9E3779B97F4A7C15L + b;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
