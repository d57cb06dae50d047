package org.ringscope.cli;

import org.ringscope.core.Settings;
import org.ringscope.datasets.DemoConfig;
import org.ringscope.features.rings.RingSettings;
import org.ringscope.gnn.accounts.AccountGraphInput;
import org.ringscope.gnn.accounts.LabelledAccounts;
import org.ringscope.gnn.eval.AccountGnnEvaluation;
import org.ringscope.gnn.eval.Metrics;
import org.ringscope.gnn.model.SageConfig;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.ringscope.gnn.eval.BenchmarkEvaluation.mean;
import static org.ringscope.gnn.eval.BenchmarkEvaluation.std;

/**
 * The GNN's evaluation report on a generated population: the newest labels are the test set, and the GNN, the ring
 * score, gradient boosting on graph features and gradient boosting with the GNN score are compared on it, seed by
 * seed, then as mean ± std with the margins that matter.
 */
final class GnnReport {
    private GnnReport() {
    }

    static void run(DemoConfig population, Path dir, Settings settings, CommonOptions common, int seeds,
                    Map<String, String> hyper, PrintStream out) throws Exception {
        long t0 = System.nanoTime();
        GenerateCommand.generate(population, dir, common);
        EventFileGraph.Loaded loaded = EventFileGraph.load(settings, dir.resolve("events.csv"), dir.resolve("labels.csv"));
        LabelledAccounts.Split split = new LabelledAccounts(RingSettings.from(settings), 5, population.seed())
                .split(loaded.graph(), loaded.labels(), loaded.lastEventMillis(), 0.6, 0.2);
        out.printf(Locale.ROOT, "%n== GNN on %,d accounts (population seed %d), prepared in %.1f s%n",
                split.graph().accountCount(), population.seed(), (System.nanoTime() - t0) / 1e9);
        out.printf(Locale.ROOT, "labels by time: train %,d (%,d fraud), validation %,d (%,d fraud), test = newest %,d"
                        + " (%,d fraud); inputs as of %s%n", size(split, split.train()), split.count(split.train(), 1),
                size(split, split.val()), split.count(split.val(), 1), size(split, split.test()),
                split.count(split.test(), 1), Instant.ofEpochMilli(split.cutoff()));
        SageConfig config = AccountGraphInput.modelDefaults().withOverrides(hyper);
        out.println("model: " + config.asMap());
        AccountGnnEvaluation evaluation = new AccountGnnEvaluation(config, common.quiet ? null : System.err);
        List<AccountGnnEvaluation.Result> results = new ArrayList<>();
        out.printf(Locale.ROOT, "%-6s %-22s %8s %8s %9s %9s %8s %6s%n", "seed", "model", "ROC-AUC", "PR-AUC",
                "rec@1%FPR", "rec@5%FPR", "prec@50", "ECE");
        for (long seed = 1; seed <= seeds; seed++) {
            AccountGnnEvaluation.Result r = evaluation.run(split, seed);
            results.add(r);
            for (Map.Entry<String, Metrics> e : r.byModel().entrySet()) {
                Metrics m = e.getValue();
                out.printf(Locale.ROOT, "%-6d %-22s %8.3f %8.3f %9.3f %9.3f %8.3f %6.3f%n", seed, e.getKey(),
                        m.rocAuc(), m.prAuc(), m.recallAt1PctFpr(), m.recallAt5PctFpr(), m.precisionAtTopK(),
                        m.calibration().expectedCalibrationError());
            }
            out.printf(Locale.ROOT, "       (GNN best epoch %d, trained in %.1f s)%n", r.gnnBestEpoch(), r.gnnTrainSeconds());
        }
        out.printf(Locale.ROOT, "%nover %d seeds (test PR-AUC mean ± std):%n", seeds);
        for (String model : results.get(0).byModel().keySet()) {
            double[] pr = results.stream().mapToDouble(r -> r.byModel().get(model).prAuc()).toArray();
            double[] roc = results.stream().mapToDouble(r -> r.byModel().get(model).rocAuc()).toArray();
            out.printf(Locale.ROOT, "  %-22s PR-AUC %.3f ± %.3f   ROC-AUC %.3f ± %.3f  %s%n", model, mean(pr), std(pr),
                    mean(roc), std(roc), "#".repeat((int) Math.round(mean(pr) * 50)));
        }
        margin(out, results, AccountGnnEvaluation.GNN, AccountGnnEvaluation.RING_SCORE);
        margin(out, results, AccountGnnEvaluation.GNN, AccountGnnEvaluation.GBM);
        margin(out, results, AccountGnnEvaluation.GBM_GNN, AccountGnnEvaluation.GBM);
    }

    private static void margin(PrintStream out, List<AccountGnnEvaluation.Result> results, String better, String than) {
        double[] d = results.stream().mapToDouble(r -> r.byModel().get(better).prAuc() - r.byModel().get(than).prAuc())
                .toArray();
        long wins = java.util.Arrays.stream(d).filter(x -> x > 0).count();
        out.printf(Locale.ROOT, "  PR-AUC margin %-15s over %-22s %+.3f ± %.3f (ahead in %d of %d seeds)%n", better,
                than, mean(d), std(d), wins, d.length);
    }

    private static int size(LabelledAccounts.Split split, boolean[] mask) {
        return split.count(mask, 0) + split.count(mask, 1);
    }
}
