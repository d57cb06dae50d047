package org.ringscope.gnn.io;

import java.util.List;
import org.ringscope.gnn.graph.GraphData;

/**
 * A benchmark graph read from the plain format: the graph, labels (1, 0, or -1 when empty), optional times and the
 * official splits.
 *
 * @param times per-node time from the optional {@code time} column, or null when the file has none
 */
public record PlainGraph(GraphData graph, int[] labels, double[] times, List<Split> splits) {

    public PlainGraph {
        splits = List.copyOf(splits);
    }

    /** One official split: three disjoint node masks. */
    public record Split(boolean[] train, boolean[] val, boolean[] test) {

        public int trainCount() {
            return count(train);
        }

        public int valCount() {
            return count(val);
        }

        public int testCount() {
            return count(test);
        }

        private static int count(boolean[] mask) {
            int n = 0;
            for (boolean b : mask) {
                n += b ? 1 : 0;
            }
            return n;
        }
    }
}
