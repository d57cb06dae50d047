package org.ringscope.features;

import org.junit.jupiter.api.Test;
import org.ringscope.core.IdentifierKinds;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.graph.LinkingRule;
import org.ringscope.features.graph.Neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;

class NeighbourhoodTest {
    /** a -phone- b -device- c -email- d; a and 4 strangers on one IP (a hub at hub degree 3). */
    private final IdentityGraph graph = hubbedChain();
    private final byte[] labels = new byte[graph.accountCount()];

    private static IdentityGraph hubbedChain() {
        IdentityGraph.Builder b = IdentityGraph.builder(IdentifierKinds.defaults())
                .link("a", "phone", "p1", 1).link("b", "phone", "p1", 2)
                .link("b", "device", "d1", 3).link("c", "device", "d1", 4)
                .link("c", "email", "e1", 5).link("d", "email", "e1", 6)
                .link("a", "ip", "hub", 7);
        for (int s = 0; s < 4; s++) {
            b.link("stranger" + s, "ip", "hub", 8);
        }
        return b.build();
    }

    private Neighbourhood.Result around(String account, int hops, int maxNodes) {
        return new Neighbourhood(new LinkingRule(3)).around(graph, labels, graph.accountIndex(account), hops, maxNodes);
    }

    @Test
    void walksAccountToAccountStepsThroughSharedIdentifiers() {
        Neighbourhood.Result two = around("a", 2, 100);
        assertThat(two.accounts()).extracting(Neighbourhood.AccountNode::id, Neighbourhood.AccountNode::hop)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("a", 0),
                        org.assertj.core.groups.Tuple.tuple("b", 1), org.assertj.core.groups.Tuple.tuple("c", 2));
        assertThat(two.truncated()).isFalse();
        // c is the edge of the picture: its link to the device that brought it in is drawn, its email is not.
        assertThat(two.links()).extracting(Neighbourhood.Link::account, Neighbourhood.Link::key)
                .contains(org.assertj.core.groups.Tuple.tuple("c", "d1"))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple("c", "e1"));
    }

    @Test
    void aHubIsShownWithItsDegreeButNotExpanded() {
        Neighbourhood.Result one = around("a", 1, 100);
        assertThat(one.identifiers()).filteredOn(i -> i.key().equals("hub")).singleElement()
                .satisfies(hub -> {
                    assertThat(hub.collapsed()).isTrue();
                    assertThat(hub.degree()).isEqualTo(5);
                });
        assertThat(one.accounts()).extracting(Neighbourhood.AccountNode::id).doesNotContain("stranger0");
    }

    @Test
    void stopsAtTheNodeLimitAndSaysSo() {
        Neighbourhood.Result capped = around("a", 3, 4);
        assertThat(capped.accounts().size() + capped.identifiers().size()).isLessThanOrEqualTo(4);
        assertThat(capped.truncated()).isTrue();
        assertThat(around("a", 3, 100).truncated()).isFalse();
    }
}
