package org.ringscope.features;

import org.junit.jupiter.api.Test;
import org.ringscope.core.IdentifierKinds;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.rings.Ring;
import org.ringscope.features.rings.RingDetector;
import org.ringscope.features.rings.RingEvaluation;
import org.ringscope.features.rings.RingResult;
import org.ringscope.features.rings.RingSettings;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RingDetectorTest {
    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;
    private static final RingSettings DEFAULTS = RingSettings.defaults();
    private final IdentityGraph.Builder graph = IdentityGraph.builder(IdentifierKinds.defaults());

    private RingResult detect(RingSettings settings) {
        return new RingDetector(settings).detect(graph.build());
    }

    @Test
    void accountsSharingAPhoneFormOneRingBoundByThatPhone() {
        for (String a : List.of("r1", "r2", "r3", "r4", "r5")) {
            graph.link(a, "phone", "p-shared", 0).link(a, "email", "e-" + a, 0);
        }
        RingResult result = detect(DEFAULTS);

        assertThat(result.rings()).hasSize(1);
        Ring ring = result.rings().get(0);
        assertThat(ring.members()).containsExactly("r1", "r2", "r3", "r4", "r5");
        assertThat(ring.bindings()).containsExactly(new Ring.Binding("phone", "p-shared", 5));
    }

    @Test
    void aHubLinksNobodyAndWeakSharingDoesNotLinkStrangersEvenBelowTheHubDegree() {
        // 60 strangers behind one carrier IP, plus a real ring of 5 that also uses it.
        for (int i = 0; i < 60; i++) {
            graph.link("s" + i, "ip", "carrier-nat", i * DAY);
        }
        for (int i = 0; i < 5; i++) {
            graph.link("r" + i, "ip", "carrier-nat", 0).link("r" + i, "device", "farm-device", 0);
        }
        RingResult result = detect(DEFAULTS);
        assertThat(result.rings()).singleElement().satisfies(r -> assertThat(r.members()).hasSize(5).allMatch(m -> m.startsWith("r")));
        assertThat(result.hubsSkipped()).isEqualTo(1);

        // Without the cap the IP is evidence, but an IP shared by 65 says almost nothing about any pair.
        RingResult permissive = detect(DEFAULTS.withHubDegree(100));
        assertThat(permissive.hubsSkipped()).isZero();
        assertThat(permissive.rings()).singleElement().satisfies(r -> assertThat(r.size()).isEqualTo(5));
    }

    @Test
    void aChainOfPersonalIdentifiersIsOneRingButSharingOnlyAnAddressDrawsNobodyIn() {
        graph.link("m1", "device", "d1", 0).link("m2", "device", "d1", 30 * DAY)
                .link("m2", "phone", "p1", 0).link("m3", "phone", "p1", 60 * DAY)
                .link("m3", "email", "e1", 0).link("m4", "email", "e1", 90 * DAY)
                .link("m4", "card", "c1", 0).link("m5", "card", "c1", 120 * DAY)
                .link("m5", "address", "a1", 0).link("m6", "address", "a1", 150 * DAY);
        assertThat(detect(DEFAULTS).rings()).singleElement().satisfies(r -> {
            assertThat(r.members()).containsExactly("m1", "m2", "m3", "m4", "m5");
            assertThat(r.bindings()).extracting(Ring.Binding::kind)
                    .containsExactlyInAnyOrder("device", "phone", "email", "card");
        });
    }

    @Test
    void aHouseholdSharingAddressIpTabletAndCardIsNotARingButTheSameSixJoiningWithinHoursIs() {
        for (int i = 0; i < 6; i++) {
            long joined = i * 30 * DAY;
            graph.link("h" + i, "address", "home", joined).link("h" + i, "ip", "home-ip", joined)
                    .link("h" + i, "device", "family-tablet", joined).link("h" + i, "card", "family-card", joined);
            long burst = i * HOUR;
            graph.link("b" + i, "address", "drop", burst).link("b" + i, "ip", "proxy", burst)
                    .link("b" + i, "device", "farm", burst).link("b" + i, "card", "stolen", burst);
        }
        assertThat(detect(DEFAULTS.withMinSize(2)).rings()).singleElement()
                .satisfies(r -> assertThat(r.members()).allMatch(m -> m.startsWith("b")));
    }

    @Test
    void aDeviceSharedByStrangersWithinHoursIsARingButSpreadOverMonthsOnOneNetworkItIsNot() {
        for (int i = 0; i < 5; i++) {
            graph.link("burst" + i, "device", "farm", i * HOUR).link("burst" + i, "ip", "shop-wifi", i * HOUR);
            graph.link("slow" + i, "device", "shop-tablet", i * 40 * DAY).link("slow" + i, "ip", "cafe-wifi", i * 40 * DAY);
        }
        assertThat(detect(DEFAULTS).rings()).singleElement()
                .satisfies(r -> assertThat(r.members()).allMatch(m -> m.startsWith("burst")));
    }

    @Test
    void aDeviceSharedAwayFromHomeTiesStrangersEvenMonthsApart() {
        // Five people on one device from five homes and five networks (a recruiter's phone, a crew's laptop) ...
        for (int i = 0; i < 5; i++) {
            graph.link("away" + i, "device", "recruiters-phone", i * 40 * DAY)
                    .link("away" + i, "ip", "home-" + i, 0);
        }
        // ... and five on one tablet on one network (a shop's, its wifi): the same device evidence, explained.
        for (int i = 0; i < 5; i++) {
            graph.link("shop" + i, "device", "counter-tablet", i * 40 * DAY).link("shop" + i, "ip", "shop-wifi", i * 40 * DAY);
        }
        assertThat(detect(DEFAULTS).rings()).singleElement()
                .satisfies(r -> assertThat(r.members()).allMatch(m -> m.startsWith("away")));
        assertThat(detect(DEFAULTS.withAwayFactor(1)).rings()).as("without the away factor, only months-apart sharing")
                .isEmpty();
    }

    @Test
    void aPeripheralMemberOnTheCrewsDeviceJoinsTheCore() {
        for (String a : List.of("c1", "c2", "c3", "c4")) {
            graph.link(a, "phone", "burner", 0);
        }
        for (String a : List.of("c1", "c2", "c3", "peripheral")) {
            graph.link(a, "device", "crew-device", a.equals("peripheral") ? 90 * DAY : 0);
        }
        graph.link("peripheral", "email", "own", 0);
        assertThat(detect(DEFAULTS).rings()).singleElement()
                .satisfies(r -> assertThat(r.members()).containsExactly("c1", "c2", "c3", "c4", "peripheral"));
    }

    @Test
    void threeAccountsOnOnePhoneFromThreeHomesAreARingButAHouseholdOfThreeIsNot() {
        for (String a : List.of("s1", "s2", "s3")) {
            graph.link(a, "phone", "burner", 0).link(a, "address", "home-" + a, 0);
        }
        for (String a : List.of("h1", "h2", "h3")) {
            graph.link(a, "address", "family-home", 0).link(a, "ip", "family-router", 0)
                    .link(a, "device", "family-tablet", 0).link(a, "phone", "landline", 0);
        }
        assertThat(detect(DEFAULTS).rings()).singleElement()
                .satisfies(r -> assertThat(r.members()).containsExactly("s1", "s2", "s3"));
        assertThat(detect(DEFAULTS.withAwayMinSize(5)).rings()).as("below min size without the away exception").isEmpty();
    }

    @Test
    void twoStrangersOnOneDeviceAreARingButACoupleAtHomeIsNot() {
        graph.link("s1", "device", "passed-on", 0).link("s1", "address", "home-s1", 0).link("s1", "ip", "net-s1", 0);
        graph.link("s2", "device", "passed-on", 0).link("s2", "address", "home-s2", 0).link("s2", "ip", "net-s2", 0);
        graph.link("c1", "device", "laptop", 0).link("c1", "address", "flat", 0).link("c1", "ip", "flat-router", 0);
        graph.link("c2", "device", "laptop", 0).link("c2", "address", "flat", 0).link("c2", "ip", "flat-router", 0);

        assertThat(detect(DEFAULTS).rings()).singleElement()
                .satisfies(r -> assertThat(r.members()).containsExactly("s1", "s2"));
        assertThat(detect(DEFAULTS.withAwayMinSize(3)).rings()).as("pairs are below an away minimum of 3").isEmpty();
    }

    @Test
    void aGroupAboveTheMaximumSizeIsSplitIntoItsCommunities() {
        for (int i = 0; i < 8; i++) {
            graph.link("a" + i, "card", "card-a", 0).link("b" + i, "card", "card-b", 0);
        }
        graph.link("a0", "card", "bridge", 0).link("b0", "card", "bridge", 0);
        RingSettings small = RingSettings.defaults().withMaxSize(10);

        RingResult result = detect(small);

        assertThat(result.groupsSplit()).isEqualTo(1);
        assertThat(result.rings()).hasSize(2).allSatisfy(r -> assertThat(r.size()).isEqualTo(8));
        assertThat(result.rings()).anySatisfy(r -> assertThat(r.members()).allMatch(m -> m.startsWith("a")));
        assertThat(detect(DEFAULTS).rings()).singleElement().satisfies(r -> assertThat(r.size()).isEqualTo(16));
    }

    @Test
    void prefixKindsDoNotLink() {
        for (int i = 0; i < 8; i++) {
            graph.link("n" + i, "ip_prefix", "203.0.113.0/24", 0).link("n" + i, "ip", "ip-" + i, 0);
        }
        assertThat(detect(DEFAULTS.withMinSize(2)).rings()).isEmpty();
    }

    @Test
    void ringIdsDependOnTheSmallestMemberOnly() {
        for (String a : List.of("r1", "r2", "r3", "r4", "r5")) {
            graph.link(a, "phone", "p", 0);
        }
        String before = detect(DEFAULTS).rings().get(0).id();
        graph.link("r6", "phone", "p", 0);
        String after = detect(DEFAULTS).rings().get(0).id();
        assertThat(after).isEqualTo(before).startsWith("ring-");
    }

    @Test
    void evaluationCountsPlantedMembersFoundAndDetectedMembersPlanted() {
        for (String a : List.of("r1", "r2", "r3", "r4", "x1")) {
            graph.link(a, "phone", "p", 0);
        }
        RingEvaluation e = RingEvaluation.of(detect(DEFAULTS).rings(),
                Map.of("r1", "mule", "r2", "mule", "r3", "mule", "r4", "mule", "lost", "synthetic"));
        assertThat(e.recall()).isEqualTo(4.0 / 5);
        assertThat(e.precision()).isEqualTo(4.0 / 5);
        assertThat(e.recallByTypology().get("synthetic")).containsExactly(0, 1);
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> DEFAULTS.withHubDegree(1)).hasMessageContaining("hub degree");
        assertThatThrownBy(() -> DEFAULTS.withMinSize(1)).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> RingSettings.defaults().withMaxSize(4)).hasMessageContaining("max ring size");
    }
}
