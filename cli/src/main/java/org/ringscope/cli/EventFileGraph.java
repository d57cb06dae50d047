package org.ringscope.cli;

import org.ringscope.core.Identifier;
import org.ringscope.core.Settings;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.graph.LabelHistory;
import org.ringscope.ingest.EventPreparer;
import org.ringscope.ingest.LabelPreparer;
import org.ringscope.ingest.RecordReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds the identity graph straight from event and label files, with the same validation, normalisation and
 * pseudonymisation as ingest, but without a store: the evaluation runs many generated populations, and what it
 * measures is the algorithms (the store path has its own tests and benchmark). Refused rows are skipped.
 */
public final class EventFileGraph {
    /** The graph, its labels and the time of the latest event. */
    public record Loaded(IdentityGraph graph, LabelHistory labels, long lastEventMillis) {
    }

    private EventFileGraph() {
    }

    public static Loaded load(Settings settings, Path events, Path labels) throws IOException {
        EventPreparer preparer = EventPreparer.from(settings);
        Map<String, Map<String, Long>> firstUse = new HashMap<>();   // account -> "kind key" -> first use
        long[] last = {Long.MIN_VALUE};
        try (RecordReader reader = new RecordReader(events)) {
            reader.forEachPrepared(preparer, e -> {   // refused rows: counted by ingest; the evaluation needs what lands
                Map<String, Long> used = firstUse.computeIfAbsent(e.accountId(), a -> new HashMap<>());
                for (Identifier id : e.identifiers()) {
                    used.merge(id.kind().name() + ' ' + id.key(), e.tsMillis(), Math::min);
                }
                last[0] = Math.max(last[0], e.tsMillis());
            });
        }
        IdentityGraph.Builder builder = IdentityGraph.builder(settings.kinds());
        firstUse.forEach((account, used) -> {
            builder.account(account);
            used.forEach((kindAndKey, t) -> {
                int space = kindAndKey.indexOf(' ');
                builder.link(account, kindAndKey.substring(0, space), kindAndKey.substring(space + 1), t);
            });
        });
        LabelHistory history = new LabelHistory();
        LabelPreparer labelPreparer = new LabelPreparer();
        try (RecordReader reader = new RecordReader(labels)) {
            reader.forEachPrepared(labelPreparer, l -> history.add(l.accountId(), l.tsMillis(), l.label()));
        }
        return new Loaded(builder.build(), history, last[0]);
    }
}
