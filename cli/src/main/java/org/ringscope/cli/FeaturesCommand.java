package org.ringscope.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.ringscope.core.Settings;
import org.ringscope.features.accounts.AccountFeatures;
import org.ringscope.features.accounts.FeatureTable;
import org.ringscope.features.graph.AccountFacts;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.graph.LabelHistory;
import org.ringscope.features.rings.RingSettings;
import org.ringscope.features.store.SnapshotReader;
import org.ringscope.ingest.Progress;
import org.ringscope.store.Neo4jStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * Writes account graph features to CSV, either for every account as of now or, for training, for (account, as_of)
 * pairs: each row uses only links first seen and labels given at or before its as_of.
 */
@Command(name = "features", description = {
        "Export account graph features (see graph-features/README.md for the dictionary) to CSV.",
        "With --at, one row per (account_id, as_of) pair, computed only from what was known at as_of: training data",
        "without leakage. Rows sharing an as_of are computed together, so round decision times (to the hour or day)",
        "when exporting many rows. An account with no links by its as_of gets empty feature fields."})
final class FeaturesCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV to write")
    Path out;

    @Option(names = "--at", paramLabel = "FILE", description = "CSV with account_id,as_of (ISO-8601) rows; default: every account, as of the latest link")
    Path at;

    @Override
    public Integer call() throws Exception {
        Settings settings = common.settings(Map.of());
        Map<Long, List<String>> accountsByTime;
        try (Neo4jStore store = Neo4jStore.open(settings)) {
            IdentityGraph graph = SnapshotReader.read(store, settings.kinds());
            LabelHistory labels = SnapshotReader.readLabelHistory(store);
            accountsByTime = at == null ? everyAccountNow(graph) : readPairs(at);
            AccountFeatures features = new AccountFeatures(RingSettings.from(settings));
            long rows = accountsByTime.values().stream().mapToLong(List::size).sum();
            long[] written = {0};
            Progress progress = common.progress().create("features", () -> (double) written[0] / Math.max(1, rows));
            try (Writer w = Files.newBufferedWriter(out); CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
                boolean header = true;
                for (Map.Entry<Long, List<String>> group : accountsByTime.entrySet()) {
                    IdentityGraph then = graph.asOf(group.getKey());
                    AccountFacts facts = AccountFacts.fromGraph(then, labels.asOf(then, group.getKey()));
                    FeatureTable table = features.compute(then, facts, group.getKey()).features();
                    if (header) {
                        List<String> names = new ArrayList<>(List.of("account_id", "as_of"));
                        names.addAll(table.names());
                        csv.printRecord(names);
                        header = false;
                    }
                    for (String accountId : group.getValue()) {
                        int a = then.accountIndex(accountId);
                        if (a >= 0 && then.linksFrom(a) == then.linksTo(a)) {
                            a = -1;     // nothing known of the account yet: blank, not zeros that look like data
                        }
                        List<Object> row = new ArrayList<>(List.of(accountId, Instant.ofEpochMilli(group.getKey()).toString()));
                        for (double[] column : table.values()) {
                            row.add(a < 0 ? "" : format(column[a]));
                        }
                        csv.printRecord(row);
                        written[0]++;
                        progress.update(written[0], 0);
                    }
                }
            }
            progress.finish(written[0], 0);
        }
        System.out.printf("features: %,d rows at %,d distinct times written to %s%n",
                accountsByTime.values().stream().mapToLong(List::size).sum(), accountsByTime.size(), out);
        return 0;
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static Map<Long, List<String>> everyAccountNow(IdentityGraph graph) {
        long now = graph.lastLinkMillis();
        List<String> all = new ArrayList<>();
        for (int a = 0; a < graph.accountCount(); a++) {
            all.add(graph.accountId(a));
        }
        return new TreeMap<>(Map.of(now, all));
    }

    static Map<Long, List<String>> readPairs(Path file) throws IOException {
        Map<Long, List<String>> byTime = new TreeMap<>();
        try (Reader in = Files.newBufferedReader(file)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (!r.isMapped("account_id") || !r.isMapped("as_of")) {
                    throw new IllegalArgumentException(file + ": the header must name account_id and as_of");
                }
                try {
                    long t = Instant.parse(r.get("as_of").strip()).toEpochMilli();
                    byTime.computeIfAbsent(t, k -> new ArrayList<>()).add(r.get("account_id").strip());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(file + " line " + (r.getRecordNumber() + 1) + ", field as_of: '"
                            + r.get("as_of") + "' is not an ISO-8601 instant such as 2026-02-01T00:00:00Z");
                }
            }
        }
        return byTime;
    }
}
