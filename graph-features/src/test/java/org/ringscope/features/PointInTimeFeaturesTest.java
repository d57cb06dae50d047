package org.ringscope.features;

import org.junit.jupiter.api.Test;
import org.ringscope.core.IdentifierKinds;
import org.ringscope.features.accounts.AccountFeatures;
import org.ringscope.features.accounts.FeatureTable;
import org.ringscope.features.graph.AccountFacts;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.graph.LabelHistory;
import org.ringscope.features.rings.RingSettings;

import static org.assertj.core.api.Assertions.assertThat;

class PointInTimeFeaturesTest {
    private static final long DAY = 86_400_000L;
    private final IdentityGraph graph = IdentityGraph.builder(IdentifierKinds.defaults())
            .link("f", "phone", "p", 10 * DAY).link("a", "phone", "p", 11 * DAY)
            .link("a", "device", "d", 11 * DAY).link("late", "device", "d", 30 * DAY)
            .link("f", "email", "ef", 10 * DAY).link("a", "email", "ea", 11 * DAY).build();

    private FeatureTable featuresAsOf(long asOf, LabelHistory labels) {
        IdentityGraph then = graph.asOf(asOf);
        return new AccountFeatures(RingSettings.defaults())
                .compute(then, AccountFacts.fromGraph(then, labels.asOf(then, asOf)), asOf).features();
    }

    @Test
    void aLabelGivenAfterTheMomentChangesNothing() {
        LabelHistory withLaterLabel = new LabelHistory().add("f", 20 * DAY, "fraud");
        FeatureTable before = featuresAsOf(15 * DAY, withLaterLabel);
        FeatureTable unlabelled = featuresAsOf(15 * DAY, new LabelHistory());

        for (String name : before.names()) {
            assertThat(before.column(name)).as(name).containsExactly(unlabelled.column(name));
        }
        int a = graph.accountIndex("a");
        assertThat(before.value("fraud_hops", a)).as("no fraud known yet").isEqualTo(5);
        assertThat(featuresAsOf(25 * DAY, withLaterLabel).value("fraud_hops", a)).isEqualTo(1);
        assertThat(featuresAsOf(25 * DAY, withLaterLabel).value("fraud_neighbour_share", a)).isEqualTo(1.0);
    }

    @Test
    void aLinkFirstSeenAfterTheMomentChangesNothing() {
        int a = graph.accountIndex("a");
        assertThat(featuresAsOf(25 * DAY, new LabelHistory()).value("linked_accounts", a)).as("f only").isEqualTo(1);
        assertThat(featuresAsOf(31 * DAY, new LabelHistory()).value("linked_accounts", a)).as("f and late").isEqualTo(2);
        assertThat(featuresAsOf(12 * DAY, new LabelHistory()).value("velocity_7d", a)).as("f and a on the phone").isEqualTo(2);
    }
}
