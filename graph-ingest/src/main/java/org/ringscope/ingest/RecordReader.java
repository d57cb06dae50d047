package org.ringscope.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ringscope.core.RawRecord;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Streams the rows of a CSV ({@code .csv}) or JSON Lines ({@code .jsonl}, {@code .ndjson}) file, optionally
 * gzipped, with their line numbers. A row that cannot be parsed is handed over as malformed, never dropped.
 */
public final class RecordReader implements Closeable {
    /** Receives each row in order. */
    public interface Handler {
        void row(RawRecord record) throws IOException;

        void malformed(long line, String field, String reason) throws IOException;
    }

    private static final JsonFactory JSON = new JsonFactory();
    private final Path path;
    private final CountingStream counter;
    private final BufferedReader reader;
    private final boolean json;
    private final long size;
    private long refused;

    public RecordReader(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new IOException("input file " + path + " does not exist or is not a file");
        }
        this.path = path;
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gz = name.endsWith(".gz");
        String base = gz ? name.substring(0, name.length() - 3) : name;
        if (base.endsWith(".csv")) {
            json = false;
        } else if (base.endsWith(".jsonl") || base.endsWith(".ndjson")) {
            json = true;
        } else {
            throw new IOException("cannot tell the format of " + path + ": name it .csv, .jsonl or .ndjson (optionally .gz)");
        }
        this.size = Files.size(path);
        this.counter = new CountingStream(Files.newInputStream(path));
        InputStream in = gz ? new GZIPInputStream(counter, 1 << 16) : counter;
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    /** The file's name, used in error messages and dead-letter rows. */
    public String source() {
        return path.getFileName().toString();
    }

    /** Share of the file read so far, 0..1 (by compressed bytes for gzip). */
    public double progress() {
        return size == 0 ? 1 : Math.min(1.0, (double) counter.count / size);
    }

    /**
     * Each row prepared as ingest prepares it, handed to {@code each} when it passes. Refused and malformed rows are
     * only counted ({@link #refused()}): this is for readers that need what would land, not why a row would not
     * (ingest itself uses {@link #forEach(Handler)} and writes dead letters).
     */
    public <T> void forEachPrepared(FileIngestor.Preparer<T> preparer, Consumer<T> each) throws IOException {
        forEach(new Handler() {
            @Override
            public void row(RawRecord raw) {
                T record;
                try {
                    record = preparer.prepare(raw);
                } catch (RowRefusedException e) {
                    refused++;
                    return;
                }
                each.accept(record);
            }

            @Override
            public void malformed(long line, String field, String reason) {
                refused++;
            }
        });
    }

    /** Rows {@link #forEachPrepared} has refused or could not parse so far. */
    public long refused() {
        return refused;
    }

    public void forEach(Handler handler) throws IOException {
        if (json) {
            readJsonLines(handler);
        } else {
            readCsv(handler);
        }
    }

    private void readCsv(Handler handler) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(false).get();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            String[] header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toArray(String[]::new);
            var records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    // An unterminated quote leaves the parser unable to find the next row: say where, then stop.
                    throw new IOException(source() + " near line " + (parser.getCurrentLineNumber() + 1)
                            + ": CSV syntax error (" + e.getCause().getMessage() + "); fix the quoting and re-run", e);
                }
                long line = record.getRecordNumber() + 1;
                if (record.size() != header.length) {
                    handler.malformed(line, "<row>", "has " + record.size() + " columns, the header has " + header.length);
                    continue;
                }
                Map<String, String> fields = new HashMap<>(header.length * 2);
                for (int i = 0; i < header.length; i++) {
                    String v = record.get(i);
                    if (!v.isEmpty()) {
                        fields.put(header[i], v);
                    }
                }
                handler.row(new RawRecord(line, fields));
            }
        }
    }

    private void readJsonLines(Handler handler) throws IOException {
        long line = 0;
        String text;
        while ((text = reader.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            String problem = parseJsonObject(text, fields);
            if (problem != null) {
                handler.malformed(line, "<json>", problem);
            } else {
                handler.row(new RawRecord(line, fields));
            }
        }
    }

    /** Reads one flat JSON object of scalar values; returns why not, or null when it worked. */
    private static String parseJsonObject(String text, Map<String, String> fields) {
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return "is not a JSON object";
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName().strip().toLowerCase(Locale.ROOT);
                JsonToken value = p.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    return "field '" + name + "' is an object or array; only flat values are accepted";
                }
                if (value != JsonToken.VALUE_NULL) {
                    String v = p.getText();
                    if (!v.isEmpty()) {
                        fields.put(name, v);
                    }
                }
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                return "has trailing content after the JSON object";
            }
            return null;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return "is not valid JSON (" + e.getOriginalMessage() + ")";
        } catch (IOException e) {
            return "could not be read (" + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private static final class CountingStream extends FilterInputStream {
        private volatile long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
