package org.ringscope.features.communities;

import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;

import java.util.Random;

/**
 * Leiden communities (CWTS {@code networkanalysis}) maximising modularity on a weighted undirected graph.
 * Deterministic for a seed. Nodes are 0..n-1; each edge is given once.
 */
public final class LeidenCommunities {
    private static final int MAX_ITERATIONS = 50;
    private final double resolution;
    private final long seed;

    /** @param resolution modularity resolution: 1 is standard modularity, higher gives smaller communities */
    public LeidenCommunities(double resolution, long seed) {
        this.resolution = resolution;
        this.seed = seed;
    }

    /** @return the community of each node, numbered 0.. by size, largest first */
    public int[] cluster(int nodeCount, int[] from, int[] to, double[] weight) {
        if (from.length == 0) {
            int[] singletons = new int[nodeCount];
            for (int i = 0; i < nodeCount; i++) {
                singletons[i] = i;
            }
            return singletons;
        }
        LargeIntArray[] edges = {new LargeIntArray(from.clone()), new LargeIntArray(to.clone())};
        // Node weights = weighted degree, and resolution / 2m: that turns the library's CPM into modularity.
        Network network = new Network(nodeCount, true, edges, new LargeDoubleArray(weight.clone()), false, true);
        double cpmResolution = resolution / (2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks());
        LeidenAlgorithm leiden = new LeidenAlgorithm(cpmResolution, 1, LeidenAlgorithm.DEFAULT_RANDOMNESS, new Random(seed));
        Clustering clustering = new Clustering(nodeCount);
        clustering.initSingletonClusters();
        for (int i = 0; i < MAX_ITERATIONS && leiden.improveClustering(network, clustering); i++) {
            // each pass refines the previous one until no node moves
        }
        clustering.orderClustersByNNodes();
        return clustering.getClusters();
    }
}
