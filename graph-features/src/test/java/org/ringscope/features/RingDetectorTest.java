package org.ringscope.features;

import org.junit.jupiter.api.Test;
import org.ringscope.core.IdentifierKinds;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.rings.Ring;
import org.ringscope.features.rings.RingDetector;
import org.ringscope.features.rings.RingEvaluation;
import org.ringscope.features.rings.RingResult;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RingDetectorTest {
    private final IdentityGraph.Builder graph = IdentityGraph.builder(IdentifierKinds.defaults());

    @Test
    void accountsSharingAPhoneFormOneRingBoundByThatPhone() {
        for (String a : List.of("r1", "r2", "r3", "r4", "r5")) {
            graph.link(a, "phone", "p-shared", 0).link(a, "email", "e-" + a, 0);
        }
        RingResult result = new RingDetector(50, 5).detect(graph.build());

        assertThat(result.rings()).hasSize(1);
        Ring ring = result.rings().get(0);
        assertThat(ring.members()).containsExactly("r1", "r2", "r3", "r4", "r5");
        assertThat(ring.bindings()).containsExactly(new Ring.Binding("phone", "p-shared", 5));
    }

    @Test
    void aHubLinksNobody() {
        // 60 strangers behind one carrier IP, plus a real ring of 5 that also uses it.
        for (int i = 0; i < 60; i++) {
            graph.link("s" + i, "ip", "carrier-nat", 0);
        }
        for (int i = 0; i < 5; i++) {
            graph.link("r" + i, "ip", "carrier-nat", 0).link("r" + i, "device", "farm-device", 0);
        }
        RingResult result = new RingDetector(50, 5).detect(graph.build());

        assertThat(result.rings()).singleElement().satisfies(r -> assertThat(r.members()).hasSize(5).allMatch(m -> m.startsWith("r")));
        assertThat(result.components().hubsSkipped()).isEqualTo(1);

        RingResult permissive = new RingDetector(100, 5).detect(graph.build());
        assertThat(permissive.rings()).singleElement().satisfies(r -> assertThat(r.size()).isEqualTo(65));
    }

    @Test
    void aChainWhereEachPairSharesADifferentIdentifierIsOneRing() {
        graph.link("m1", "device", "d1", 0).link("m2", "device", "d1", 0)
                .link("m2", "phone", "p1", 0).link("m3", "phone", "p1", 0)
                .link("m3", "email", "e1", 0).link("m4", "email", "e1", 0)
                .link("m4", "card", "c1", 0).link("m5", "card", "c1", 0)
                .link("m5", "address", "a1", 0).link("m6", "address", "a1", 0);
        RingResult result = new RingDetector(50, 5).detect(graph.build());
        assertThat(result.rings()).singleElement().satisfies(r -> {
            assertThat(r.members()).containsExactly("m1", "m2", "m3", "m4", "m5", "m6");
            assertThat(r.bindings()).extracting(Ring.Binding::kind)
                    .containsExactlyInAnyOrder("device", "phone", "email", "card", "address");
        });
    }

    @Test
    void smallGroupsAndNonLinkingKindsMakeNoRing() {
        // A household of three at one address, and eight accounts in one IP /24 (the prefix kind does not link).
        for (String a : List.of("h1", "h2", "h3")) {
            graph.link(a, "address", "home", 0);
        }
        for (int i = 0; i < 8; i++) {
            graph.link("n" + i, "ip_prefix", "203.0.113.0/24", 0).link("n" + i, "ip", "ip-" + i, 0);
        }
        assertThat(new RingDetector(50, 5).detect(graph.build()).rings()).isEmpty();
        assertThat(new RingDetector(50, 3).detect(graph.build()).rings()).singleElement()
                .satisfies(r -> assertThat(r.members()).containsExactly("h1", "h2", "h3"));
    }

    @Test
    void ringIdsDependOnTheSmallestMemberOnly() {
        for (String a : List.of("r1", "r2", "r3", "r4", "r5")) {
            graph.link(a, "phone", "p", 0);
        }
        String before = new RingDetector(50, 5).detect(graph.build()).rings().get(0).id();
        graph.link("r6", "phone", "p", 0);
        String after = new RingDetector(50, 5).detect(graph.build()).rings().get(0).id();
        assertThat(after).isEqualTo(before).startsWith("ring-");
    }

    @Test
    void evaluationCountsPlantedMembersFoundAndDetectedMembersPlanted() {
        for (String a : List.of("r1", "r2", "r3", "r4", "x1")) {
            graph.link(a, "phone", "p", 0);
        }
        RingResult result = new RingDetector(50, 5).detect(graph.build());
        RingEvaluation e = RingEvaluation.of(result.rings(),
                Map.of("r1", "mule", "r2", "mule", "r3", "mule", "r4", "mule", "lost", "synthetic"));
        assertThat(e.recall()).isEqualTo(4.0 / 5);
        assertThat(e.precision()).isEqualTo(4.0 / 5);
        assertThat(e.recallByTypology().get("synthetic")).containsExactly(0, 1);
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> new RingDetector(1, 5)).hasMessageContaining("hub degree");
        assertThatThrownBy(() -> new RingDetector(50, 1)).hasMessageContaining("at least 2");
    }
}
