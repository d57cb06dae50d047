package org.ringscope.gnn.accounts;

import org.ringscope.features.accounts.AccountFeatures;
import org.ringscope.features.accounts.FeatureTable;
import org.ringscope.features.graph.AccountFacts;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.graph.LabelHistory;
import org.ringscope.features.rings.RingSettings;
import org.ringscope.gnn.graph.FoldedInput;
import org.ringscope.gnn.graph.GraphData;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Labelled accounts made into point-in-time training data for the GNN and its baselines.
 *
 * <p>Labelled accounts are ordered by label time: the oldest {@code trainShare} train, the next {@code valShare}
 * validate, the newest test. Everything is computed as of the first test label ({@code cutoff}): only links first
 * seen by then and labels given before then, exactly what a model deployed at the cut-off would have seen. Labels
 * feed some features (fraud PageRank, hops to fraud, ...), so training and validation accounts are split into folds
 * and each fold gets its own view of the inputs, every account's label features recomputed with that fold's labels
 * hidden. A fold's accounts are computed from their fold's view alone: no account's inputs see its own label, neither
 * in its own row nor in a neighbour's (whose hops to fraud would otherwise be 1 because of it).
 */
public final class LabelledAccounts {
    private final RingSettings settings;
    private final int folds;
    private final long seed;

    public LabelledAccounts(RingSettings settings, int folds, long seed) {
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be at least 2, was " + folds);
        }
        this.settings = settings;
        this.folds = folds;
        this.seed = seed;
    }

    /**
     * @param labels  1 fraud, 0 legit, -1 not labelled or not used
     * @param cutoff  epoch millis the inputs are as of
     * @param input    every account as of the cut-off with all labels known then: what test accounts and the served
     *                 model read
     * @param training the inputs training and validation accounts are computed from, each from its fold's view
     * @param features each account's own row: a training or validation account's from its fold's view (the
     *                 booster's input), any other account's as in {@code input}
     */
    public record Split(IdentityGraph graph, GraphData input, FoldedInput training, FeatureTable features,
                        int[] labels, boolean[] train, boolean[] val, boolean[] test, long cutoff) {
        public int count(boolean[] mask, int label) {
            return (int) IntStream.range(0, labels.length).filter(a -> mask[a] && labels[a] == label).count();
        }
    }

    /**
     * Splits by label time. With {@code valShare + trainShare == 1} there is no test set and the cut-off is the
     * end of {@code full} (how the model to deploy is trained).
     */
    public Split split(IdentityGraph full, LabelHistory history, long endMillis, double trainShare, double valShare) {
        long[] labelTime = history.labelTimes(full, endMillis);
        byte[] finalLabel = history.asOf(full, endMillis);
        int[] labelled = IntStream.range(0, full.accountCount()).filter(a -> labelTime[a] != Long.MIN_VALUE)
                .boxed().sorted((x, y) -> Long.compare(labelTime[x], labelTime[y])).mapToInt(Integer::intValue).toArray();
        if (labelled.length < 10) {
            throw new IllegalArgumentException("only " + labelled.length + " labelled accounts; the GNN needs labels"
                    + " (fraud and legit) to train on: load a labels file first");
        }
        long valFrom = labelTime[labelled[(int) (labelled.length * trainShare)]];
        boolean withTest = trainShare + valShare < 1;
        long cutoff = withTest ? labelTime[labelled[Math.min(labelled.length - 1,
                (int) (labelled.length * (trainShare + valShare)))]] : endMillis + 1;

        IdentityGraph graph = full.asOf(cutoff - 1);
        AccountFacts facts = AccountFacts.fromGraph(graph, history.asOf(graph, cutoff - 1));
        int n = graph.accountCount();
        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        boolean[] train = new boolean[n];
        boolean[] val = new boolean[n];
        boolean[] test = new boolean[n];
        for (int a : labelled) {
            boolean known = graph.linksFrom(a) < graph.linksTo(a);
            if (!known) {
                continue; // not yet seen at the cut-off: nothing to score it on
            }
            boolean before = labelTime[a] < cutoff;
            byte label = before ? facts.label()[a] : finalLabel[a];
            if (label == AccountFacts.UNLABELLED) {
                continue;
            }
            labels[a] = label == AccountFacts.FRAUD ? 1 : 0;
            (labelTime[a] < valFrom ? train : before ? val : test)[a] = true;
        }

        AccountFeatures accountFeatures = new AccountFeatures(settings);
        AccountFeatures.Result result = accountFeatures.compute(graph, facts, cutoff);
        GraphData input = AccountGraphInput.build(graph, result.features(), facts, cutoff);
        FoldedInput training = hideOwnLabels(graph, facts, result, accountFeatures, input, train, val);
        FeatureTable features = AccountGraphInput.table(training.ownRows());
        return new Split(graph, input, training, features, labels, train, val, test, cutoff);
    }

    /** One view of the inputs per fold, every account's label features recomputed with that fold's labels hidden. */
    private FoldedInput hideOwnLabels(IdentityGraph graph, AccountFacts facts, AccountFeatures.Result result,
                                      AccountFeatures accountFeatures, GraphData input, boolean[] train,
                                      boolean[] val) {
        int n = graph.accountCount();
        int[] fold = new int[n];
        SplittableRandom random = new SplittableRandom(seed);
        for (int a = 0; a < n; a++) {
            int f = random.nextInt(folds);
            fold[a] = train[a] || val[a] ? f : -1;
        }
        List<GraphData> views = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            byte[] hidden = facts.label().clone();
            for (int a = 0; a < n; a++) {
                if (fold[a] == f) {
                    hidden[a] = AccountFacts.UNLABELLED;
                }
            }
            FeatureTable refreshed = accountFeatures.labelFeatures(graph,
                    new AccountFacts(facts.firstSeen(), facts.lastSeen(), hidden), result.rings());
            views.add(AccountGraphInput.withColumns(input, refreshed));
        }
        return new FoldedInput(input, views, fold);
    }
}
