package org.ringscope.datasets;

import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects labels and writes {@code labels.csv} in time order. Labels are about one in a hundred accounts, so
 * holding them is cheap even at ten million accounts.
 */
final class LabelBook {
    static final String FRAUD = "fraud";
    static final String LEGIT = "legit";
    static final String INVESTIGATOR = "investigator";
    static final String CHARGEBACK = "chargeback";
    static final String RULE = "rule";
    static final String[] HEADER = {"account_id", "label", "ts", "source"};

    private record Label(String accountId, String label, long ts, String source) {
    }

    private final List<Label> labels = new ArrayList<>();
    private long fraud;
    private long legit;

    void add(String accountId, String label, long ts, String source) {
        labels.add(new Label(accountId, label, ts, source));
        if (label.equals(FRAUD)) {
            fraud++;
        } else {
            legit++;
        }
    }

    long fraud() {
        return fraud;
    }

    long legit() {
        return legit;
    }

    void write(Path file) throws IOException {
        labels.sort(Comparator.comparingLong(Label::ts).thenComparing(Label::accountId).thenComparing(Label::label));
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, SortedEventWriter.FORMAT)) {
            out.printRecord((Object[]) HEADER);
            for (Label l : labels) {
                out.printRecord(l.accountId(), l.label(), Timeline.iso(l.ts()), l.source());
            }
        }
    }
}
