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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
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
    static Path links;          // every use, as `ringscope export-links --events` writes them
    static IdentityGraph graph; // the same file as the in-memory detector sees it (--compare)
    static Settings settings;

    @BeforeAll
    static void generateAndStart() throws IOException {
        settings = Settings.of(Map.of());
        DemoGenerator.generate(DemoConfig.defaults(42, 6_000), dir.resolve("demo"));
        links = writeLinks(dir.resolve("demo").resolve(DemoGenerator.EVENTS_FILE), dir.resolve("links.csv"));
        graph = LinksFile.read(links, settings.kinds());
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
        assertThat(inMemory(ringSettings.withAdoption(RingSettings.Adoption.none())))
                .as("some accounts join a ring by adoption, so both paths apply it").isNotEqualTo(expected);

        SparkRings.Result result = new SparkRings(ringSettings, settings.kinds(), line -> { }).detect(spark, table());

        assertThat(byRing(result.members())).isEqualTo(expected);
        assertThat(result.rings()).isEqualTo(expected.size());
        assertThat(result.groupsSplit()).isZero();
    }

    @Test
    void splitsGroupsAboveTheMaximumSizeLikeTheInMemoryDetector() {
        RingSettings base = RingSettings.from(settings);
        RingSettings small = base.withMaxSize(12);
        RingResult memory = new RingDetector(small).detect(graph);
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
        for (Ring ring : new RingDetector(ringSettings).detect(graph).rings()) {
            rings.put(ring.id(), new TreeSet<>(ring.members()));
        }
        return rings;
    }

    private static Map<String, TreeSet<String>> byRing(Dataset<Row> members) {
        Map<String, TreeSet<String>> rings = new TreeMap<>();
        members.collectAsList().forEach(r -> rings.computeIfAbsent(r.getString(1), k -> new TreeSet<>()).add(r.getString(0)));
        return rings;
    }

    private static Dataset<Row> table() {
        return spark.read().option("header", "true").schema(SparkRings.LINKS).csv(links.toString());
    }

    /** Every use of an identifier in the events file, prepared (normalised, pseudonymised) as ingest would. */
    private static Path writeLinks(Path events, Path out) throws IOException {
        try (RecordReader reader = new RecordReader(events); Writer w = Files.newBufferedWriter(out)) {
            w.write("account_id,kind,key,first_seen\n");
            // the generator writes a few bad rows on purpose; ingest refuses them too
            reader.forEachPrepared(EventPreparer.from(settings), e -> {
                for (Identifier id : e.identifiers()) {
                    write(w, e.accountId() + ',' + id.kind().name() + ',' + id.key() + ',' + e.tsMillis() + '\n');
                }
            });
        }
        return out;
    }

    private static void write(Writer w, String line) {
        try {
            w.write(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
