package org.ringscope.features;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ringscope.core.Settings;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.rings.RingDetector;
import org.ringscope.features.rings.RingProfiler;
import org.ringscope.features.rings.RingResult;
import org.ringscope.features.rings.RingSettings;
import org.ringscope.features.store.RingWriter;
import org.ringscope.features.store.SnapshotReader;
import org.ringscope.ingest.Ingest;
import org.ringscope.ingest.ProgressFactory;
import org.ringscope.store.Neo4jStore;
import org.ringscope.store.TestStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RingsInStoreTest {
    @TempDir
    Path dir;

    @Test
    void ringsFoundInTheIngestedGraphAreWrittenBackAndReplacedOnTheNextRun() throws Exception {
        Neo4jStore store = TestStore.get();
        Settings settings = TestStore.emptyStoreWithDataDir(dir, Map.of());
        StringBuilder csv = new StringBuilder("event_id,ts,account_id,type,device_id,phone,ip\n");
        for (int i = 0; i < 6; i++) {   // six accounts on one phone: a ring
            csv.append("r").append(i).append(",2026-02-01T10:0").append(i).append(":00Z,ring-acct-").append(i)
                    .append(",signup,dev-r").append(i).append(",+1 415 555 0199,10.1.1.").append(i).append('\n');
        }
        for (int i = 0; i < 3; i++) {   // three strangers sharing nothing but the ring's IP /24
            csv.append("s").append(i).append(",2026-02-02T10:00:00Z,solo-").append(i).append(",signup,dev-s").append(i)
                    .append(",+1 415 555 01").append(10 + i).append(",10.1.1.").append(100 + i).append('\n');
        }
        new Ingest(store, settings).events(Files.writeString(dir.resolve("e.csv"), csv), ProgressFactory.SILENT);

        IdentityGraph graph = SnapshotReader.read(store, settings.kinds());
        assertThat(graph.accountCount()).isEqualTo(9);
        assertThat(graph.linkCount()).as("device, phone, ip, ip prefix per account").isEqualTo(36);
        int ring0 = graph.accountIndex("ring-acct-0");
        assertThat(ring0).isNotNegative();
        int sharedPhone = -1;
        for (int i = 0; i < graph.identifierCount(); i++) {
            if (graph.identifierKind(i).name().equals("phone") && graph.degree(i) > 1) {
                assertThat(sharedPhone).as("one shared phone").isEqualTo(-1);
                sharedPhone = i;
            }
        }
        assertThat(graph.degree(sharedPhone)).isEqualTo(6);
        for (int link = 0; link < graph.linkCount(); link++) {
            if (graph.linkIdentifier(link) == sharedPhone) {
                String account = graph.accountId(graph.linkAccount(link));
                int minute = Integer.parseInt(account.substring("ring-acct-".length()));
                assertThat(graph.linkFirstSeen(link)).as("first use of the phone by " + account)
                        .isEqualTo(Instant.parse("2026-02-01T10:0" + minute + ":00Z").toEpochMilli());
            }
        }

        RingResult result = new RingDetector(RingSettings.defaults()).detect(graph);
        var profiles = new RingProfiler().profile(graph, SnapshotReader.readFacts(store, graph), result.rings());
        RingWriter.replace(store, result.rings(), profiles, "test", Instant.parse("2026-02-03T00:00:00Z"));
        RingWriter.replace(store, result.rings(), profiles, "test", Instant.parse("2026-02-04T00:00:00Z"));

        try (var session = store.session()) {
            var ring = session.run("""
                    MATCH (r:Ring)<-[:MEMBER_OF]-(a:Account)
                    RETURN r.id AS id, r.size AS size, count(a) AS members, toString(r.detected_at) AS at,
                           r.binding_kinds AS kinds, r.typology AS typology, r.explanation AS explanation,
                           toString(r.first_seen) AS first, r.risk AS risk""").single();
            assertThat(ring.get("size").asInt()).isEqualTo(6);
            assertThat(ring.get("members").asInt()).isEqualTo(6);
            assertThat(ring.get("at").asString()).startsWith("2026-02-04");
            assertThat(ring.get("kinds").asList()).containsExactly("phone");
            assertThat(ring.get("typology").asString()).as("opened within minutes").isEqualTo("synthetic_identity");
            assertThat(ring.get("explanation").asString()).startsWith("6 accounts share phone #")
                    .contains("opened within 0 h").endsWith("0 confirmed fraud");
            assertThat(ring.get("first").asString()).startsWith("2026-02-01T10:00");
            assertThat(ring.get("risk").asDouble()).isBetween(0.5, 1.0);
        }
    }
}
