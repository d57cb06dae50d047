package org.ringscope.datasets;

import org.apache.commons.csv.CSVPrinter;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Streams {@code truth.csv}: one row per planted ring member, written ring by ring. */
final class TruthWriter implements Closeable {
    static final String[] HEADER = {"account_id", "ring_id", "typology"};
    private final CSVPrinter out;
    private long rows;

    TruthWriter(Path file) throws IOException {
        this.out = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), SortedEventWriter.FORMAT);
        out.printRecord((Object[]) HEADER);
    }

    void member(String accountId, String ringId, Typology typology) {
        try {
            out.printRecord(accountId, ringId, typology.label());
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
