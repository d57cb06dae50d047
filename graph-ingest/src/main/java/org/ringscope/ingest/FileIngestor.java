package org.ringscope.ingest;

import org.ringscope.core.RawRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads one file of records (events or labels): parse and prepare on the calling thread, write batches on a
 * second thread (so hashing overlaps with the database's work), refused rows to the dead-letter file. Safe to
 * re-run and to resume after a crash as long as the writer stores each batch in one transaction and skips ids
 * it already has.
 *
 * @param <T> the prepared record
 */
public final class FileIngestor<T> {
    /** Validates one raw row; refuses it with the field and reason. */
    public interface Preparer<T> {
        T prepare(RawRecord raw) throws RowRefusedException;

        /** The record's idempotency key (event id, label id). */
        String idOf(T record);
    }

    /** Stores a batch of distinct records in one transaction and returns how many were new. */
    public interface BatchWriter<T> {
        int write(List<T> batch);
    }

    private static final int MAX_ERRORS_SHOWN = 5;
    private final Preparer<T> preparer;
    private final BatchWriter<T> writer;
    private final int batchSize;

    public FileIngestor(Preparer<T> preparer, BatchWriter<T> writer, int batchSize) {
        this.preparer = preparer;
        this.writer = writer;
        this.batchSize = batchSize;
    }

    /**
     * @param deadLetterDir where {@code <file name>.refused.csv} goes when rows are refused
     */
    public IngestReport ingest(Path file, Path deadLetterDir, ProgressFactory progressFactory) throws IOException {
        long started = System.nanoTime();
        try (WritePipeline<T> pipeline = new WritePipeline<>(writer);
             RecordReader reader = new RecordReader(file);
             DeadLetterFile deadLetter = new DeadLetterFile(deadLetterDir.resolve(file.getFileName() + ".refused.csv"))) {
            Progress progress = progressFactory.create("ingest " + reader.source(), reader::progress);
            Counters c = new Counters();
            List<RowError> firstErrors = new ArrayList<>();
            List<T> batch = new ArrayList<>(batchSize);
            Set<String> idsInBatch = new HashSet<>();
            reader.forEach(new RecordReader.Handler() {
                @Override
                public void row(RawRecord record) throws IOException {
                    c.rows++;
                    try {
                        T prepared = preparer.prepare(record);
                        if (idsInBatch.add(preparer.idOf(prepared))) {
                            batch.add(prepared);
                        }
                    } catch (RowRefusedException e) {
                        refuse(new RowError(reader.source(), record.line(), recordId(record), e.field(), e.getMessage()),
                                record);
                    }
                    if (batch.size() >= batchSize) {
                        c.stored += pipeline.submit(new ArrayList<>(batch));
                        batch.clear();
                        idsInBatch.clear();
                    }
                    progress.update(c.rows, c.refused);
                }

                @Override
                public void malformed(long line, String field, String reason) throws IOException {
                    c.rows++;
                    refuse(new RowError(reader.source(), line, null, field, reason), null);
                }

                private void refuse(RowError error, RawRecord record) throws IOException {
                    c.refused++;
                    deadLetter.add(error, record);
                    if (firstErrors.size() < MAX_ERRORS_SHOWN) {
                        firstErrors.add(error);
                    }
                }
            });
            c.stored += pipeline.submit(new ArrayList<>(batch));
            c.stored += pipeline.drain();
            progress.finish(c.rows, c.refused);
            long accepted = c.rows - c.refused;
            return new IngestReport(reader.source(), c.rows, c.stored, accepted - c.stored, c.refused,
                    deadLetter.count() > 0 ? deadLetter.path() : null, List.copyOf(firstErrors),
                    (System.nanoTime() - started) / 1e9);
        }
    }

    /** The id a person would look the row up by: the event id, else the account id. */
    private static String recordId(RawRecord record) {
        String eventId = record.get(RawRecord.EVENT_ID);
        return eventId != null ? eventId : record.get(RawRecord.ACCOUNT_ID);
    }

    private static final class Counters {
        long rows;
        long refused;
        long stored;
    }
}
