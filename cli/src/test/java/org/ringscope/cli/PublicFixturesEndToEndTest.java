package org.ringscope.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ringscope.core.Settings;
import org.ringscope.datasets.fixtures.DatastaxFraudFixture;
import org.ringscope.datasets.fixtures.Neo4jDemoFraudFixture;
import org.ringscope.datasets.fixtures.SharedData;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.rings.Ring;
import org.ringscope.features.rings.RingDetector;
import org.ringscope.features.rings.RingSettings;
import org.ringscope.features.store.SnapshotReader;
import org.ringscope.ingest.Ingest;
import org.ringscope.ingest.IngestReport;
import org.ringscope.ingest.ProgressFactory;
import org.ringscope.store.Neo4jStore;
import org.ringscope.store.TestStore;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole path (fixture mapping, ingest, snapshot, rings) on public data nobody here wrote. */
class PublicFixturesEndToEndTest {
    @TempDir
    Path dir;
    private final Neo4jStore store = TestStore.get();
    private Settings settings;

    @BeforeEach
    void emptyStore() {
        settings = TestStore.emptyStoreWithDataDir(dir, Map.of());
    }

    @Test
    void datastaxCustomersWhoShareADeviceEndInOneRing() throws Exception {
        DatastaxFraudFixture.convert(SharedData.fixture(SharedData.DATASTAX_FRAUD), dir);
        load();
        List<Ring> rings = new RingDetector(RingSettings.defaults()).detect(SnapshotReader.read(store, settings.kinds())).rings();

        // sessions.csv + customerSessions.csv: device 30000000-0000-0000-0015-000000000004 was used by
        // customers ...03 and ...15 to ...24 (11 customers).
        List<String> sharedDevice = IntStream.of(3, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24)
                .mapToObj(i -> String.format("10000000-0000-0000-0000-%012d", i)).toList();
        assertThat(rings).anySatisfy(r -> assertThat(r.members()).containsAll(sharedDevice));
        // Customer ...01 (the clean scenario) shares nothing with anyone.
        assertThat(rings).noneSatisfy(r -> assertThat(r.members()).contains("10000000-0000-0000-0000-000000000001"));
    }

    @Test
    void neo4jDemoCustomersWhoShareNothingAreInNoRingAndEveryRingIsHeldByWhatItsMembersShare() throws Exception {
        Neo4jDemoFraudFixture.convert(SharedData.fixture(SharedData.NEO4J_DEMO_FRAUD), dir);
        load();
        IdentityGraph graph = SnapshotReader.read(store, settings.kinds());
        List<Ring> rings = new RingDetector(RingSettings.defaults().withMinSize(2)).detect(graph).rings();
        Set<String> inRings = new HashSet<>();
        rings.forEach(r -> inRings.addAll(r.members()));

        Set<Integer> sharing = new HashSet<>();
        for (int link = 0; link < graph.linkCount(); link++) {
            if (graph.degree(graph.linkIdentifier(link)) > 1 && graph.identifierKind(graph.linkIdentifier(link)).links()) {
                sharing.add(graph.linkAccount(link));
            }
        }
        assertThat(graph.accountCount()).isEqualTo(74);
        assertThat(sharing).as("some customers share identifiers").isNotEmpty();
        assertThat(rings).as("customers sharing phones and e-mails form rings").isNotEmpty();
        for (int a = 0; a < graph.accountCount(); a++) {
            if (!sharing.contains(a)) {
                assertThat(inRings).as("%s shares nothing", graph.accountId(a)).doesNotContain(graph.accountId(a));
            }
        }
        // Every ring is held together by identifiers its own members share.
        assertThat(rings).allSatisfy(r -> assertThat(r.bindings()).isNotEmpty()
                .allSatisfy(b -> assertThat(b.members()).isBetween(2, r.size())));
    }

    private void load() throws Exception {
        Ingest ingest = new Ingest(store, settings);
        IngestReport events = ingest.events(dir.resolve("events.csv"), ProgressFactory.SILENT);
        IngestReport labels = ingest.labels(dir.resolve("labels.csv"), ProgressFactory.SILENT);
        assertThat(events.refused()).as(events.summary()).isZero();
        assertThat(labels.refused()).as(labels.summary()).isZero();
    }
}
