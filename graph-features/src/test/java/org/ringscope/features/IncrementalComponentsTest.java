package org.ringscope.features;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ringscope.core.IdentifierKinds;
import org.ringscope.features.components.IncrementalComponents;
import org.ringscope.features.components.LinkComponents;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.graph.LinkingRule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class IncrementalComponentsTest {
    private static final List<String> KINDS = List.of("device", "email", "phone", "card", "ip", "ip_prefix", "address");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void linkByLinkGivesTheSamePartitionAsAFullRecompute(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int hubDegree = 8;
        IdentityGraph.Builder builder = IdentityGraph.builder(IdentifierKinds.defaults());
        IncrementalComponents incremental = new IncrementalComponents(IdentifierKinds.defaults(), hubDegree);
        Map<String, Integer> users = new HashMap<>();
        for (int step = 0; step < 3_000; step++) {
            String account = "a" + rng.nextInt(800);
            String kind = KINDS.get(rng.nextInt(KINDS.size()));
            String key = kind + "-" + rng.nextInt(1_200);
            // stay below the hub degree so the union-find never has to split (see needsRecompute)
            if (users.getOrDefault(kind + key, 0) >= hubDegree) {
                continue;
            }
            users.merge(kind + key, 1, Integer::sum);
            builder.link(account, kind, key, step);
            incremental.link(account, kind, key);
        }
        IdentityGraph graph = builder.build();
        int[] full = new LinkComponents(new LinkingRule(hubDegree)).componentOf(graph);

        assertThat(incremental.needsRecompute()).isFalse();
        for (int a = 0; a < graph.accountCount(); a++) {
            for (int b : new int[]{rng.nextInt(graph.accountCount()), (a + 1) % graph.accountCount()}) {
                boolean together = full[a] == full[b];
                assertThat(incremental.componentOf(graph.accountId(a)) == incremental.componentOf(graph.accountId(b)))
                        .as("%s and %s", graph.accountId(a), graph.accountId(b)).isEqualTo(together);
            }
            int size = 0;
            for (int c : full) {
                size += c == full[a] ? 1 : 0;
            }
            assertThat(incremental.componentSize(graph.accountId(a))).isEqualTo(size);
        }
    }

    @Test
    void anIdentifierTurningIntoAHubAsksForARecompute() {
        IncrementalComponents c = new IncrementalComponents(IdentifierKinds.defaults(), 3);
        for (int i = 0; i < 3; i++) {
            c.link("a" + i, "ip", "shared");
        }
        assertThat(c.needsRecompute()).isFalse();
        assertThat(c.componentSize("a0")).isEqualTo(3);
        c.link("a3", "ip", "shared");
        assertThat(c.needsRecompute()).isTrue();
        assertThat(c.componentSize("a3")).as("a hub joins nobody new").isEqualTo(1);
    }
}
