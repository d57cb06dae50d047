package org.ringscope.datasets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.LongConsumer;

/**
 * Writes {@code events.csv} in time order although events are generated household by household: rows are
 * buffered, each full buffer is sorted and spilled to a temporary run file, and the runs are merged at the end
 * (an external merge sort). Memory stays bounded by the buffer size whatever the number of accounts, and the
 * file order says nothing about which accounts were generated together. Ties in time are broken by event id.
 */
final class SortedEventWriter implements EventSink, Closeable {
    static final String[] HEADER = {"event_id", "ts", "account_id", "type", "device_id", "email", "phone", "card", "ip",
        "address"};
    static final CSVFormat FORMAT = CSVFormat.RFC4180;
    private static final String NEWLINE = "\r\n";
    /** Rows start with the 15-character event id and a comma, so the timestamp sits at a fixed offset. */
    private static final int TS_OFFSET = 16;
    private static final int TS_LENGTH = 20;
    private static final int PROGRESS_EVERY = 50_000;
    static final Comparator<String> TIME_ORDER = (a, b) -> {
        for (int i = TS_OFFSET; i < TS_OFFSET + TS_LENGTH; i++) {
            int c = Character.compare(a.charAt(i), b.charAt(i));
            if (c != 0) {
                return c;
            }
        }
        return a.compareTo(b);
    };

    private final Path target;
    private final Ids ids;
    private final LongConsumer progress;
    private final String[] buffer;
    private final List<Path> runs = new ArrayList<>();
    private final StringBuilder row = new StringBuilder(256);
    private final CSVPrinter printer;
    private int buffered;
    private long accepted;
    private boolean finished;

    SortedEventWriter(Path target, int bufferRows, Ids ids, LongConsumer progress) {
        this.target = target;
        this.ids = ids;
        this.progress = progress;
        this.buffer = new String[bufferRows];
        try {
            this.printer = new CSVPrinter(row, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void accept(Event e) {
        try {
            printer.print(ids.nextEvent());
            printer.print(Timeline.iso(e.ts()));
            printer.print(e.accountId());
            printer.print(e.type());
            printer.print(e.device());
            printer.print(e.email());
            printer.print(e.phone());
            printer.print(e.card());
            printer.print(e.ip());
            printer.print(e.address());
            String line = row.toString();
            printer.println();
            row.setLength(0);
            buffer[buffered++] = line;
            if (buffered == buffer.length) {
                spill();
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        if (++accepted % PROGRESS_EVERY == 0) {
            progress.accept(accepted);
        }
    }

    long accepted() {
        return accepted;
    }

    /** Sorts what is left, merges the runs into the target file and removes them. */
    void finish() throws IOException {
        finished = true;
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write(String.join(",", HEADER));
            out.write(NEWLINE);
            if (runs.isEmpty()) {
                Arrays.sort(buffer, 0, buffered, TIME_ORDER);
                for (int i = 0; i < buffered; i++) {
                    out.write(buffer[i]);
                    out.write(NEWLINE);
                }
            } else {
                spill();
                merge(out);
            }
        } finally {
            deleteRuns();
        }
        progress.accept(accepted);
    }

    private void spill() throws IOException {
        Arrays.sort(buffer, 0, buffered, TIME_ORDER);
        Path run = target.resolveSibling("." + target.getFileName() + ".run-" + runs.size() + ".tmp");
        runs.add(run);
        try (BufferedWriter out = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
            for (int i = 0; i < buffered; i++) {
                out.write(buffer[i]);
                out.write('\n');
                buffer[i] = null;
            }
        }
        buffered = 0;
    }

    private void merge(Writer out) throws IOException {
        record Cursor(String line, BufferedReader reader) {
        }
        PriorityQueue<Cursor> heads = new PriorityQueue<>(Comparator.comparing(Cursor::line, TIME_ORDER));
        List<BufferedReader> readers = new ArrayList<>();
        try {
            for (Path run : runs) {
                BufferedReader reader = Files.newBufferedReader(run, StandardCharsets.UTF_8);
                readers.add(reader);
                String first = reader.readLine();
                if (first != null) {
                    heads.add(new Cursor(first, reader));
                }
            }
            while (!heads.isEmpty()) {
                Cursor head = heads.poll();
                out.write(head.line());
                out.write(NEWLINE);
                String next = head.reader().readLine();
                if (next != null) {
                    heads.add(new Cursor(next, head.reader()));
                }
            }
        } finally {
            for (BufferedReader r : readers) {
                r.close();
            }
        }
    }

    private void deleteRuns() throws IOException {
        for (Path run : runs) {
            Files.deleteIfExists(run);
        }
    }

    /** Removes run files left by a generation that failed before {@link #finish()}. */
    @Override
    public void close() throws IOException {
        if (!finished) {
            deleteRuns();
        }
    }
}
