package org.ringscope.cli;

import org.ringscope.core.Settings;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.graph.LabelHistory;
import org.ringscope.features.rings.RingSettings;
import org.ringscope.features.store.SnapshotReader;
import org.ringscope.gnn.accounts.AccountGraphInput;
import org.ringscope.gnn.accounts.LabelledAccounts;
import org.ringscope.gnn.graph.InputHash;
import org.ringscope.gnn.model.SageConfig;
import org.ringscope.gnn.registry.ModelCard;
import org.ringscope.gnn.registry.ModelRegistry;
import org.ringscope.gnn.train.SageTrainer;
import org.ringscope.gnn.train.TrainingResult;
import org.ringscope.store.Neo4jStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Trains the GNN on the store's labelled accounts and saves it in the model registry, where the API picks it up.
 */
@Command(name = "train", description = {
        "Train the GNN (heterogeneous GraphSAGE) on the labelled accounts in the store and save it to the model",
        "registry (ringscope.gnn.registry). Older labels train, the newest --val-share choose the epoch; inputs are",
        "as of now, with each account's own label hidden from its features. The API serves the newest model",
        "(ringscope.gnn.model=latest) from its next recompute; name an older version there to roll back."})
final class TrainCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--version", paramLabel = "NAME", description = "version name (default sage-<UTC time>)")
    String version;

    @Option(names = "--val-share", defaultValue = "0.2", description = "newest share of labels used to validate (default ${DEFAULT-VALUE})")
    double valShare;

    @Option(names = "--seed", defaultValue = "42", description = "seed for folds, initial weights and sampling (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "hyper-parameter: hidden, fanOuts (8x4), lr, weightDecay, dropout, batch, epochs, patience, l2")
    Map<String, String> hyper = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        Settings settings = common.settings(Map.of());
        try (Neo4jStore store = Neo4jStore.open(settings)) {
            train(store, settings, valShare, seed, hyper, version, common.quiet ? null : System.err, System.out);
        }
        return 0;
    }

    /** Trains on the store's labels as they stand and saves the model; progress to {@code progress} (or none). */
    static ModelCard train(Neo4jStore store, Settings settings, double valShare, long seed, Map<String, String> hyper,
                           String version, PrintStream progress, PrintStream out) throws IOException {
        IdentityGraph graph = SnapshotReader.read(store, settings.kinds());
        LabelHistory labels = SnapshotReader.readLabelHistory(store);
        long end = graph.lastLinkMillis();
        LabelledAccounts.Split split = new LabelledAccounts(RingSettings.from(settings), 5, seed)
                .split(graph, labels, end, 1 - valShare, valShare);
        out.printf(Locale.ROOT, "GNN: training on %,d labelled accounts (%,d fraud), validating on the newest %,d"
                        + " (%,d fraud)%n", split.count(split.train(), 1) + split.count(split.train(), 0),
                split.count(split.train(), 1), split.count(split.val(), 1) + split.count(split.val(), 0),
                split.count(split.val(), 1));
        SageConfig config = AccountGraphInput.modelDefaults().withSeed(seed).withOverrides(hyper);
        TrainingResult result = new SageTrainer(config, progress)
                .train(split.training(), split.labels(), split.train(), split.val());
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("val_pr_auc", result.bestValPrAuc());
        metrics.put("val_roc_auc", result.bestValRocAuc());
        metrics.put("best_epoch", (double) result.bestEpoch());
        metrics.put("train_seconds", result.elapsedMillis() / 1000.0);
        String hash = InputHash.of(split.input(), split.labels(), split.train(), split.val());
        ModelRegistry registry = new ModelRegistry(settings.gnnRegistry());
        ModelCard card = version == null ? registry.save(result.model(), metrics, hash, end)
                : registry.save(version, result.model(), metrics, hash, end);
        out.printf(Locale.ROOT, "GNN %s saved to %s: validation PR-AUC %.3f, ROC-AUC %.3f (epoch %d, %.0f s);"
                        + " served as gnn_score from the API's next recompute%n", card.version(),
                settings.gnnRegistry().resolve(card.version()), result.bestValPrAuc(), result.bestValRocAuc(),
                result.bestEpoch(), result.elapsedMillis() / 1000.0);
        return card;
    }
}
