package org.ringscope.gnn.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ringscope.gnn.io.PlainGraph;
import org.ringscope.gnn.io.PlainGraphFormat;
import org.ringscope.gnn.model.SageConfig;
import org.ringscope.gnn.score.SageScorer;
import org.ringscope.gnn.train.SageTrainer;
import org.ringscope.gnn.train.TrainingResult;

/**
 * Trains and tests on every official split of a plain-format benchmark and prints test ROC-AUC per split and
 * mean ± std next to the published Tolokers figures.
 *
 * <p>Arguments: {@code <dir> [splits] [seed] [epochs] [key=value ...]}; splits limits how many splits run (all by
 * default), key=value pairs override hyper-parameters (see {@link SageConfig#withOverrides}).
 */
public final class BenchmarkEvaluation {

    /** Published test ROC-AUC on Tolokers (Platonov et al., ICLR 2023), mean and std in percent. */
    private static final String PUBLISHED = """
            published (Tolokers, test ROC-AUC %): GraphSAGE 82.43 ± 0.44 | GAT-sep 83.78 ± 0.43 (best) \
            | ResNet without graph 72.95 ± 1.06""";

    /**
     * Test ROC-AUC of one split and what it took.
     *
     * @param valRocAuc the validation ROC-AUC of the kept epoch: what settings are compared on, not the test
     */
    public record SplitResult(int split, double testRocAuc, double testPrAuc, double valRocAuc, int bestEpoch,
                              long trainMillis) {
    }

    private BenchmarkEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: BenchmarkEvaluation <dir> [splits] [seed] [epochs] [key=value ...]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Map<String, String> overrides = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].contains("=")) {
                String[] kv = args[i].split("=", 2);
                overrides.put(kv[0], kv[1]);
            } else {
                positional.add(args[i]);
            }
        }
        SageConfig config = SageConfig.defaults();
        if (positional.size() > 1) {
            config = config.withSeed(Long.parseLong(positional.get(1)));
        }
        if (positional.size() > 2) {
            config = config.withEpochs(Integer.parseInt(positional.get(2)), config.patience());
        }
        config = config.withOverrides(overrides);
        long started = System.currentTimeMillis();
        PlainGraph data = PlainGraphFormat.load(dir);
        int splits = positional.isEmpty() ? data.splits().size()
                : Math.min(data.splits().size(), Integer.parseInt(positional.get(0)));
        System.out.printf(Locale.ROOT, "%s: %d nodes, %d features, relations %s, %d splits; config %s%n", dir,
                data.graph().nodeCount(), data.graph().featureCount(), data.graph().relationNames(), splits,
                config.asMap());
        List<SplitResult> results = new ArrayList<>();
        for (int s = 0; s < splits; s++) {
            results.add(runSplit(data, s, config));
            SplitResult r = results.get(results.size() - 1);
            System.out.printf(Locale.ROOT, "split %d: test ROC-AUC %.2f  PR-AUC %.2f  (validation ROC-AUC %.2f, epoch %d,"
                    + " %.1fs)%n", s, 100 * r.testRocAuc(), 100 * r.testPrAuc(), 100 * r.valRocAuc(), r.bestEpoch(),
                    r.trainMillis() / 1000.0);
        }
        double[] aucs = results.stream().mapToDouble(r -> 100 * r.testRocAuc()).toArray();
        double[] valAucs = results.stream().mapToDouble(r -> 100 * r.valRocAuc()).toArray();
        System.out.printf(Locale.ROOT, "ringscope GraphSAGE: test ROC-AUC %.2f ± %.2f over %d splits (validation %.2f ±"
                + " %.2f), wall %.1fs%n", mean(aucs), std(aucs), aucs.length, mean(valAucs), std(valAucs),
                (System.currentTimeMillis() - started) / 1000.0);
        System.out.println(PUBLISHED);
    }

    public static SplitResult runSplit(PlainGraph data, int split, SageConfig config) {
        PlainGraph.Split masks = data.splits().get(split);
        TrainingResult trained = new SageTrainer(config).train(data.graph(), data.labels(), masks.train(),
                masks.val());
        try (SageScorer scorer = new SageScorer(trained.model())) {
            int[] all = java.util.stream.IntStream.range(0, data.graph().nodeCount()).toArray();
            float[] scores = scorer.score(data.graph(), all);
            Metrics test = Metrics.of(scores, data.labels(), masks.test(), 100);
            return new SplitResult(split, test.rocAuc(), test.prAuc(), trained.bestValRocAuc(), trained.bestEpoch(),
                    trained.elapsedMillis());
        }
    }

    public static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? Double.NaN : sum / values.length;
    }

    /** Sample standard deviation (n - 1), the usual convention for figures over splits. */
    public static double std(double[] values) {
        if (values.length < 2) {
            return 0;
        }
        double m = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - m) * (v - m);
        }
        return Math.sqrt(sum / (values.length - 1));
    }
}
