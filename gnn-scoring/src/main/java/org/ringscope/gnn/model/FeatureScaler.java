package org.ringscope.gnn.model;

import java.util.ArrayList;
import java.util.List;
import org.ringscope.gnn.graph.GraphData;

/**
 * Turns a node into the model's input row: the graph's features, then log1p(degree) per relation (structural, not
 * a label, and strongly predictive where abusers share many resources), each optionally log1p-compressed and then
 * z-scored with statistics from the training nodes. Missing values (NaN) become the training mean.
 *
 * @param inputNames one name per input column: feature names, then "log1p_degree:" + relation name
 * @param log1p      whether a column is compressed with log1p before the z-score (non-negative, heavy-tailed)
 */
public record FeatureScaler(List<String> inputNames, boolean[] log1p, float[] mean, float[] std) {

    /** A non-negative column whose maximum exceeds this multiple of its mean is treated as heavy-tailed. */
    private static final double HEAVY_TAIL_RATIO = 20.0;
    private static final String DEGREE_PREFIX = "log1p_degree:";

    public FeatureScaler {
        inputNames = List.copyOf(inputNames);
        if (log1p.length != inputNames.size() || mean.length != inputNames.size() || std.length != inputNames.size()) {
            throw new IllegalArgumentException("one statistic per input column is needed");
        }
        log1p = log1p.clone();
        mean = mean.clone();
        std = std.clone();
    }

    /** Fits the statistics on the nodes where fitOn is true (all nodes if fitOn is null). */
    public static FeatureScaler fit(GraphData graph, boolean[] fitOn) {
        int features = graph.featureCount();
        int relations = graph.relations().size();
        int width = features + relations;
        List<String> names = new ArrayList<>(graph.featureNames());
        graph.relationNames().forEach(r -> names.add(DEGREE_PREFIX + r));
        boolean[] log = new boolean[width];
        float[] mean = new float[width];
        float[] std = new float[width];
        for (int c = 0; c < width; c++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double sum = 0;
            int n = 0;
            for (int v = 0; v < graph.nodeCount(); v++) {
                if (fitOn == null || fitOn[v]) {
                    double x = raw(graph, v, c);
                    if (!Double.isNaN(x)) {
                        min = Math.min(min, x);
                        max = Math.max(max, x);
                        sum += x;
                        n++;
                    }
                }
            }
            double rawMean = n == 0 ? 0 : sum / n;
            log[c] = c < features && n > 0 && min >= 0 && max > 1 && max > HEAVY_TAIL_RATIO * rawMean;
            double s = 0;
            double s2 = 0;
            for (int v = 0; v < graph.nodeCount(); v++) {
                if (fitOn == null || fitOn[v]) {
                    double x = raw(graph, v, c);
                    if (!Double.isNaN(x)) {
                        x = log[c] ? compress(x) : x;
                        s += x;
                        s2 += x * x;
                    }
                }
            }
            double m = n == 0 ? 0 : s / n;
            double variance = n == 0 ? 0 : Math.max(0, s2 / n - m * m);
            mean[c] = (float) m;
            // A constant column would divide by zero; scale 1 keeps it a harmless zero column.
            std[c] = variance > 1e-12 ? (float) Math.sqrt(variance) : 1f;
        }
        return new FeatureScaler(names, log, mean, std);
    }

    /** The value before scaling: a feature, or log1p(degree) for the columns after the features. */
    private static double raw(GraphData graph, int node, int column) {
        int features = graph.featureCount();
        if (column < features) {
            return graph.feature(node, column);
        }
        return compress(graph.relations().get(column - features).degree(node));
    }

    public int width() {
        return inputNames.size();
    }

    /** Writes the scaled input rows of nodes one after another into out, starting at 0. */
    public void fill(GraphData graph, int[] nodes, float[] out) {
        int width = width();
        if (graph.featureCount() + graph.relations().size() != width) {
            throw new IllegalArgumentException("graph has " + graph.featureCount() + " features and "
                    + graph.relations().size() + " relations; the model expects " + width + " input columns");
        }
        for (int i = 0; i < nodes.length; i++) {
            int base = i * width;
            for (int c = 0; c < width; c++) {
                double x = raw(graph, nodes[i], c);
                if (Double.isNaN(x)) {
                    out[base + c] = 0f;
                    continue;
                }
                if (log1p[c]) {
                    x = compress(x);
                }
                out[base + c] = (float) ((x - mean[c]) / std[c]);
            }
        }
    }

    /**
     * log(1 + x) for x >= 0 (negative values count as 0). Math.log is a JIT intrinsic and Math.log1p is not; scoring
     * every account compresses tens of millions of values, and for counts and rates the two agree to float precision.
     */
    static double compress(double x) {
        return Math.log(1.0 + Math.max(0, x));
    }
}
