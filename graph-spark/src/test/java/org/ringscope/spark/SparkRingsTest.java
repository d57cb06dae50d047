package org.ringscope.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ringscope.core.Identifier;
import org.ringscope.core.IdentityEvent;
import org.ringscope.core.RawRecord;
import org.ringscope.core.Settings;
import org.ringscope.datasets.DemoConfig;
import org.ringscope.datasets.DemoGenerator;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.rings.Ring;
import org.ringscope.features.rings.RingDetector;
import org.ringscope.features.rings.RingResult;
import org.ringscope.features.rings.RingSettings;
import org.ringscope.ingest.EventPreparer;
import org.ringscope.ingest.RecordReader;
import org.ringscope.ingest.RowRefusedException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The Spark path against the in-memory detector on the same generated population: the same rings, member for member. */
class SparkRingsTest {
    @TempDir
    static Path dir;
    static SparkSession spark;
    static List<String[]> links;      // one per account and identifier, its first use
    static List<String[]> rawLinks;   // every use, as the Spark job reads them
    static Settings settings;

    @BeforeAll
    static void generateAndStart() throws IOException {
        settings = Settings.of(Map.of());
        DemoGenerator.generate(DemoConfig.defaults(42, 6_000), dir.resolve("demo"));
        rawLinks = uses(dir.resolve("demo").resolve(DemoGenerator.EVENTS_FILE), settings);
        Map<String, String[]> earliest = new java.util.LinkedHashMap<>();
        for (String[] link : rawLinks) {
            earliest.merge(link[0] + ' ' + link[1] + ' ' + link[2], link,
                    (x, y) -> Long.parseLong(x[3]) <= Long.parseLong(y[3]) ? x : y);
        }
        links = new ArrayList<>(earliest.values());
        spark = LocalSpark.start("local[2]", dir.resolve("spark"), 4);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void findsTheSameRingsAsTheInMemoryDetector() {
        RingSettings ringSettings = RingSettings.from(settings);
        Map<String, TreeSet<String>> expected = inMemory(ringSettings);
        assertThat(expected).as("the population has rings to find").hasSizeGreaterThan(3);

        SparkRings.Result result = new SparkRings(ringSettings, settings.kinds(), line -> { }).detect(spark, table());

        assertThat(byRing(result.members())).isEqualTo(expected);
        assertThat(result.rings()).isEqualTo(expected.size());
        assertThat(result.groupsSplit()).isZero();
    }

    @Test
    void splitsGroupsAboveTheMaximumSizeLikeTheInMemoryDetector() {
        RingSettings base = RingSettings.from(settings);
        RingSettings small = base.withMaxSize(12);
        RingResult memory = new RingDetector(small).detect(graph());
        assertThat(memory.groupsSplit()).as("some groups are above 12 accounts").isPositive();

        SparkRings.Result result = new SparkRings(small, settings.kinds(), line -> { }).detect(spark, table());

        assertThat(result.groupsSplit()).isEqualTo(memory.groupsSplit());
        // Every ring is a community cut out of one group the unsplit detector finds.
        Map<String, TreeSet<String>> unsplit = inMemory(base);
        for (TreeSet<String> ring : byRing(result.members()).values()) {
            assertThat(unsplit.values()).anySatisfy(group -> assertThat(group).containsAll(ring));
            assertThat(ring.size()).isGreaterThanOrEqualTo(small.awayMinSize());
        }
    }

    @Test
    void hubsLinkNobody() {
        // Six accounts on one IP and nothing else: below the hub degree they would be one ring; above it, none.
        List<Row> rows = new ArrayList<>();
        for (int a = 0; a < 6; a++) {
            rows.add(RowFactory.create("acc-" + a, "phone", "p-shared", 1_000L * a));
        }
        RingSettings base = RingSettings.from(settings);
        RingSettings lowHub = base.withHubDegree(5);
        Dataset<Row> table = spark.createDataFrame(rows, SparkRings.LINKS);

        assertThat(new SparkRings(base, settings.kinds(), line -> { }).detect(spark, table).rings()).isEqualTo(1);
        SparkRings.Result hubbed = new SparkRings(lowHub, settings.kinds(), line -> { }).detect(spark, table);
        assertThat(hubbed.rings()).isZero();
        assertThat(hubbed.hubsSkipped()).isEqualTo(1);
    }

    private static Map<String, TreeSet<String>> inMemory(RingSettings ringSettings) {
        Map<String, TreeSet<String>> rings = new TreeMap<>();
        for (Ring ring : new RingDetector(ringSettings).detect(graph()).rings()) {
            rings.put(ring.id(), new TreeSet<>(ring.members()));
        }
        return rings;
    }

    private static Map<String, TreeSet<String>> byRing(Dataset<Row> members) {
        Map<String, TreeSet<String>> rings = new TreeMap<>();
        members.collectAsList().forEach(r -> rings.computeIfAbsent(r.getString(1), k -> new TreeSet<>()).add(r.getString(0)));
        return rings;
    }

    private static IdentityGraph graph() {
        IdentityGraph.Builder builder = IdentityGraph.builder(settings.kinds());
        for (String[] l : links) {
            builder.link(l[0], l[1], l[2], Long.parseLong(l[3]));
        }
        return builder.build();
    }

    private static Dataset<Row> table() {
        List<Row> rows = rawLinks.stream().map(l -> RowFactory.create(l[0], l[1], l[2], Long.parseLong(l[3]))).toList();
        return spark.createDataFrame(rows, SparkRings.LINKS);
    }

    /** Every use of an identifier in the events file, prepared (normalised, pseudonymised) as ingest would. */
    private static List<String[]> uses(Path events, Settings settings) throws IOException {
        EventPreparer preparer = EventPreparer.from(settings);
        List<String[]> out = new ArrayList<>();
        try (RecordReader reader = new RecordReader(events)) {
            reader.forEach(new RecordReader.Handler() {
                @Override
                public void row(RawRecord raw) {
                    try {
                        IdentityEvent e = preparer.prepare(raw);
                        for (Identifier id : e.identifiers()) {
                            out.add(new String[]{e.accountId(), id.kind().name(), id.key(), String.valueOf(e.tsMillis())});
                        }
                    } catch (RowRefusedException refused) {
                        // the generator writes a few bad rows on purpose; ingest refuses them too
                    }
                }

                @Override
                public void malformed(long line, String field, String reason) {
                }
            });
        }
        return out;
    }
}
