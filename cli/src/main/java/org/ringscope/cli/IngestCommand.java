package org.ringscope.cli;

import org.ringscope.core.Settings;
import org.ringscope.ingest.Ingest;
import org.ringscope.ingest.IngestReport;
import org.ringscope.store.Neo4jStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "ingest", description = {
        "Load identity events and labels (CSV or JSON Lines) into the graph.",
        "Refused rows go to <data-dir>/dead-letter/<file>.refused.csv with line, field and reason; the rest lands.",
        "Re-running a file is safe: events already stored (by event_id) are skipped. Exit code 3 if rows were refused."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--events", paramLabel = "FILE", description = "events file(s): event_id, ts, account_id, type and identifier columns")
    List<Path> events = new ArrayList<>();

    @Option(names = "--labels", paramLabel = "FILE", description = "label file(s): account_id, label (fraud|legit), ts, source")
    List<Path> labels = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (events.isEmpty() && labels.isEmpty()) {
            System.err.println("nothing to ingest: give --events FILE and/or --labels FILE (see ringscope ingest --help)");
            return 2;
        }
        Settings settings = common.settings(Map.of());
        try (Neo4jStore store = Neo4jStore.open(settings)) {
            List<IngestReport> reports = ingest(new Ingest(store, settings), events, labels, common);
            return reports.stream().allMatch(IngestReport::clean) ? 0 : Ringscope.ROWS_REFUSED;
        }
    }

    static List<IngestReport> ingest(Ingest ingest, List<Path> events, List<Path> labels, CommonOptions common)
            throws java.io.IOException {
        List<IngestReport> reports = new ArrayList<>();
        for (Path file : events) {
            reports.add(ingest.events(file, common.progress()));
            System.out.println(reports.get(reports.size() - 1).summary());
        }
        for (Path file : labels) {
            reports.add(ingest.labels(file, common.progress()));
            System.out.println(reports.get(reports.size() - 1).summary());
        }
        return reports;
    }
}
