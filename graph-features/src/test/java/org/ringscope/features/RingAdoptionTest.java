package org.ringscope.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ringscope.core.IdentifierKinds;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.rings.Ring;
import org.ringscope.features.rings.RingDetector;
import org.ringscope.features.rings.RingSettings;

class RingAdoptionTest {
    private static final long DAY = 86_400_000L;
    private static final RingSettings DEFAULTS = RingSettings.defaults();
    private final IdentityGraph.Builder graph = IdentityGraph.builder(IdentifierKinds.defaults());

    /** Five accounts on one phone from day 0; each has its own flat and home network. */
    private void crew() {
        for (int i = 1; i <= 5; i++) {
            graph.link("r" + i, "phone", "crew-phone", 0).link("r" + i, "address", "flat-" + i, 0)
                    .link("r" + i, "ip", "home-ip-" + i, 0);
        }
    }

    private List<Ring> rings(RingSettings settings) {
        return new RingDetector(settings).detect(graph.build()).rings();
    }

    @Test
    void anAccountThatLaterTakesUpAMembersAddressJoinsTheRing() {
        crew();
        graph.link("mule", "email", "own-email", 10 * DAY).link("mule", "address", "flat-3", 40 * DAY);

        assertThat(rings(DEFAULTS)).singleElement().satisfies(r -> {
            assertThat(r.members()).containsExactly("mule", "r1", "r2", "r3", "r4", "r5");
            assertThat(r.bindings()).contains(new Ring.Binding("address", "flat-3", 2));
            assertThat(r.adopted()).containsExactly("mule");
        });
        assertThat(rings(DEFAULTS.withAdoption(RingSettings.Adoption.none())))
                .singleElement().satisfies(r -> assertThat(r.members()).doesNotContain("mule"));
    }

    @Test
    void aHousemateWhoLivedThereFromTheFirstDayIsNotDrawnIn() {
        crew();
        // Moved in with r2 on the day the account opened: that is a household, not an adoption.
        graph.link("partner", "address", "flat-2", 50 * DAY).link("partner", "ip", "home-ip-2", 50 * DAY);
        assertThat(rings(DEFAULTS)).singleElement().satisfies(r -> assertThat(r.members()).doesNotContain("partner"));
    }

    @Test
    void onlyIdentifiersTheRingHadFirstAndOfTheAdoptionKindsWithFewUsersCount() {
        crew();
        // used the address before the member did
        graph.link("earlier", "email", "e-earlier", -30 * DAY).link("earlier", "address", "flat-1", -10 * DAY);
        // a café's network: four users, more than a home has
        graph.link("venue-1", "email", "e-v1", 0).link("venue-1", "ip", "cafe", 20 * DAY);
        graph.link("venue-2", "email", "e-v2", 0).link("venue-2", "ip", "cafe", 20 * DAY);
        graph.link("venue-3", "email", "e-v3", 0).link("venue-3", "ip", "cafe", 20 * DAY);
        graph.link("r4", "ip", "cafe", 5 * DAY);
        assertThat(rings(DEFAULTS)).singleElement()
                .satisfies(r -> assertThat(r.members()).containsExactly("r1", "r2", "r3", "r4", "r5"));
    }

    @Test
    void aChainOfRecruitsJoinsOneLinkAtATime() {
        crew();
        graph.link("m1", "email", "e-m1", 10 * DAY).link("m1", "card", "card-of-r5", 30 * DAY);
        graph.link("r5", "card", "card-of-r5", 0);
        graph.link("m1", "address", "flat-m1", 10 * DAY);
        graph.link("m2", "email", "e-m2", 20 * DAY).link("m2", "address", "flat-m1", 60 * DAY);
        graph.link("m3", "email", "e-m3", 25 * DAY).link("m3", "ip", "home-ip-m2", 90 * DAY);
        graph.link("m2", "ip", "home-ip-m2", 20 * DAY);

        assertThat(rings(DEFAULTS)).singleElement()
                .satisfies(r -> assertThat(r.members()).contains("m1", "m2", "m3").hasSize(8));
    }

    @Test
    void anAdopterTiedToTwoRingsJoinsTheOneWhoseMemberUsedTheIdentifierFirst() {
        crew();
        for (int i = 1; i <= 5; i++) {
            graph.link("s" + i, "device", "other-crew-device", 0).link("s" + i, "address", "other-flat-" + i, 0);
        }
        graph.link("r1", "card", "shared-card", 20 * DAY).link("s1", "card", "shared-card", 10 * DAY);
        graph.link("x", "email", "e-x", 0).link("x", "card", "shared-card", 30 * DAY);

        List<Ring> rings = rings(DEFAULTS);
        assertThat(rings).hasSize(2);
        assertThat(rings).filteredOn(r -> r.members().contains("s1"))
                .singleElement().satisfies(r -> assertThat(r.members()).contains("x"));
    }
}
