package org.ringscope.features;

import org.junit.jupiter.api.Test;
import org.ringscope.core.IdentifierKinds;
import org.ringscope.features.graph.AccountFacts;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.rings.Ring;
import org.ringscope.features.rings.RingProfile;
import org.ringscope.features.rings.RingProfiler;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RingProfilerTest {
    private static final long DAY = 86_400_000L;
    private final IdentityGraph.Builder builder = IdentityGraph.builder(IdentifierKinds.defaults());

    @Test
    void aRingOpenedTogetherOnOnePhoneIsSyntheticAndSaysSoInOneSentence() {
        for (int i = 0; i < 5; i++) {
            builder.link("s" + i, "phone", "a1f3c0de", i * DAY).link("s" + i, "device", "9c2e0000", i * DAY);
        }
        IdentityGraph graph = builder.build();
        AccountFacts facts = facts(graph, i -> i * DAY, i -> i == 0 ? AccountFacts.FRAUD : AccountFacts.UNLABELLED);
        Ring ring = new Ring("ring-x", List.of("s0", "s1", "s2", "s3", "s4"),
                List.of(new Ring.Binding("phone", "a1f3c0de", 5), new Ring.Binding("device", "9c2e0000", 5)));

        RingProfile p = new RingProfiler().profile(graph, facts, List.of(ring)).get(0);

        assertThat(p.typology()).isEqualTo("synthetic_identity");
        assertThat(p.fraud()).isEqualTo(1);
        assertThat(p.openedWithinDays()).isCloseTo(4.0, within(1e-9));
        assertThat(p.boundWithinDays()).isCloseTo(4.0, within(1e-9));
        assertThat(p.explanation()).isEqualTo(
                "5 accounts share phone #a1f3 (5) and device #9c2e (5); opened within 4 days, shared links formed within 4 days; 1 confirmed fraud");
        // labels 1/(1+0+1) = 0.5; coordination max(exp(-4/30), exp(-4/7)) = exp(-4/30)
        assertThat(p.risk()).isCloseTo(1 - 0.5 * (1 - 0.8 * Math.exp(-4.0 / 30)), within(1e-9));
    }

    @Test
    void aChainLinkedAfterOpeningIsMulesEvenWhenOpenedTogetherAndARecruitersDeviceSitsInIt() {
        // Opened within 3 days, but their shared links formed weeks later: recruited, not fabricated.
        String[] chain = {"m0", "m1", "m2", "m3", "m4"};
        for (int i = 0; i < chain.length; i++) {
            builder.link(chain[i], "email", "own-" + i, i * DAY);
        }
        builder.link("m0", "phone", "p01", 30 * DAY).link("m1", "phone", "p01", 31 * DAY)
                .link("m1", "card", "c12", 40 * DAY).link("m2", "card", "c12", 41 * DAY)
                .link("m2", "device", "recruiter", 50 * DAY).link("m3", "device", "recruiter", 51 * DAY)
                .link("m4", "device", "recruiter", 52 * DAY);
        IdentityGraph graph = builder.build();
        AccountFacts facts = facts(graph, i -> i * DAY * 3 / 4, i -> AccountFacts.UNLABELLED);
        Ring mules = new Ring("ring-m", List.of(chain), List.of(new Ring.Binding("device", "recruiter", 3),
                new Ring.Binding("phone", "p01", 2), new Ring.Binding("card", "c12", 2)));
        Ring family = new Ring("ring-f", List.of(chain), List.of(new Ring.Binding("device", "recruiter", 3),
                new Ring.Binding("phone", "p01", 2), new Ring.Binding("card", "c12", 4)));

        RingProfile asMules = new RingProfiler().profile(graph, facts, List.of(mules)).get(0);
        RingProfile asFamily = new RingProfiler().profile(graph, facts, List.of(family)).get(0);

        assertThat(asMules.openedWithinDays()).isCloseTo(3.0, within(1e-9));
        assertThat(asMules.boundWithinDays()).isCloseTo(22.0, within(1e-9));
        assertThat(asMules.typology()).as("two of three bindings join two members").isEqualTo("money_mule");
        assertThat(asFamily.typology()).as("one of three").isEqualTo("bust_out");
    }

    @Test
    void theSentenceSaysHowManyJoinedByAdoption() {
        for (int i = 0; i < 5; i++) {
            builder.link("s" + i, "phone", "a1f3c0de", 0);
        }
        builder.link("s4", "address", "flat", 0).link("late", "address", "flat", 40 * DAY);
        IdentityGraph graph = builder.build();
        AccountFacts facts = facts(graph, i -> 0L, i -> AccountFacts.UNLABELLED);
        Ring ring = new Ring("ring-x", List.of("late", "s0", "s1", "s2", "s3", "s4"),
                List.of(new Ring.Binding("phone", "a1f3c0de", 5), new Ring.Binding("address", "f1a7", 2)), List.of("late"));

        assertThat(new RingProfiler().profile(graph, facts, List.of(ring)).get(0).explanation())
                .contains("; 1 joined later by taking up a member's address, network or card; 0 confirmed fraud");
    }

    @Test
    void oldAccountsBoundWithinHoursAreATakeoverAndManyCardsPerMemberAreCardTesting() {
        for (int i = 0; i < 5; i++) {
            builder.link("v" + i, "device", "crew", 200 * DAY + i * 3_600_000L);
            for (int c = 0; c < 4; c++) {
                builder.link("t" + i, "card", "card-" + i + "-" + c, 0);
            }
            builder.link("t" + i, "device", "tester", 0);
        }
        IdentityGraph graph = builder.build();
        AccountFacts facts = facts(graph, i -> graph.accountId(i).startsWith("v") ? i * 40 * DAY : 0, i -> AccountFacts.UNLABELLED);
        Ring takeover = new Ring("ring-v", List.of("v0", "v1", "v2", "v3", "v4"), List.of(new Ring.Binding("device", "crew", 5)));
        Ring testers = new Ring("ring-t", List.of("t0", "t1", "t2", "t3", "t4"), List.of(new Ring.Binding("device", "tester", 5)));

        List<RingProfile> p = new RingProfiler().profile(graph, facts, List.of(takeover, testers));

        assertThat(p.get(0).typology()).isEqualTo("account_takeover");
        assertThat(p.get(1).typology()).isEqualTo("card_testing");
    }

    @Test
    void confirmedFraudRaisesRiskAndClearedMembersLowerIt() {
        for (int i = 0; i < 6; i++) {
            builder.link("m" + i, "phone", "p", i * 60 * DAY);
        }
        IdentityGraph graph = builder.build();
        Ring ring = new Ring("r", List.of("m0", "m1", "m2", "m3", "m4", "m5"), List.of(new Ring.Binding("phone", "p", 6)));
        double none = risk(graph, ring, i -> AccountFacts.UNLABELLED);
        double twoFraud = risk(graph, ring, i -> i < 2 ? AccountFacts.FRAUD : AccountFacts.UNLABELLED);
        double twoFraudTwoCleared = risk(graph, ring, i -> i < 2 ? AccountFacts.FRAUD : i < 4 ? AccountFacts.LEGIT : AccountFacts.UNLABELLED);
        assertThat(twoFraud).isGreaterThan(twoFraudTwoCleared).isGreaterThan(none);
        assertThat(none).isBetween(0.0, 1.0);
    }

    private double risk(IdentityGraph graph, Ring ring, java.util.function.IntFunction<Byte> label) {
        return new RingProfiler().profile(graph, facts(graph, i -> i * 60 * DAY, label), List.of(ring)).get(0).risk();
    }

    private static AccountFacts facts(IdentityGraph graph, java.util.function.IntToLongFunction firstSeen,
                                      java.util.function.IntFunction<Byte> label) {
        AccountFacts facts = AccountFacts.empty(graph.accountCount());
        for (int a = 0; a < graph.accountCount(); a++) {
            facts.firstSeen()[a] = firstSeen.applyAsLong(a);
            facts.lastSeen()[a] = facts.firstSeen()[a] + DAY;
            facts.label()[a] = label.apply(a);
        }
        return facts;
    }
}
