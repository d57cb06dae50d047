package org.ringscope.gnn.graph;

import java.util.SplittableRandom;

/**
 * node -> via -> node, e.g. account -> phone -> account. Stored as the two bipartite CSRs; a neighbour is sampled
 * by picking a random via of the node and then a random other node of that via, so a hub identifier shared by
 * thousands of accounts is sampled, never expanded.
 */
public final class TwoHopRelation implements Relation {

    /** Draws per sample before giving up on finding a node other than the start (a via may hold only the start). */
    private static final int ATTEMPTS = 8;

    private final String name;
    private final int nodeCount;
    private final int viaCount;
    private final int[] nodeToViaOffsets;
    private final int[] nodeToVia;
    private final int[] viaToNodeOffsets;
    private final int[] viaToNode;
    private final int[] degrees;

    public TwoHopRelation(String name, int nodeCount, int viaCount, int[] nodeToViaOffsets, int[] nodeToVia,
                          int[] viaToNodeOffsets, int[] viaToNode) {
        if (nodeToViaOffsets.length != nodeCount + 1 || viaToNodeOffsets.length != viaCount + 1) {
            throw new IllegalArgumentException("offset arrays must have count + 1 entries");
        }
        if (nodeToViaOffsets[nodeCount] != nodeToVia.length || viaToNodeOffsets[viaCount] != viaToNode.length) {
            throw new IllegalArgumentException("offsets must end at the target array length");
        }
        this.name = name;
        this.nodeCount = nodeCount;
        this.viaCount = viaCount;
        this.nodeToViaOffsets = nodeToViaOffsets.clone();
        this.nodeToVia = nodeToVia.clone();
        this.viaToNodeOffsets = viaToNodeOffsets.clone();
        this.viaToNode = viaToNode.clone();
        this.degrees = new int[nodeCount];
        for (int v = 0; v < nodeCount; v++) {
            long sum = 0;
            for (int i = nodeToViaOffsets[v]; i < nodeToViaOffsets[v + 1]; i++) {
                int via = nodeToVia[i];
                sum += Math.max(0, viaToNodeOffsets[via + 1] - viaToNodeOffsets[via] - 1);
            }
            degrees[v] = (int) Math.min(Integer.MAX_VALUE, sum);
        }
    }

    /** Builds both CSRs from (node, via) membership pairs, e.g. (account, phone). */
    public static TwoHopRelation fromMemberships(String name, int nodeCount, int viaCount, int[] node, int[] via) {
        int[][] nodeSide = csr(nodeCount, node, via);
        int[][] viaSide = csr(viaCount, via, node);
        return new TwoHopRelation(name, nodeCount, viaCount, nodeSide[0], nodeSide[1], viaSide[0], viaSide[1]);
    }

    private static int[][] csr(int rows, int[] from, int[] to) {
        int[] offsets = new int[rows + 1];
        for (int f : from) {
            offsets[f + 1]++;
        }
        for (int r = 0; r < rows; r++) {
            offsets[r + 1] += offsets[r];
        }
        int[] fill = java.util.Arrays.copyOf(offsets, rows);
        int[] targets = new int[from.length];
        for (int e = 0; e < from.length; e++) {
            targets[fill[from[e]]++] = to[e];
        }
        return new int[][] {offsets, targets};
    }

    @Override
    public String name() {
        return name;
    }

    public int nodeCount() {
        return nodeCount;
    }

    public int viaCount() {
        return viaCount;
    }

    /** Sum over the node's vias of the other members: an upper estimate, since two vias may share members. */
    @Override
    public int degree(int node) {
        return degrees[node];
    }

    @Override
    public boolean sample(int node, int k, SplittableRandom rng, int[] out, int offset) {
        if (degrees[node] == 0) {
            return false;
        }
        int start = nodeToViaOffsets[node];
        int viaDegree = nodeToViaOffsets[node + 1] - start;
        int lastFound = -1;
        for (int i = 0; i < k; i++) {
            int pick = -1;
            for (int attempt = 0; attempt < ATTEMPTS && pick < 0; attempt++) {
                int via = nodeToVia[start + rng.nextInt(viaDegree)];
                int vs = viaToNodeOffsets[via];
                int members = viaToNodeOffsets[via + 1] - vs;
                if (members > 1) {
                    int candidate = viaToNode[vs + rng.nextInt(members)];
                    if (candidate != node) {
                        pick = candidate;
                    }
                }
            }
            // Rarely every attempt lands on the node itself: repeat an earlier sample instead of leaving a hole.
            if (pick < 0) {
                pick = lastFound >= 0 ? lastFound : firstOtherMember(node);
            }
            out[offset + i] = pick;
            lastFound = pick;
        }
        return true;
    }

    private int firstOtherMember(int node) {
        for (int i = nodeToViaOffsets[node]; i < nodeToViaOffsets[node + 1]; i++) {
            int via = nodeToVia[i];
            for (int j = viaToNodeOffsets[via]; j < viaToNodeOffsets[via + 1]; j++) {
                if (viaToNode[j] != node) {
                    return viaToNode[j];
                }
            }
        }
        throw new IllegalStateException("node " + node + " has a positive degree but no other member");
    }

    int[] nodeToViaOffsets() {
        return nodeToViaOffsets;
    }

    int[] nodeToVia() {
        return nodeToVia;
    }

    int[] viaToNodeOffsets() {
        return viaToNodeOffsets;
    }

    int[] viaToNode() {
        return viaToNode;
    }
}
