package org.ringscope.gnn.accounts;

import org.junit.jupiter.api.Test;
import org.ringscope.core.IdentifierKinds;
import org.ringscope.features.accounts.AccountFeatures;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.graph.LabelHistory;
import org.ringscope.features.rings.RingSettings;

import static org.assertj.core.api.Assertions.assertThat;

class LabelledAccountsTest {
    private static final long DAY = 86_400_000L;

    /** Ten pairs of accounts sharing a phone; the first of each pair labelled on day 20 + pair, fraud if even. */
    private static IdentityGraph pairs(LabelHistory labels) {
        IdentityGraph.Builder b = IdentityGraph.builder(IdentifierKinds.defaults());
        for (int p = 0; p < 10; p++) {
            b.link("a" + p, "phone", "phone" + p, DAY).link("b" + p, "phone", "phone" + p, 2 * DAY);
            labels.add("a" + p, (20 + p) * DAY, p % 2 == 0 ? "fraud" : "legit");
        }
        b.link("late", "phone", "phone0", 40 * DAY);
        return b.build();
    }

    @Test
    void splitsLabelsByTimeAndComputesInputsAsOfTheFirstTestLabel() {
        LabelHistory labels = new LabelHistory();
        IdentityGraph full = pairs(labels);
        LabelledAccounts.Split split = split(full, labels);

        assertThat(split.cutoff()).isEqualTo(28 * DAY);
        int[] train = indices(split.train());
        assertThat(train).hasSize(6);
        assertThat(indices(split.val())).hasSize(2);
        assertThat(indices(split.test())).hasSize(2);
        assertThat(split.labels()[full.accountIndex("a8")]).isEqualTo(1);
        assertThat(split.test()[full.accountIndex("a8")]).isTrue();
        // the account first seen after the cut-off is not in the inputs' graph
        int late = full.accountIndex("late");
        assertThat(split.graph().linksFrom(late)).isEqualTo(split.graph().linksTo(late));
    }

    @Test
    void noTrainingAccountsFeaturesSeeItsOwnLabelButOthersDo() {
        LabelHistory labels = new LabelHistory();
        IdentityGraph full = pairs(labels);
        LabelledAccounts.Split split = split(full, labels);
        double[] hops = split.features().column("fraud_hops");
        int a0 = full.accountIndex("a0");
        assertThat(split.train()[a0]).isTrue();
        assertThat(hops[a0]).as("a0's own fraud label is hidden from its features").isEqualTo(AccountFeatures.UNREACHABLE_HOPS);
        assertThat(hops[full.accountIndex("b0")]).as("b0 is not labelled: it sees a0's label").isEqualTo(1);
        assertThat(hops[full.accountIndex("a8")]).as("a test account's label is in the future").isEqualTo(AccountFeatures.UNREACHABLE_HOPS);
        assertThat(split.input().featureNames()).startsWith(AccountGraphInput.AGE).contains("fraud_ppr");
        assertThat(split.input().relationNames()).contains("phone", "device", "email");
    }

    @Test
    void aTrainingAccountsLabelReachesNoNeighbourItIsComputedWith() {
        LabelHistory labels = new LabelHistory();
        IdentityGraph full = pairs(labels);
        LabelledAccounts.Split split = split(full, labels);
        int a0 = full.accountIndex("a0");
        int b0 = full.accountIndex("b0");
        int hops = split.input().featureNames().indexOf("fraud_hops");
        assertThat(split.input().feature(b0, hops)).as("served inputs: b0 sees a0's label").isEqualTo(1f);
        assertThat(split.training().inputOf(a0).feature(b0, hops))
                .as("b0 as a0 is trained on: a0's label is hidden from its neighbour too")
                .isEqualTo((float) AccountFeatures.UNREACHABLE_HOPS);
        assertThat(split.training().inputOf(b0)).as("b0 is not labelled: it reads the served inputs")
                .isSameAs(split.input());
        int otherFold = 1 - split.training().viewOf()[a0];
        assertThat(split.training().views().get(otherFold).feature(b0, hops))
                .as("the other fold's view knows a0's label").isEqualTo(1f);
    }

    @Test
    void ownRowsAreTheBoostersTable() {
        LabelHistory labels = new LabelHistory();
        IdentityGraph full = pairs(labels);
        LabelledAccounts.Split split = split(full, labels);
        int hops = split.input().featureNames().indexOf("fraud_hops");
        for (int a = 0; a < full.accountCount(); a++) {
            assertThat(split.training().ownRows().feature(a, hops)).isEqualTo(
                    (float) split.features().column("fraud_hops")[a]);
        }
        assertThat(split.input().relationNames()).contains("phone", "device", "email");
    }

    /** Two folds, seed 1; 60 % of the labels train, 20 % validate, the newest 20 % test. */
    private static LabelledAccounts.Split split(IdentityGraph full, LabelHistory labels) {
        return new LabelledAccounts(RingSettings.defaults(), 2, 1).split(full, labels, 50 * DAY, 0.6, 0.2);
    }

    private static int[] indices(boolean[] mask) {
        return java.util.stream.IntStream.range(0, mask.length).filter(i -> mask[i]).toArray();
    }
}
