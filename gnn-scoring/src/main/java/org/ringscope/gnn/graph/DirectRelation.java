package org.ringscope.gnn.graph;

import java.util.Arrays;
import java.util.SplittableRandom;

/** A relation stored as compressed sparse rows (node -> distinct neighbours), e.g. transfers or shared tasks. */
public final class DirectRelation implements Relation {

    private final String name;
    private final int[] offsets;
    private final int[] targets;

    /** offsets has nodeCount + 1 entries; targets[offsets[v]..offsets[v+1]) are v's distinct neighbours. */
    public DirectRelation(String name, int[] offsets, int[] targets) {
        if (offsets.length == 0 || offsets[offsets.length - 1] != targets.length) {
            throw new IllegalArgumentException("offsets must end at targets.length");
        }
        this.name = name;
        this.offsets = offsets.clone();
        this.targets = targets.clone();
    }

    /** Builds the CSR from an edge list; duplicates and self-loops are dropped; undirected adds both directions. */
    public static DirectRelation fromEdges(String name, int nodeCount, int[] src, int[] dst, boolean undirected) {
        if (src.length != dst.length) {
            throw new IllegalArgumentException("src and dst differ in length");
        }
        int[] counts = new int[nodeCount + 1];
        for (int e = 0; e < src.length; e++) {
            checkNode(src[e], nodeCount);
            checkNode(dst[e], nodeCount);
            if (src[e] == dst[e]) {
                continue;
            }
            counts[src[e] + 1]++;
            if (undirected) {
                counts[dst[e] + 1]++;
            }
        }
        for (int v = 0; v < nodeCount; v++) {
            counts[v + 1] += counts[v];
        }
        int[] raw = new int[counts[nodeCount]];
        int[] fill = Arrays.copyOf(counts, nodeCount);
        for (int e = 0; e < src.length; e++) {
            if (src[e] == dst[e]) {
                continue;
            }
            raw[fill[src[e]]++] = dst[e];
            if (undirected) {
                raw[fill[dst[e]]++] = src[e];
            }
        }
        // Sort each row and keep distinct neighbours so that degree() counts distinct nodes.
        int[] offsets = new int[nodeCount + 1];
        int write = 0;
        for (int v = 0; v < nodeCount; v++) {
            Arrays.sort(raw, counts[v], counts[v + 1]);
            offsets[v] = write;
            for (int i = counts[v]; i < counts[v + 1]; i++) {
                if (i == counts[v] || raw[i] != raw[i - 1]) {
                    raw[write++] = raw[i];
                }
            }
        }
        offsets[nodeCount] = write;
        return new DirectRelation(name, offsets, Arrays.copyOf(raw, write));
    }

    private static void checkNode(int node, int nodeCount) {
        if (node < 0 || node >= nodeCount) {
            throw new IllegalArgumentException("node " + node + " outside 0.." + (nodeCount - 1));
        }
    }

    @Override
    public String name() {
        return name;
    }

    public int nodeCount() {
        return offsets.length - 1;
    }

    public int edgeCount() {
        return targets.length;
    }

    @Override
    public int degree(int node) {
        return offsets[node + 1] - offsets[node];
    }

    /** The distinct neighbours of node, sorted. */
    public int[] neighbours(int node) {
        return Arrays.copyOfRange(targets, offsets[node], offsets[node + 1]);
    }

    @Override
    public boolean sample(int node, int k, SplittableRandom rng, int[] out, int offset) {
        int start = offsets[node];
        int degree = offsets[node + 1] - start;
        if (degree == 0) {
            return false;
        }
        for (int i = 0; i < k; i++) {
            out[offset + i] = targets[start + rng.nextInt(degree)];
        }
        return true;
    }

    int[] offsets() {
        return offsets;
    }

    int[] targets() {
        return targets;
    }
}
