package org.ringscope.ingest;

import org.ringscope.core.RawRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * Loads one file of records (events or labels): parse and prepare on the calling thread, write batches on a
 * second thread (so hashing overlaps with the database's work), refused rows to the dead-letter file. Safe to
 * re-run and to resume after a crash as long as the writer stores each batch in one transaction and skips ids
 * it already has. When the preparer groups records, a window of {@value #WINDOW} records is read and
 * ordered by group before it is cut into batches: an account's events then mostly land in one batch, so its
 * account and links are created once instead of being updated batch after batch (the writer's result does not
 * depend on the order of events). Batches then end at a group boundary and are handed to the writer
 * {@value #BATCHES_TOGETHER} at a time, sharing no group, so it may write them at once.
 *
 * @param <T> the prepared record
 */
public final class FileIngestor<T> {
    /** Validates one raw row; refuses it with the field and reason. */
    public interface Preparer<T> {
        T prepare(RawRecord raw) throws RowRefusedException;

        /** The record's idempotency key (event id, label id). */
        String idOf(T record);

        /**
         * Records with the same group key are written in the same batch where the file allows (the writer
         * then folds them into fewer writes); null keeps the file's order.
         */
        default String groupOf(T record) {
            return null;
        }
    }

    /** Stores a batch of distinct records in one transaction and returns how many were new. */
    public interface BatchWriter<T> {
        int write(List<T> batch);

        /**
         * Stores batches that share no group (no account in two of them), each in its own transaction, and
         * reports each batch's size to {@code written} as it commits. One after another, unless the writer can
         * do better.
         */
        default int writeAll(List<List<T>> batches, IntConsumer written) {
            int stored = 0;
            for (List<T> batch : batches) {
                stored += write(batch);
                written.accept(batch.size());
            }
            return stored;
        }
    }

    private static final int MAX_ERRORS_SHOWN = 5;
    /** Records read and ordered together when grouping (a few hundred MB of prepared events at most). */
    static final int WINDOW = 400_000;
    /** Batches handed to the writer together when grouping (it may write them at once). */
    static final int BATCHES_TOGETHER = 8;
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
        try (RecordReader reader = new RecordReader(file);
             DeadLetterFile deadLetter = new DeadLetterFile(deadLetterDir.resolve(file.getFileName() + ".refused.csv"))) {
            Counters c = new Counters();
            // Progress counts rows settled (written, refused or repeated), not rows read: a window is read well
            // ahead of the writer.
            Progress progress = progressFactory.create("ingest " + reader.source(), () -> c.fractionDone(reader.progress()));
            IntConsumer written = size -> {
                c.unwritten.addAndGet(-size);
                progress.update(c.settled(), c.rows, c.refused);
            };
            // Room for about a window of grouped batches in flight, so reading runs one window ahead of writing and
            // no further (ungrouped records, such as labels, go one batch per submission).
            try (WritePipeline<List<List<T>>> pipeline = new WritePipeline<>(batches -> writer.writeAll(batches, written),
                    WINDOW / (batchSize * BATCHES_TOGETHER) + 2)) {
                List<RowError> firstErrors = new ArrayList<>();
                Window window = new Window(pipeline, c);
                reader.forEach(new RecordReader.Handler() {
                    @Override
                    public void row(RawRecord record) throws IOException {
                        c.rows++;
                        try {
                            T prepared = preparer.prepare(record);
                            window.add(prepared);
                        } catch (RowRefusedException e) {
                            refuse(new RowError(reader.source(), record.line(), recordId(record), e.field(), e.getMessage()),
                                    record);
                        }
                        if (window.full()) {
                            c.stored += window.flush();
                        }
                        progress.update(c.settled(), c.rows, c.refused);
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
                c.stored += window.flush();
                c.stored += pipeline.drain();
                progress.finish(c.rows, c.refused);
                long accepted = c.rows - c.refused;
                return new IngestReport(reader.source(), c.rows, c.stored, accepted - c.stored, c.refused,
                        deadLetter.count() > 0 ? deadLetter.path() : null, List.copyOf(firstErrors),
                        (System.nanoTime() - started) / 1e9);
            }
        }
    }

    /** The id a person would look the row up by: the event id, else the account id. */
    private static String recordId(RawRecord record) {
        String eventId = record.get(RawRecord.EVENT_ID);
        return eventId != null ? eventId : record.get(RawRecord.ACCOUNT_ID);
    }

    /** Prepared records not submitted yet, without repeated ids: one batch, or a window of them when grouping. */
    private final class Window {
        private final WritePipeline<List<List<T>>> pipeline;
        private final Counters counters;
        private final int capacity;
        private final List<T> records;
        private final Set<String> ids = new HashSet<>();

        Window(WritePipeline<List<List<T>>> pipeline, Counters counters) {
            this.pipeline = pipeline;
            this.counters = counters;
            this.capacity = Math.max(batchSize, WINDOW);
            this.records = new ArrayList<>();
        }

        void add(T record) {
            if (ids.add(preparer.idOf(record))) {
                records.add(record);
                counters.unwritten.incrementAndGet();
            }
        }

        boolean full() {
            return records.size() >= (grouping() ? capacity : batchSize);
        }

        private boolean grouping() {
            return !records.isEmpty() && preparer.groupOf(records.get(0)) != null;
        }

        /**
         * Submits the records as batches; returns how many records the batches completed meanwhile stored. When
         * grouping, a batch ends at a group boundary, so batches handed over together share no group.
         */
        int flush() throws IOException {
            boolean grouping = grouping();
            if (grouping) {
                records.sort(Comparator.comparing(preparer::groupOf));   // stable: a group keeps the file's order
            }
            int stored = 0;
            List<List<T>> together = new ArrayList<>();
            int from = 0;
            while (from < records.size()) {
                int to = Math.min(records.size(), from + batchSize);
                while (grouping && to < records.size()
                        && preparer.groupOf(records.get(to)).equals(preparer.groupOf(records.get(to - 1)))) {
                    to++;
                }
                together.add(new ArrayList<>(records.subList(from, to)));
                from = to;
                if (together.size() == (grouping ? BATCHES_TOGETHER : 1) || from == records.size()) {
                    stored += pipeline.submit(together);
                    together = new ArrayList<>();
                }
            }
            records.clear();
            ids.clear();
            return stored;
        }
    }

    /** Rows and refusals are counted by the reading thread; the writing thread takes written rows off. */
    private static final class Counters {
        volatile long rows;
        volatile long refused;
        long stored;
        final AtomicLong unwritten = new AtomicLong();

        long settled() {
            return rows - unwritten.get();
        }

        /** The share of the file read, scaled by the share of the rows read that are settled. */
        double fractionDone(double read) {
            long r = rows;
            return r == 0 ? 0 : read * settled() / r;
        }
    }
}
