package org.ringscope.ingest;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.DoubleSupplier;

/**
 * A progress line for long jobs: rows, rate, refused, share done and ETA, at most every couple of seconds,
 * rewritten in place on a terminal and one line each otherwise. Safe to update from the reading and the writing
 * thread.
 */
public final class Progress {
    private final String task;
    private final PrintStream out;
    private final DoubleSupplier fractionDone;
    private final long started = System.nanoTime();
    private final long intervalNanos;
    private final boolean inPlace;
    private long lastPrinted = started;
    private long firstDoneAt = Long.MIN_VALUE;
    private double firstDone;

    public Progress(String task, PrintStream out, DoubleSupplier fractionDone, long intervalMillis) {
        this.task = task;
        this.out = out;
        this.fractionDone = fractionDone;
        this.intervalNanos = intervalMillis * 1_000_000L;
        this.inPlace = System.console() != null;
    }

    /** A progress that prints nothing (tests, library use). */
    public static Progress silent() {
        return new Progress("", null, () -> 0, Long.MAX_VALUE / 2_000_000);
    }

    public synchronized void update(long rows, long refused) {
        update(rows, rows, refused);
    }

    /** For jobs that read ahead of what they have done: {@code read} shows beside {@code rows} while it is ahead. */
    public synchronized void update(long rows, long read, long refused) {
        long now = System.nanoTime();
        if (out == null || now - lastPrinted < intervalNanos) {
            return;
        }
        lastPrinted = now;
        String ahead = read > rows ? String.format(Locale.ROOT, " (%,d read)", read) : "";
        // On a terminal the line is rewritten in place; ESC[K clears what a longer previous line left behind.
        out.print((inPlace ? "\r" : "") + line(rows, refused, now, false) + ahead + (inPlace ? "\033[K" : "\n"));
        out.flush();
    }

    public synchronized void finish(long rows, long refused) {
        if (out != null) {
            out.print((inPlace ? "\r" : "") + line(rows, refused, System.nanoTime(), true) + (inPlace ? "\033[K" : "") + "\n");
            out.flush();
        }
    }

    /**
     * The ETA extrapolates from when work first showed, not from the start: a job that reads ahead (ingest) shows
     * nothing done for its first seconds, and counting those would inflate the estimate.
     */
    String line(long rows, long refused, long now, boolean finished) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        double done = finished ? 1 : fractionDone.getAsDouble();
        if (firstDoneAt == Long.MIN_VALUE && done > 0) {
            firstDoneAt = now;
            firstDone = done;
        }
        double progressed = done - firstDone;
        String eta = finished ? "done"
                : firstDoneAt != Long.MIN_VALUE && progressed > 0.01 && done < 1
                ? "ETA " + clock((now - firstDoneAt) / 1e9 * (1 - done) / progressed) : "ETA --:--";
        return String.format(Locale.ROOT, "%s: %,d rows  %,.0f rows/s  %,d refused  %3.0f%%  %s  (%s elapsed)",
                task, rows, rows / seconds, refused, done * 100, eta, clock(seconds));
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
