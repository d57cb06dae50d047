package org.ringscope.gnn.accounts;

import org.junit.jupiter.api.Test;
import org.ringscope.core.IdentifierKinds;
import org.ringscope.features.accounts.AccountFeatures;
import org.ringscope.features.accounts.EventContext;
import org.ringscope.features.graph.AccountFacts;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.rings.RingSettings;
import org.ringscope.gnn.graph.GraphData;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EventNodeTest {
    private final IdentityGraph graph = IdentityGraph.builder(IdentifierKinds.defaults())
            .link("r1", "phone", "p", 1).link("r2", "phone", "p", 2).link("r1", "device", "d", 1)
            .link("x", "device", "d", 3).build();
    private final GraphData input = AccountGraphInput.build(graph, new AccountFeatures(RingSettings.defaults())
            .compute(graph, AccountFacts.fromGraph(graph, new byte[graph.accountCount()]), 10).features(),
            AccountFacts.fromGraph(graph, new byte[graph.accountCount()]), 10);

    @Test
    void aNewAccountOnARingsPhoneHasTheRingAsPhoneNeighboursAndOneMorePhoneLink() {
        EventNode.Node node = EventNode.of(graph, input, "newcomer",
                List.of(new EventContext.EventIdentifier("phone", "p"), new EventContext.EventIdentifier("email", "fresh")),
                Map.of("linked_accounts", 2.0));
        int phone = input.relationNames().indexOf("phone");
        assertThat(node.neighbours().get(phone)).containsExactlyInAnyOrder(graph.accountIndex("r1"), graph.accountIndex("r2"));
        assertThat(node.neighbours().get(input.relationNames().indexOf("device"))).isEmpty();
        assertThat(node.row()[input.featureNames().indexOf("links_phone")]).isEqualTo(1f);
        assertThat(node.row()[input.featureNames().indexOf("links_email")]).as("a value nobody used yet").isEqualTo(1f);
        assertThat(node.row()[input.featureNames().indexOf("linked_accounts")]).isEqualTo(2f);
    }

    @Test
    void aKnownAccountKeepsItsNeighboursAndRowAndNeverListsItself() {
        EventNode.Node node = EventNode.of(graph, input, "r1",
                List.of(new EventContext.EventIdentifier("phone", "p")), Map.of());
        int r1 = graph.accountIndex("r1");
        assertThat(node.neighbours().get(input.relationNames().indexOf("device"))).containsExactly(graph.accountIndex("x"));
        assertThat(node.neighbours().get(input.relationNames().indexOf("phone"))).containsExactly(graph.accountIndex("r2"));
        assertThat(node.row()[input.featureNames().indexOf("links_phone")]).as("already its phone").isEqualTo(1f);
        assertThat(node.row()[0]).isEqualTo(input.feature(r1, 0));
    }
}
