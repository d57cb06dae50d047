package org.ringscope.gnn.graph;

import java.util.SplittableRandom;

/** One typed relation over the node set of a {@link GraphData}, seen only through degree and neighbour sampling. */
public interface Relation {

    String name();

    /** Number of distinct neighbours reachable from node (an upper estimate for two-hop relations). */
    int degree(int node);

    /**
     * Writes k neighbours of node sampled with replacement into out[offset..offset+k) using rng; returns false
     * (writing nothing) if node has no neighbour.
     */
    boolean sample(int node, int k, SplittableRandom rng, int[] out, int offset);
}
