package org.ringscope.ingest;

import org.ringscope.core.IdentityEvent;
import org.ringscope.core.LabelRecord;
import org.ringscope.core.Setting;
import org.ringscope.core.Settings;
import org.ringscope.store.Neo4jStore;

import java.io.IOException;
import java.nio.file.Path;

/** The ingest entry point: events and labels files into the store, configured from {@link Settings}. */
public final class Ingest {
    private final FileIngestor<IdentityEvent> events;
    private final FileIngestor<LabelRecord> labels;
    private final EventPreparer preparer;
    private final Path deadLetterDir;

    public Ingest(Neo4jStore store, Settings settings) {
        this.preparer = EventPreparer.from(settings);
        int batch = settings.getInt(Setting.BATCH_SIZE);
        this.events = new FileIngestor<>(preparer, new EventWriter(store, settings.kinds(), EventWriter.FILE_MEMORY,
                settings.getInt(Setting.INGEST_WRITERS)), batch);
        this.labels = new FileIngestor<>(new LabelPreparer(), new LabelWriter(store), batch);
        this.deadLetterDir = settings.dataDir().resolve("dead-letter");
    }

    public IngestReport events(Path file, ProgressFactory progress) throws IOException {
        return events.ingest(file, deadLetterDir, progress);
    }

    public IngestReport labels(Path file, ProgressFactory progress) throws IOException {
        return labels.ingest(file, deadLetterDir, progress);
    }

    /** The preparer, for callers that receive single events (the API's real-time path). */
    public EventPreparer preparer() {
        return preparer;
    }
}
