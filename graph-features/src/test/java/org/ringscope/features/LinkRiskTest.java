package org.ringscope.features;

import org.junit.jupiter.api.Test;
import org.ringscope.core.IdentifierKinds;
import org.ringscope.features.communities.LeidenCommunities;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.graph.LinkingRule;
import org.ringscope.features.risk.FraudDistance;
import org.ringscope.features.risk.FraudSimilarity;
import org.ringscope.features.risk.PersonalisedPageRank;
import org.ringscope.features.risk.Velocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Each link-risk algorithm on a graph small enough to work out by hand. */
class LinkRiskTest {
    private static final long HOUR = 3_600_000L;
    private static final LinkingRule RULE = new LinkingRule(50);
    private final IdentityGraph.Builder builder = IdentityGraph.builder(IdentifierKinds.defaults());

    private boolean[] seeds(IdentityGraph g, String... fraud) {
        boolean[] s = new boolean[g.accountCount()];
        for (String f : fraud) {
            s[g.accountIndex(f)] = true;
        }
        return s;
    }

    @Test
    void personalisedPageRankOnOneSharedPhoneMatchesTheClosedForm() {
        builder.link("f", "phone", "p", 0).link("a", "phone", "p", 0).account("lone");
        IdentityGraph g = builder.build();
        double[] ppr = new PersonalisedPageRank(RULE, 0.85, 30).scores(g, seeds(g, "f"));
        // x_f = 0.85 * (x_f + x_a) / 2 + 0.15 and x_f + x_a = 1: x_f = 0.575, x_a = 0.425; scaled by 3 accounts.
        assertThat(ppr[g.accountIndex("f")]).isCloseTo(3 * 0.575, within(1e-12));
        assertThat(ppr[g.accountIndex("a")]).isCloseTo(3 * 0.425, within(1e-12));
        assertThat(ppr[g.accountIndex("lone")]).isZero();
    }

    @Test
    void pageRankFadesWithDistanceAndIgnoresHubs() {
        builder.link("f", "device", "d1", 0).link("a", "device", "d1", 0)
                .link("a", "phone", "p1", 0).link("b", "phone", "p1", 0);
        for (int i = 0; i < 60; i++) {
            builder.link("hub-user-" + i, "ip", "carrier", 0);
        }
        builder.link("f", "ip", "carrier", 0);
        IdentityGraph g = builder.build();
        double[] ppr = new PersonalisedPageRank(RULE, 0.85, 30).scores(g, seeds(g, "f"));
        assertThat(ppr[g.accountIndex("a")]).isGreaterThan(ppr[g.accountIndex("b")]).isGreaterThan(0);
        assertThat(ppr[g.accountIndex("hub-user-0")]).isZero();
        assertThat(java.util.Arrays.stream(ppr).sum()).isCloseTo(g.accountCount(), within(1e-9));
    }

    @Test
    void hopsCountSharedIdentifiersToTheNearestFraud() {
        IdentityGraph g = builder.link("f", "device", "d1", 0).link("a", "device", "d1", 0)
                .link("a", "phone", "p1", 0).link("b", "phone", "p1", 0)
                .link("b", "email", "e1", 0).link("c", "email", "e1", 0)
                .link("x", "email", "own", 0).build();
        int[] hops = new FraudDistance(RULE, 2).hops(g, seeds(g, "f"));
        assertThat(hops[g.accountIndex("f")]).isZero();
        assertThat(hops[g.accountIndex("a")]).isEqualTo(1);
        assertThat(hops[g.accountIndex("b")]).isEqualTo(2);
        assertThat(hops[g.accountIndex("c")]).as("beyond max hops").isEqualTo(3);
        assertThat(hops[g.accountIndex("x")]).isEqualTo(3);
    }

    @Test
    void jaccardAndAdamicAdarToTheMostSimilarFraudAccount() {
        IdentityGraph g = builder.link("f", "phone", "p", 0).link("a", "phone", "p", 0).link("a", "email", "own", 0)
                .link("b", "email", "other", 0).build();
        FraudSimilarity.Scores s = new FraudSimilarity(50).scores(g, seeds(g, "f"));
        // a has {p, own}, f has {p}: 1 shared of 2 in the union; p is used by 2 accounts.
        assertThat(s.jaccard()[g.accountIndex("a")]).isCloseTo(0.5, within(1e-12));
        assertThat(s.adamicAdar()[g.accountIndex("a")]).isCloseTo(1 / Math.log(2), within(1e-12));
        assertThat(s.jaccard()[g.accountIndex("b")]).isZero();
        assertThat(s.jaccard()[g.accountIndex("f")]).as("not similar to itself").isZero();
    }

    @Test
    void velocityCountsNewUsersOfAnIdentifierInTheWindowEndingAtTheGivenTime() {
        IdentityGraph g = builder.link("a", "device", "d", 0).link("b", "device", "d", HOUR / 2)
                .link("c", "device", "d", 2 * HOUR).link("late", "device", "d", 30 * HOUR).build();
        Velocity v = new Velocity(g);
        assertThat(v.maxNewAccounts(g.accountIndex("a"), 2 * HOUR, HOUR)).isEqualTo(1);
        assertThat(v.maxNewAccounts(g.accountIndex("a"), 2 * HOUR, 24 * HOUR)).isEqualTo(3);
        assertThat(v.maxNewAccounts(g.accountIndex("a"), 31 * HOUR, 24 * HOUR)).as("only the late one in (7h, 31h]").isEqualTo(1);
    }

    @Test
    void leidenSeparatesTwoCliquesJoinedByOneEdge() {
        // nodes 0-4 and 5-9 are cliques; one edge 4-5 joins them
        java.util.List<int[]> edges = new java.util.ArrayList<>();
        for (int base : new int[]{0, 5}) {
            for (int i = 0; i < 5; i++) {
                for (int j = i + 1; j < 5; j++) {
                    edges.add(new int[]{base + i, base + j});
                }
            }
        }
        edges.add(new int[]{4, 5});
        int[] from = edges.stream().mapToInt(e -> e[0]).toArray();
        int[] to = edges.stream().mapToInt(e -> e[1]).toArray();
        double[] w = new double[from.length];
        java.util.Arrays.fill(w, 1);
        int[] c = new LeidenCommunities(1.0, 42).cluster(10, from, to, w);
        assertThat(c[0]).isEqualTo(c[4]).isNotEqualTo(c[5]);
        assertThat(c[5]).isEqualTo(c[9]);
    }
}
