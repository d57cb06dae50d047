package org.ringscope.features.graph;

/**
 * A weighted account–account graph: each undirected pair once, {@code from[e] < to[e]}. What the weight means is
 * up to whoever projected it (for rings: the evidence that two accounts belong together).
 */
public record AccountProjection(int accountCount, int[] from, int[] to, double[] weight) {
    public AccountProjection {
        if (from.length != to.length || from.length != weight.length) {
            throw new IllegalArgumentException("edge arrays differ in length");
        }
    }

    public int edgeCount() {
        return from.length;
    }
}
