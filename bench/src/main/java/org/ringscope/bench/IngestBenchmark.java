package org.ringscope.bench;

import org.neo4j.driver.Values;
import org.ringscope.core.IdentityEvent;
import org.ringscope.core.Settings;
import org.ringscope.datasets.DemoConfig;
import org.ringscope.datasets.DemoGenerator;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.rings.RingDetector;
import org.ringscope.features.rings.RingSettings;
import org.ringscope.features.store.SnapshotReader;
import org.ringscope.ingest.Ingest;
import org.ringscope.ingest.IngestReport;
import org.ringscope.ingest.ProgressFactory;
import org.ringscope.ingest.RecordReader;
import org.ringscope.ingest.RowRefusedException;
import org.ringscope.store.Neo4jStore;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ingest benchmark: demo events through ringscope's writer into an embedded Neo4j, against the ceiling of the
 * same prepared rows written with plain CREATE (no lookups, no ledger) into an empty store; then rings.
 * Usage: IngestBenchmark <accounts> <work-dir>
 */
public final class IngestBenchmark {
    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int accounts = Integer.parseInt(args[0]);
        Path work = Path.of(args[1]);
        Path input = work.resolve("input");
        var summary = DemoGenerator.generate(DemoConfig.defaults(42, accounts), input);
        Path events = input.resolve("events.csv");
        System.out.printf(Locale.ROOT, "data: %,d accounts, %,d events%n", summary.accounts(), summary.events());

        Settings ours = Settings.of(Map.of("ringscope.data-dir", work.resolve("ours").toString(), "ringscope.neo4j.page-cache", "2g"));
        double oursRate;
        try (Neo4jStore store = Neo4jStore.open(ours)) {
            resetPeaks();
            IngestReport report = new Ingest(store, ours).events(events, ProgressFactory.SILENT);
            oursRate = report.rowsPerSecond();
            System.out.printf(Locale.ROOT, "ringscope ingest: %,d events in %.1f s = %,.0f events/s, peak heap %.2f GiB%n",
                    report.rows(), report.seconds(), oursRate, peakHeapGiB());
            long t0 = System.nanoTime();
            IdentityGraph graph = SnapshotReader.read(store, ours.kinds());
            long t1 = System.nanoTime();
            var rings = new RingDetector(RingSettings.defaults()).detect(graph);
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "snapshot: %,d accounts, %,d links read in %.1f s; components + rings in %.2f s (%,d rings)%n",
                    graph.accountCount(), graph.linkCount(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, rings.rings().size());
        }

        Settings ceilingSettings = Settings.of(Map.of("ringscope.data-dir", work.resolve("ceiling").toString(),
                "ringscope.neo4j.page-cache", "2g"));
        try (Neo4jStore store = Neo4jStore.open(ceilingSettings)) {
            var preparer = new Ingest(store, ceilingSettings).preparer();
            List<Map<String, Object>> batch = new ArrayList<>();
            long rows = 0;
            long started = System.nanoTime();
            try (RecordReader reader = new RecordReader(events)) {
                List<List<Map<String, Object>>> batches = new ArrayList<>();
                reader.forEach(new RecordReader.Handler() {
                    @Override
                    public void row(org.ringscope.core.RawRecord r) {
                        try {
                            IdentityEvent e = preparer.prepare(r);
                            List<Map<String, Object>> ids = new ArrayList<>();
                            e.identifiers().forEach(i -> ids.add(Map.of("key", i.key(), "kind", i.kind().name())));
                            Map<String, Object> row = new HashMap<>();
                            row.put("id", e.eventId());
                            row.put("account", e.accountId());
                            row.put("ts", e.tsMillis());
                            row.put("ids", ids);
                            batch.add(row);
                            if (batch.size() == 10_000) {
                                write(store, batch);
                                batch.clear();
                            }
                        } catch (RowRefusedException ex) {
                            throw new IllegalStateException(ex);
                        }
                    }

                    @Override
                    public void malformed(long line, String field, String reason) {
                    }
                });
                write(store, batch);
            }
            rows = summary.events();
            double seconds = (System.nanoTime() - started) / 1e9;
            double ceilingRate = rows / seconds;
            System.out.printf(Locale.ROOT, "plain CREATE ceiling: %,d events in %.1f s = %,.0f events/s%n", rows, seconds, ceilingRate);
            System.out.printf(Locale.ROOT, "ratio ringscope / ceiling: %.2f%n", oursRate / ceilingRate);
        }
    }

    /** The same rows with plain CREATE: an event node, and one new node plus relationship per identifier. */
    private static void write(Neo4jStore store, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (var session = store.session()) {
            session.executeWrite(tx -> tx.run("""
                    UNWIND $rows AS r
                    CREATE (e:CeilingEvent {id: r.id, account: r.account, ts: datetime({epochMillis: r.ts})})
                    WITH e, r UNWIND r.ids AS i
                    CREATE (e)-[:LINK {first_seen: datetime({epochMillis: r.ts})}]->(:CeilingIdentifier {key: i.key, kind: i.kind})""",
                    Values.parameters("rows", new ArrayList<>(rows))).consume());
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static double peakHeapGiB() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (double) (1L << 30);
    }
}
