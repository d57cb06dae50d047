package org.ringscope.api;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.ringscope.core.Setting;
import org.ringscope.core.Settings;
import org.ringscope.features.accounts.FeatureTable;
import org.ringscope.features.graph.AccountFacts;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.gnn.accounts.AccountGraphInput;
import org.ringscope.gnn.accounts.EventNode;
import org.ringscope.gnn.graph.GraphData;
import org.ringscope.gnn.registry.ModelRegistry;
import org.ringscope.gnn.registry.ModelCard;
import org.ringscope.gnn.score.Explanation;
import org.ringscope.gnn.score.SageScorer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The GNN score: the model version named by {@code ringscope.gnn.model} ({@code latest} by default) from the
 * registry, scoring every account at each feature recompute and single events on demand. The version is resolved
 * again at each recompute, so a newly trained model (or a rollback) is served from the next one. With no model
 * trained yet (or {@code none}) the API serves features without a GNN score and says how to get one.
 */
@Singleton
public class GnnService {
    private static final Logger LOG = LoggerFactory.getLogger(GnnService.class);
    private final Settings settings;
    private Loaded loaded;
    /** The model served before the current one: requests on the previous snapshot may still be using it. */
    private Loaded retired;

    /** A loaded model and its version. */
    record Loaded(String version, SageScorer scorer) {
    }

    /**
     * Every account's score from one model, with the input and first-layer states it was computed from: a new
     * event then costs one small forward pass (its own node and its sampled neighbours' stored states).
     */
    record Scores(String version, SageScorer scorer, GraphData input, SageScorer.LayerOne layerOne, float[] score) {
    }

    public GnnService(Settings settings) {
        this.settings = settings;
    }

    /** Scores all accounts of a recompute, or empty when no model is served. */
    Optional<Scores> scoreAll(IdentityGraph graph, FeatureTable features, AccountFacts facts, long asOfMillis) {
        Optional<Loaded> model = wantedModel();
        if (model.isEmpty()) {
            return Optional.empty();
        }
        GraphData input = AccountGraphInput.build(graph, features, facts, asOfMillis);
        SageScorer scorer = model.get().scorer();
        SageScorer.LayerOne layerOne = scorer.layerOne(input);
        float[] scores = scorer.score(input, layerOne, IntStream.range(0, graph.accountCount()).toArray());
        return Optional.of(new Scores(model.get().version(), scorer, input, layerOne, scores));
    }

    /** One new event's score: its account as an extra node with the given row and neighbours per relation. */
    float scoreEvent(Scores scores, EventNode.Node event) {
        GraphData withEvent = scores.input().withExtraNode(event.row(), event.neighbours());
        return scores.scorer().score(withEvent, scores.layerOne(),
                new int[]{scores.input().nodeCount()})[0];
    }

    /** The account's score explained by occlusion of its sampled neighbourhood, in a sentence and in numbers. */
    ApiViews.GnnView explain(FeatureService.Snapshot s, String accountId, int topNeighbours) {
        Scores scores = s.gnn().orElseThrow(() -> ApiException.unavailable("no GNN model is served",
                "train one with 'ringscope train' (it is picked up at the next recompute), or check ringscope.gnn.model"));
        int account = s.graph().accountIndex(accountId);
        if (account < 0) {
            throw ApiException.unknown("no account '" + accountId + "' in the graph as of " + s.asOf(), "check the id");
        }
        Explanation e = scores.scorer().explain(scores.input(), account, topNeighbours);
        List<ApiViews.Contribution> relations = e.relations().stream()
                .sorted(java.util.Comparator.comparingDouble(c -> -c.contribution()))
                .map(c -> new ApiViews.Contribution(c.relation(), null, c.sampledNeighbours(), c.contribution())).toList();
        List<ApiViews.Contribution> neighbours = e.neighbours().stream()
                .map(c -> new ApiViews.Contribution(c.relation(), s.graph().accountId(c.neighbour()), 1, c.contribution()))
                .toList();
        return new ApiViews.GnnView(accountId, scores.version(), scores.score()[account], sentence(e, s),
                relations, neighbours);
    }

    /**
     * e.g. "GNN score 0.91: log-odds raised most by shared phone (+2.1) and device (+0.4); strongest neighbour acc-1
     * (confirmed fraud) via phone (+1.2)".
     */
    private static String sentence(Explanation e, FeatureService.Snapshot s) {
        StringBuilder text = new StringBuilder(String.format(java.util.Locale.ROOT, "GNN score %.2f", e.score()));
        List<Explanation.RelationContribution> up = e.relations().stream().filter(c -> c.contribution() > 0.05)
                .sorted(java.util.Comparator.comparingDouble(c -> -c.contribution())).limit(2).toList();
        if (up.isEmpty()) {
            text.append(": no identifier kind raised it (the account's own features carry the score)");
        } else {
            text.append(": log-odds raised most by shared ");
            for (int i = 0; i < up.size(); i++) {
                text.append(i == 0 ? "" : " and ").append(up.get(i).relation())
                        .append(String.format(java.util.Locale.ROOT, " (%+.1f)", up.get(i).contribution()));
            }
        }
        e.neighbours().stream().filter(c -> c.contribution() > 0.05).findFirst().ifPresent(c -> {
            byte label = s.labels()[c.neighbour()];
            text.append("; strongest neighbour ").append(s.graph().accountId(c.neighbour()))
                    .append(label == AccountFacts.FRAUD ? " (confirmed fraud)" : label == AccountFacts.LEGIT ? " (legit)" : "")
                    .append(" via ").append(c.relation())
                    .append(String.format(java.util.Locale.ROOT, " (%+.1f)", c.contribution()));
        });
        return text.toString();
    }

    /** The configured version, loaded; a different one than last time replaces it. */
    private synchronized Optional<Loaded> wantedModel() {
        String wanted = settings.get(Setting.GNN_MODEL);
        if (wanted.equals("none")) {
            return Optional.empty();
        }
        ModelRegistry registry = new ModelRegistry(settings.gnnRegistry());
        try {
            Optional<String> version = wanted.equals("latest") ? registry.latest() : Optional.of(wanted);
            if (version.isEmpty()) {
                LOG.info("no GNN model in {}: features are served without gnn_score until one is trained"
                        + " (ringscope train)", settings.gnnRegistry());
                return Optional.empty();
            }
            if (loaded == null || !loaded.version().equals(version.get())) {
                ModelCard card = registry.card(version.get());
                Loaded next = new Loaded(version.get(), registry.load(version.get()));
                LOG.info("serving GNN model {} (labels up to {})", version.get(), card.trainingDataCutoffMillis() == null
                        ? "unknown" : java.time.Instant.ofEpochMilli(card.trainingDataCutoffMillis()));
                if (retired != null) {
                    retired.scorer().close();
                }
                retired = loaded;
                loaded = next;
            }
            return Optional.of(loaded);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot load GNN model '" + wanted + "' from " + settings.gnnRegistry()
                    + ": " + e.getMessage() + "; name a version listed there in " + Setting.GNN_MODEL.key()
                    + ", train one with 'ringscope train', or set it to none", e);
        }
    }

    @PreDestroy
    synchronized void close() {
        for (Loaded l : new Loaded[]{loaded, retired}) {
            if (l != null) {
                l.scorer().close();
            }
        }
    }
}
