package org.ringscope.gnn.train;

import java.io.PrintStream;
import java.util.Locale;

/** A single self-overwriting status line on stderr, one update per epoch; a newline when training ends. */
final class ProgressLine {

    private static final int BAR_WIDTH = 20;
    private final PrintStream out;
    private final int maxEpochs;

    ProgressLine(PrintStream out, int maxEpochs) {
        this.out = out;
        this.maxEpochs = maxEpochs;
    }

    void update(EpochLog log, double best, int bestEpoch) {
        int filled = (int) Math.round(BAR_WIDTH * (double) log.epoch() / maxEpochs);
        String bar = "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled);
        out.print(String.format(Locale.ROOT, "\r[%s] epoch %3d/%d  loss %.4f  val PR-AUC %.4f  best %.4f@%d  %.1fs ",
                bar, log.epoch(), maxEpochs, log.trainLoss(), log.valPrAuc(), best, bestEpoch,
                log.elapsedMillis() / 1000.0));
        out.flush();
    }

    void finish(String message) {
        out.println();
        out.println(message);
        out.flush();
    }
}
