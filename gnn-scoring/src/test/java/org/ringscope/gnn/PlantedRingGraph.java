package org.ringscope.gnn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.ringscope.gnn.graph.DirectRelation;
import org.ringscope.gnn.graph.GraphData;
import org.ringscope.gnn.graph.TwoHopRelation;

/**
 * A small synthetic identity graph: 40 ring accounts densely sharing 8 phones, 560 background accounts each on
 * one phone out of 250 (so a few share), plus sparse random transfers among everyone. Features are pure noise
 * (four Gaussian columns and one heavy-tailed "amount"): only the structure tells the ring apart.
 */
public record PlantedRingGraph(GraphData graph, int[] labels, boolean[] train, boolean[] val, boolean[] test,
                               int[] ringMembers, int[] backgroundMembers) {

    public static final int NODES = 600;
    public static final int RING = 40;
    private static final int RING_PHONES = 8;
    private static final int PHONES_PER_RING_MEMBER = 3;
    private static final int BACKGROUND_PHONES = 250;

    public static PlantedRingGraph generate(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[] order = shuffled(NODES, rng);
        int[] labels = new int[NODES];
        int[] ring = new int[RING];
        for (int i = 0; i < RING; i++) {
            ring[i] = order[i];
            labels[ring[i]] = 1;
        }
        int[] background = IntStream.range(RING, NODES).map(i -> order[i]).toArray();

        List<int[]> memberships = new ArrayList<>();
        for (int member : ring) {
            int[] phones = shuffled(RING_PHONES, rng);
            for (int p = 0; p < PHONES_PER_RING_MEMBER; p++) {
                memberships.add(new int[] {member, phones[p]});
            }
        }
        for (int member : background) {
            memberships.add(new int[] {member, RING_PHONES + rng.nextInt(BACKGROUND_PHONES)});
        }
        TwoHopRelation phones = TwoHopRelation.fromMemberships("shared_phone", NODES, RING_PHONES + BACKGROUND_PHONES,
                memberships.stream().mapToInt(m -> m[0]).toArray(), memberships.stream().mapToInt(m -> m[1]).toArray());

        int[] src = new int[NODES];
        int[] dst = new int[NODES];
        for (int v = 0; v < NODES; v++) {
            src[v] = v;
            dst[v] = rng.nextInt(NODES);
        }
        DirectRelation transfers = DirectRelation.fromEdges("transfer", NODES, src, dst, true);

        List<String> names = List.of("noise0", "noise1", "noise2", "noise3", "amount");
        float[] features = new float[NODES * names.size()];
        for (int v = 0; v < NODES; v++) {
            for (int c = 0; c < 4; c++) {
                features[v * names.size() + c] = (float) gaussian(rng);
            }
            features[v * names.size() + 4] = (float) Math.exp(2 * gaussian(rng) + 3);
        }

        boolean[] train = new boolean[NODES];
        boolean[] val = new boolean[NODES];
        boolean[] test = new boolean[NODES];
        int[] split = shuffled(NODES, rng);
        for (int i = 0; i < NODES; i++) {
            int v = split[i];
            if (i < NODES / 2) {
                train[v] = true;
            } else if (i < NODES * 7 / 10) {
                val[v] = true;
            } else {
                test[v] = true;
            }
        }
        GraphData graph = new GraphData(names, features, List.of(phones, transfers));
        return new PlantedRingGraph(graph, labels, train, val, test, ring, background);
    }

    private static int[] shuffled(int n, SplittableRandom rng) {
        int[] a = IntStream.range(0, n).toArray();
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    private static double gaussian(SplittableRandom rng) {
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }
}
