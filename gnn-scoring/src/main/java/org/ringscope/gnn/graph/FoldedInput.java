package org.ringscope.gnn.graph;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

/**
 * The input each node is computed from when labels feed the features. A node's own label must not reach its
 * prediction, not even through a neighbour's row: a neighbour's "hops to fraud" is 1 because of the node itself. So a
 * node of fold f is computed entirely, its row and every sampled neighbour's, from {@code views().get(f)}, the graph's
 * features with fold f's labels hidden; a node outside the folds ({@code viewOf} -1) reads {@code shared}. All views
 * have the same nodes and relations. Immutable.
 */
public final class FoldedInput {
    private final GraphData shared;
    private final List<GraphData> views;
    private final int[] viewOf;
    /** Each node's own row from its own view, assembled once: the trainer and the evaluation both read it. */
    private final GraphData ownRows;

    public FoldedInput(GraphData shared, List<GraphData> views, int[] viewOf) {
        this.shared = shared;
        this.views = List.copyOf(views);
        this.viewOf = viewOf.clone();
        if (viewOf.length != shared.nodeCount()) {
            throw new IllegalArgumentException("viewOf needs one entry per node (" + shared.nodeCount() + ")");
        }
        for (GraphData view : views) {
            if (view.nodeCount() != shared.nodeCount() || !view.featureNames().equals(shared.featureNames())) {
                throw new IllegalArgumentException("every view needs the shared graph's nodes and feature columns");
            }
        }
        for (int v : viewOf) {
            if (v < -1 || v >= views.size()) {
                throw new IllegalArgumentException("view index " + v + " out of range (" + views.size() + " views)");
            }
        }
        this.ownRows = assembleOwnRows();
    }

    /** One input for every node: nothing label-derived to hide. */
    public static FoldedInput of(GraphData graph) {
        int[] none = new int[graph.nodeCount()];
        Arrays.fill(none, -1);
        return new FoldedInput(graph, List.of(), none);
    }

    public GraphData shared() {
        return shared;
    }

    public List<GraphData> views() {
        return views;
    }

    /** The view index of each node, -1 for the shared input (a copy). */
    public int[] viewOf() {
        return viewOf.clone();
    }

    /** The graph node {@code node} is computed from. */
    public GraphData inputOf(int node) {
        return viewOf[node] < 0 ? shared : views.get(viewOf[node]);
    }

    /** Each node's own row from its own view: what the node itself looks like to the model (input statistics). */
    public GraphData ownRows() {
        return ownRows;
    }

    /** The nodes grouped by the input they are computed from, each group in the given order. */
    public void forEachInput(int[] nodes, BiConsumer<GraphData, int[]> action) {
        for (int v = -1; v < views.size(); v++) {
            int view = v;
            int[] group = IntStream.of(nodes).filter(node -> viewOf[node] == view).toArray();
            if (group.length > 0) {
                action.accept(view < 0 ? shared : views.get(view), group);
            }
        }
    }

    private GraphData assembleOwnRows() {
        if (views.isEmpty()) {
            return shared;
        }
        int width = shared.featureCount();
        float[] rows = shared.features();
        for (int node = 0; node < viewOf.length; node++) {
            if (viewOf[node] >= 0) {
                GraphData view = views.get(viewOf[node]);
                for (int c = 0; c < width; c++) {
                    rows[node * width + c] = view.feature(node, c);
                }
            }
        }
        return shared.withFeatures(rows);
    }
}
