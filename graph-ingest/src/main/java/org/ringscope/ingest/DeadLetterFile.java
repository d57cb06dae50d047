package org.ringscope.ingest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ringscope.core.CardNumbers;
import org.ringscope.core.RawRecord;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Refused rows of one input file, one CSV row each: source, line, record id, field, reason, and the row's own
 * fields (as {@code name=value} pairs) so it can be fixed and re-sent. Card-number-looking values are masked,
 * so the file never holds a full card number. Written only when a row is refused; re-runs overwrite it.
 */
public final class DeadLetterFile implements Closeable {
    private final Path path;
    private CSVPrinter printer;
    private long count;

    public DeadLetterFile(Path path) throws IOException {
        this.path = path;
        Files.deleteIfExists(path);
    }

    public void add(RowError error, RawRecord row) throws IOException {
        if (printer == null) {
            Files.createDirectories(path.toAbsolutePath().getParent());
            Writer out = Files.newBufferedWriter(path);
            printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                    .setHeader("source", "line", "record_id", "field", "reason", "row").get());
        }
        printer.printRecord(List.of(error.source(), error.line(), error.recordId() == null ? "" : error.recordId(),
                error.field(), error.reason(), row == null ? "" : maskedRow(row.fields())));
        count++;
    }

    private static String maskedRow(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> f : new TreeMap<>(fields).entrySet()) {
            if (out.length() > 0) {
                out.append("; ");
            }
            String value = CardNumbers.containsCardNumber(f.getValue()) ? "[card number removed]" : f.getValue();
            out.append(f.getKey()).append('=').append(value);
        }
        return out.toString();
    }

    public long count() {
        return count;
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        if (printer != null) {
            printer.close();
        }
    }
}
