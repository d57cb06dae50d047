package org.ringscope.gnn.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RelationsTest {

    @Test
    void directRelationKeepsDistinctNeighboursInBothDirectionsWhenUndirected() {
        DirectRelation r = DirectRelation.fromEdges("knows", 4, new int[] {0, 0, 1, 2, 2}, new int[] {1, 1, 2, 2, 0},
                true);

        assertThat(r.neighbours(0)).containsExactly(1, 2);
        assertThat(r.neighbours(1)).containsExactly(0, 2);
        assertThat(r.neighbours(2)).containsExactly(0, 1); // the self-loop 2-2 is dropped
        assertThat(r.degree(3)).isZero();
        assertThat(r.sample(3, 5, new SplittableRandom(1), new int[5], 0)).isFalse();
    }

    @Test
    void directedRelationOnlyPointsForward() {
        DirectRelation r = DirectRelation.fromEdges("paid", 3, new int[] {0}, new int[] {2}, false);

        assertThat(r.neighbours(0)).containsExactly(2);
        assertThat(r.degree(2)).isZero();
    }

    @Test
    void twoHopSamplingReachesOtherMembersOfSharedIdentifiersButNeverTheNodeItself() {
        // phone 0: accounts 0, 1, 2; phone 1: accounts 2, 3; phone 2: account 4 alone
        TwoHopRelation r = TwoHopRelation.fromMemberships("phone", 5, 3, new int[] {0, 1, 2, 2, 3, 4},
                new int[] {0, 0, 0, 1, 1, 2});
        int[] out = new int[200];

        assertThat(r.sample(2, 200, new SplittableRandom(7), out, 0)).isTrue();

        assertThat(out).doesNotContain(2).contains(0, 1, 3);
        assertThat(r.degree(2)).isEqualTo(3);
        assertThat(r.degree(4)).isZero();
        assertThat(r.sample(4, 3, new SplittableRandom(7), out, 0)).isFalse();
    }

    @Test
    void extraNodeIsAppendedWithItsOwnNeighboursAndLeavesExistingNodesAlone() {
        DirectRelation r = DirectRelation.fromEdges("knows", 3, new int[] {0}, new int[] {1}, true);
        GraphData g = new GraphData(List.of("a", "b"), new float[] {1, 2, 3, 4, 5, 6}, List.of(r));

        GraphData extended = g.withExtraNode(new float[] {7, 8}, List.of(new int[] {2, 2}));

        assertThat(extended.nodeCount()).isEqualTo(4);
        assertThat(extended.feature(3, 1)).isEqualTo(8f);
        assertThat(extended.features()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        Relation knows = extended.relations().get(0);
        assertThat(knows.degree(3)).isEqualTo(1);
        assertThat(knows.degree(2)).isZero();
        int[] out = new int[3];
        assertThat(knows.sample(3, 3, new SplittableRandom(1), out, 0)).isTrue();
        assertThat(out).containsOnly(2);
        assertThat(g.nodeCount()).isEqualTo(3);
        assertThatThrownBy(() -> g.withExtraNode(new float[] {1, 2}, List.of(new int[] {5})))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inputHashChangesWithAnyInput() {
        DirectRelation r = DirectRelation.fromEdges("knows", 2, new int[] {0}, new int[] {1}, true);
        GraphData g = new GraphData(List.of("a"), new float[] {1, 2}, List.of(r));
        boolean[] train = {true, false};
        boolean[] val = {false, true};

        String base = InputHash.of(g, new int[] {0, 1}, train, val);

        assertThat(base).hasSize(64).isEqualTo(InputHash.of(g, new int[] {0, 1}, train, val));
        assertThat(InputHash.of(g, new int[] {1, 1}, train, val)).isNotEqualTo(base);
        assertThat(InputHash.of(g, new int[] {0, 1}, val, train)).isNotEqualTo(base);
        GraphData noEdges = new GraphData(List.of("a"), new float[] {1, 2},
                List.of(DirectRelation.fromEdges("knows", 2, new int[0], new int[0], true)));
        assertThat(InputHash.of(noEdges, new int[] {0, 1}, train, val)).isNotEqualTo(base);
    }
}
