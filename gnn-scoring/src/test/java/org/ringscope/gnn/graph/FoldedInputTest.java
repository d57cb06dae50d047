package org.ringscope.gnn.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoldedInputTest {

    /** Four nodes in a line, one feature: the node's index in the shared input, 10 + index in view 0, 20 + in view 1. */
    private static FoldedInput folded() {
        DirectRelation line = DirectRelation.fromEdges("next", 4, new int[] {0, 1, 2}, new int[] {1, 2, 3}, true);
        GraphData shared = new GraphData(List.of("x"), new float[] {0, 1, 2, 3}, List.of(line));
        return new FoldedInput(shared, List.of(shared.withFeatures(new float[] {10, 11, 12, 13}),
                shared.withFeatures(new float[] {20, 21, 22, 23})), new int[] {1, -1, 0, 1});
    }

    @Test
    void eachNodeReadsItsOwnViewWithTheSharedRelations() {
        FoldedInput input = folded();

        assertThat(input.inputOf(0).feature(1, 0)).as("node 0's neighbour, seen from node 0's view").isEqualTo(21f);
        assertThat(input.inputOf(1)).isSameAs(input.shared());
        assertThat(input.inputOf(2).relations()).isEqualTo(input.shared().relations());
        assertThat(input.ownRows().features()).containsExactly(20, 1, 12, 23);
    }

    @Test
    void groupsNodesByViewKeepingTheirOrder() {
        List<String> groups = new ArrayList<>();
        folded().forEachInput(new int[] {3, 2, 1, 0}, (view, nodes) ->
                groups.add((int) view.feature(0, 0) + ":" + java.util.Arrays.toString(nodes)));

        assertThat(groups).containsExactly("0:[1]", "10:[2]", "20:[3, 0]");
    }

    @Test
    void refusesAViewOfAnotherGraph() {
        GraphData shared = folded().shared();
        GraphData other = new GraphData(List.of("x"), new float[] {0, 1}, List.of());

        assertThatThrownBy(() -> new FoldedInput(shared, List.of(other), new int[] {0, 0, 0, 0}))
                .hasMessageContaining("every view");
        assertThatThrownBy(() -> shared.withFeatures(new float[3])).hasMessageContaining("needs 4 values");
    }
}
