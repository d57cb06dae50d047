package org.ringscope.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What one ingest run did.
 *
 * @param rows         rows read (including refused ones)
 * @param stored       rows that changed the graph (new event ids / new labels)
 * @param alreadyThere rows whose id was already stored, by an earlier run or earlier in the file
 * @param refused      rows written to the dead-letter file
 * @param deadLetter   that file, or null when nothing was refused
 * @param firstErrors  the first few refusals, for the console
 */
public record IngestReport(String source, long rows, long stored, long alreadyThere, long refused, Path deadLetter,
                           List<RowError> firstErrors, double seconds) {

    public boolean clean() {
        return refused == 0;
    }

    public double rowsPerSecond() {
        return rows / Math.max(seconds, 1e-9);
    }

    public String summary() {
        String s = String.format(Locale.ROOT, "%s: %,d rows in %.1f s (%,.0f rows/s): %,d stored, %,d already stored, %,d refused",
                source, rows, seconds, rowsPerSecond(), stored, alreadyThere, refused);
        if (refused > 0) {
            s += "\n  refused rows are in " + deadLetter + " (line, field and reason each); fix them and re-run:"
                    + " rows already stored are skipped";
            for (RowError e : firstErrors) {
                s += "\n  " + e.describe();
            }
        }
        return s;
    }
}
