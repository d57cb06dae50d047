package org.ringscope.gnn.model;

import java.util.List;
import java.util.SplittableRandom;
import org.ringscope.gnn.graph.GraphData;
import org.ringscope.gnn.graph.Relation;

/**
 * Samples {@link NodeFlow}s with a fixed fan-out per hop. Each target's whole tree is drawn from its own random
 * stream, seeded from (flow seed, target index): a node gets the same tree alone or in any batch, which makes
 * scores independent of batching and reproducible after save and load.
 */
public final class NodeFlowSampler {

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
            int target = targets[b];
            SplittableRandom rng = new SplittableRandom(mix(flowSeed, target));
            layer1[b] = target;
            for (int r = 0; r < relationCount; r++) {
                int slot = (b * relationCount + r) * fanOut1;
                fill(relations.get(r), target, fanOut1, rng, layer1, batch + slot, mask1, slot);
            }
            // Second hop: the target itself and each of its first-hop slots, from the same stream.
            sampleEntry(relations, b, target, rng, layer0, mask0);
            for (int s = 0; s < perTree; s++) {
                int entry = batch + b * perTree + s;
                sampleEntry(relations, entry, layer1[entry], rng, layer0, mask0);
            }
        }
        return new NodeFlow(batch, relationCount, fanOut1, fanOut2, layer1, mask1, layer0, mask0);
    }

    private void sampleEntry(List<Relation> relations, int entry, int node, SplittableRandom rng, int[] layer0,
                             float[] mask0) {
        for (int r = 0; r < relations.size(); r++) {
            int slot = (entry * relations.size() + r) * fanOut2;
            fill(relations.get(r), node, fanOut2, rng, layer0, slot, mask0, slot);
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
