package org.ringscope.gnn.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Node-classification input: feature rows and typed relations over one node set. Immutable. */
public final class GraphData {

    private final List<String> featureNames;
    private final float[] baseFeatures;
    private final int baseCount;
    /** Rows of nodes appended by {@link #withExtraNode}; kept apart so that a view costs no copy of the graph. */
    private final List<float[]> extraRows;
    private final List<Relation> relations;
    private final GraphData base;

    public GraphData(List<String> featureNames, float[] features, List<Relation> relations) {
        this(List.copyOf(featureNames), features.clone(), List.of(), List.copyOf(relations), true, null);
    }

    private GraphData(List<String> featureNames, float[] baseFeatures, List<float[]> extraRows,
                      List<Relation> relations, boolean check, GraphData base) {
        this.base = base;
        if (featureNames.isEmpty()) {
            throw new IllegalArgumentException("at least one feature is needed");
        }
        if (baseFeatures.length % featureNames.size() != 0) {
            throw new IllegalArgumentException("features length " + baseFeatures.length
                    + " is not a multiple of the feature count " + featureNames.size());
        }
        this.featureNames = featureNames;
        this.baseFeatures = baseFeatures;
        this.baseCount = baseFeatures.length / featureNames.size();
        this.extraRows = extraRows;
        this.relations = relations;
        if (check && relations.stream().map(Relation::name).distinct().count() != relations.size()) {
            throw new IllegalArgumentException("relation names must be distinct");
        }
    }

    public int nodeCount() {
        return baseCount + extraRows.size();
    }

    public int featureCount() {
        return featureNames.size();
    }

    public List<String> featureNames() {
        return featureNames;
    }

    /**
     * The graph this one is a view of ({@link #withExtraNode}), or itself: its nodes are this graph's first
     * {@code base().nodeCount()} nodes, row for row, so values derived from them can be shared by every view.
     */
    public GraphData base() {
        return base == null ? this : base;
    }

    /** A row-major copy of all feature rows (the whole matrix: not for hot paths). */
    public float[] features() {
        float[] all = Arrays.copyOf(baseFeatures, nodeCount() * featureCount());
        for (int i = 0; i < extraRows.size(); i++) {
            System.arraycopy(extraRows.get(i), 0, all, (baseCount + i) * featureCount(), featureCount());
        }
        return all;
    }

    /** Feature value without copying the matrix; the hot path of mini-batch input assembly. */
    public float feature(int node, int column) {
        if (node < baseCount) {
            return baseFeatures[node * featureNames.size() + column];
        }
        return extraRows.get(node - baseCount)[column];
    }

    /**
     * The same nodes and relations with other feature rows (same columns, row-major): another view of one graph,
     * e.g. its features computed with some labels hidden. Relations are shared, not copied.
     */
    public GraphData withFeatures(float[] rows) {
        if (!extraRows.isEmpty() || rows.length != baseFeatures.length) {
            throw new IllegalArgumentException("a feature view needs " + baseFeatures.length
                    + " values over the graph's own nodes, got " + rows.length);
        }
        return new GraphData(featureNames, rows.clone(), List.of(), relations, false, null);
    }

    public List<Relation> relations() {
        return relations;
    }

    public List<String> relationNames() {
        return relations.stream().map(Relation::name).toList();
    }

    /**
     * A view with one extra node (index = nodeCount()) whose neighbours per relation (same order as relations())
     * are given; existing nodes are unchanged. For scoring a new event inductively.
     */
    public GraphData withExtraNode(float[] featureRow, List<int[]> neighboursPerRelation) {
        if (featureRow.length != featureCount()) {
            throw new IllegalArgumentException("feature row has " + featureRow.length + " values, expected "
                    + featureCount());
        }
        if (neighboursPerRelation.size() != relations.size()) {
            throw new IllegalArgumentException("one neighbour array per relation is needed");
        }
        int extra = nodeCount();
        List<Relation> extended = new ArrayList<>(relations.size());
        for (int r = 0; r < relations.size(); r++) {
            int[] neighbours = neighboursPerRelation.get(r).clone();
            for (int n : neighbours) {
                if (n < 0 || n >= extra) {
                    throw new IllegalArgumentException("neighbour " + n + " is not an existing node");
                }
            }
            extended.add(new ExtraNodeRelation(relations.get(r), extra, neighbours));
        }
        List<float[]> rows = new ArrayList<>(extraRows);
        rows.add(featureRow.clone());
        return new GraphData(featureNames, baseFeatures, List.copyOf(rows), List.copyOf(extended), false, base());
    }

    /** The base relation plus one node whose outgoing neighbours are listed; nobody points back to it. */
    private record ExtraNodeRelation(Relation base, int extraNode, int[] neighbours) implements Relation {

        @Override
        public String name() {
            return base.name();
        }

        @Override
        public int degree(int node) {
            return node == extraNode ? (int) Arrays.stream(neighbours).distinct().count() : base.degree(node);
        }

        @Override
        public boolean sample(int node, int k, SplittableRandom rng, int[] out, int offset) {
            if (node != extraNode) {
                return base.sample(node, k, rng, out, offset);
            }
            if (neighbours.length == 0) {
                return false;
            }
            for (int i = 0; i < k; i++) {
                out[offset + i] = neighbours[rng.nextInt(neighbours.length)];
            }
            return true;
        }
    }
}
