package org.ringscope.gnn.model;

import java.util.List;

/**
 * The sampled two-hop computation tree of a batch of targets, as flat index arrays ready for gathering.
 *
 * <p>Layout, with B targets, R relations and fan-outs k1, k2:
 * <ul>
 *   <li>{@code layer1}: the B targets, then for each target, each relation, k1 first-hop neighbours
 *       (position {@code B + (b*R + r)*k1 + s}); {@code mask1} (B*R*k1) is 1 where a slot holds a real sample.</li>
 *   <li>{@code layer0}: for each layer-1 entry j, each relation, k2 neighbours (position {@code (j*R + r)*k2 + s});
 *       {@code mask0} likewise. Layer-0 self rows are the layer-1 entries themselves.</li>
 * </ul>
 * A node without any r-neighbour has its r slots masked out, so the mean runs over real samples only.
 */
public final class NodeFlow {

    private final int targetCount;
    private final int relationCount;
    private final int fanOut1;
    private final int fanOut2;
    private final int[] layer1;
    private final float[] mask1;
    private final int[] layer0;
    private final float[] mask0;

    NodeFlow(int targetCount, int relationCount, int fanOut1, int fanOut2, int[] layer1, float[] mask1,
             int[] layer0, float[] mask0) {
        this.targetCount = targetCount;
        this.relationCount = relationCount;
        this.fanOut1 = fanOut1;
        this.fanOut2 = fanOut2;
        this.layer1 = layer1;
        this.mask1 = mask1;
        this.layer0 = layer0;
        this.mask0 = mask0;
    }

    /** What an occluded copy of a single-target flow leaves out: one relation, all or one of its neighbours. */
    public record Occlusion(int relation, int neighbour) {
        public static final int ALL = -1;

        public static Occlusion wholeRelation(int relation) {
            return new Occlusion(relation, ALL);
        }
    }

    public int targetCount() {
        return targetCount;
    }

    public int relationCount() {
        return relationCount;
    }

    public int fanOut1() {
        return fanOut1;
    }

    public int fanOut2() {
        return fanOut2;
    }

    public int layer1Count() {
        return layer1.length;
    }

    public int target(int b) {
        return layer1[b];
    }

    /** The first-hop sample of target b over relation r (masked-out slots excluded). */
    public int[] firstHop(int b, int r) {
        int start = targetCount + (b * relationCount + r) * fanOut1;
        return java.util.stream.IntStream.range(0, fanOut1)
                .filter(s -> mask1[(b * relationCount + r) * fanOut1 + s] > 0)
                .map(s -> layer1[start + s])
                .toArray();
    }

    int[] layer1() {
        return layer1;
    }

    float[] mask1() {
        return mask1;
    }

    int[] layer0() {
        return layer0;
    }

    float[] mask0() {
        return mask0;
    }

    /**
     * For a single-target flow: one copy per occlusion, each with the target's direct neighbours of the given
     * relation removed (all of them, or every slot holding the given node), both where they feed the second layer
     * and where they feed the target's own first-layer vector. The rest of the tree is shared unchanged.
     */
    public NodeFlow occluded(List<Occlusion> occlusions) {
        if (targetCount != 1) {
            throw new IllegalStateException("occlusion is defined for a single-target flow");
        }
        int copies = occlusions.size();
        int perTree = relationCount * fanOut1;
        int perEntry = relationCount * fanOut2;
        int[] l1 = new int[copies * (1 + perTree)];
        float[] m1 = new float[copies * perTree];
        int[] l0 = new int[l1.length * perEntry];
        float[] m0 = new float[l1.length * perEntry];
        for (int c = 0; c < copies; c++) {
            Occlusion o = occlusions.get(c);
            l1[c] = layer1[0];
            System.arraycopy(layer0, 0, l0, c * perEntry, perEntry);
            System.arraycopy(mask0, 0, m0, c * perEntry, perEntry);
            System.arraycopy(layer1, 1, l1, copies + c * perTree, perTree);
            System.arraycopy(mask1, 0, m1, c * perTree, perTree);
            int firstNeighbourEntry = copies + c * perTree;
            System.arraycopy(layer0, perEntry, l0, firstNeighbourEntry * perEntry, perTree * perEntry);
            System.arraycopy(mask0, perEntry, m0, firstNeighbourEntry * perEntry, perTree * perEntry);
            for (int s = 0; s < fanOut1; s++) {
                int slot = o.relation() * fanOut1 + s;
                if (o.neighbour() == Occlusion.ALL || layer1[1 + slot] == o.neighbour()) {
                    m1[c * perTree + slot] = 0f;
                }
            }
            for (int s = 0; s < fanOut2; s++) {
                int slot = o.relation() * fanOut2 + s;
                if (o.neighbour() == Occlusion.ALL || layer0[slot] == o.neighbour()) {
                    m0[c * perEntry + slot] = 0f;
                }
            }
        }
        return new NodeFlow(copies, relationCount, fanOut1, fanOut2, l1, m1, l0, m0);
    }
}
