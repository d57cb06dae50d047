package org.ringscope.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ringscope.core.Identifier;
import org.ringscope.core.IdentifierKind;
import org.ringscope.core.Settings;
import org.ringscope.ingest.EventPreparer;
import org.ringscope.ingest.Progress;
import org.ringscope.ingest.RecordReader;
import org.ringscope.store.Neo4jStore;
import org.neo4j.driver.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Writes the account–identifier links as a flat table for the Spark path ({@code graph-spark}): one row per use,
 * {@code account_id,kind,key,first_seen} (epoch millis), identifiers already pseudonymised. From the store by
 * default; from an events file when the graph is too big to load first (the same preparation as ingest, so the
 * keys are the ones ingest would write).
 */
@Command(name = "export-links", description = {
        "Write the account-identifier links as CSV (account_id,kind,key,first_seen) for `ringscope spark-rings`.",
        "From the store by default; with --events, straight from an events file, prepared exactly as ingest would",
        "(refused rows are skipped; ingest reports them)."})
final class ExportLinksCommand implements Callable<Integer> {
    private static final String HEADER = "account_id,kind,key,first_seen";
    private static final String LINKS = """
            MATCH (i:%s)<-[r:%s]-(a:Account)
            RETURN a.id AS account, i.key AS key, r.first_seen.epochMillis AS first""";

    @Mixin
    CommonOptions common;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV to write")
    Path out;

    @Option(names = "--events", paramLabel = "FILE", description = "read this events file (CSV or JSON Lines) instead of the store")
    Path events;

    @Override
    public Integer call() throws Exception {
        Settings settings = common.settings(Map.of());
        long rows;
        try (Writer w = Files.newBufferedWriter(out);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(HEADER.split(",")).get())) {
            rows = events != null ? fromEvents(settings, csv) : fromStore(settings, csv);
        }
        System.out.printf("%,d links written to %s%n", rows, out);
        return 0;
    }

    private long fromStore(Settings settings, CSVPrinter csv) {
        long[] rows = {0};
        int[] kindsDone = {0};
        int kinds = settings.kinds().all().size();
        Progress progress = common.progress().create("export-links", () -> (double) kindsDone[0] / kinds);
        try (Neo4jStore store = Neo4jStore.open(settings); Session session = store.bulkReadSession()) {
            for (IdentifierKind kind : settings.kinds().all()) {
                session.run(LINKS.formatted(kind.label(), kind.relationship())).stream().forEach(r -> {
                    print(csv, r.get(0).asString(), kind.name(), r.get(1).asString(),
                            r.get(2).isNull() ? 0 : r.get(2).asLong());
                    progress.update(++rows[0], 0);
                });
                kindsDone[0]++;
            }
        }
        progress.finish(rows[0], 0);
        return rows[0];
    }

    private long fromEvents(Settings settings, CSVPrinter csv) throws IOException {
        long[] rows = {0};
        try (RecordReader reader = new RecordReader(events)) {
            Progress progress = common.progress().create("export-links", reader::progress);
            reader.forEachPrepared(EventPreparer.from(settings), e -> {
                for (Identifier id : e.identifiers()) {
                    print(csv, e.accountId(), id.kind().name(), id.key(), e.tsMillis());
                    rows[0]++;
                }
                progress.update(rows[0], reader.refused());
            });
            progress.finish(rows[0], reader.refused());
        }
        return rows[0];
    }

    private static void print(CSVPrinter csv, String account, String kind, String key, long firstSeen) {
        try {
            csv.printRecord(account, kind, key, firstSeen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
