package org.ringscope.api;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.ringscope.core.Settings;
import org.ringscope.features.accounts.AccountFeatures;
import org.ringscope.features.accounts.FeatureTable;
import org.ringscope.features.graph.AccountFacts;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.rings.Ring;
import org.ringscope.features.rings.RingDetector;
import org.ringscope.features.rings.RingProfile;
import org.ringscope.features.rings.RingSettings;
import org.ringscope.features.store.RingWriter;
import org.ringscope.features.store.SnapshotReader;
import org.ringscope.store.Neo4jStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Serves features from memory: the graph is read out and every account's features computed in one full recompute,
 * then answered by array look-up, so a request costs microseconds, not a query. The recompute also writes the
 * rings back to the store. The recompute runs at start and
 * every {@code ringscope.api.refresh-every}; {@link #computedAt()} says how fresh the answers are.
 */
@Singleton
public class FeatureService {
    private static final Logger LOG = LoggerFactory.getLogger(FeatureService.class);
    static final String GNN_SCORE = "gnn_score";
    private final Neo4jStore store;
    private final Settings settings;
    private final GnnService gnn;
    private volatile Snapshot snapshot;

    /** One full recompute, immutable once built. */
    record Snapshot(IdentityGraph graph, byte[] labels, boolean[] fraud, FeatureTable features, List<Ring> rings,
                    List<RingProfile> profiles, Map<String, Integer> ringIndex, int[] ringOf,
                    Optional<GnnService.Scores> gnn, Instant asOf, Instant computedAt) {
        /** The ring an account index is in, or null. */
        String ringId(int account) {
            return ringOf[account] < 0 ? null : rings.get(ringOf[account]).id();
        }
    }

    public FeatureService(Neo4jStore store, Settings settings, GnnService gnn,
                          io.micrometer.core.instrument.MeterRegistry meters) {
        this.store = store;
        this.settings = settings;
        this.gnn = gnn;
        io.micrometer.core.instrument.Gauge.builder("ringscope.features.age", this,
                        f -> f.snapshot == null ? Double.NaN : (System.currentTimeMillis() - f.snapshot.computedAt().toEpochMilli()) / 1000.0)
                .description("seconds since the features were last recomputed").baseUnit("seconds").register(meters);
        io.micrometer.core.instrument.Gauge.builder("ringscope.features.accounts", this,
                        f -> f.snapshot == null ? 0 : f.snapshot.graph().accountCount())
                .description("accounts in the served snapshot").register(meters);
    }

    @Scheduled(fixedDelay = "${ringscope.api.refresh-every:10m}", initialDelay = "${ringscope.api.refresh-every:10m}")
    public synchronized void refresh() {
        long t0 = System.nanoTime();
        IdentityGraph graph = SnapshotReader.read(store, settings.kinds());
        AccountFacts facts = SnapshotReader.readFacts(store, graph);
        long asOf = graph.lastLinkMillis();
        AccountFeatures.Result result = new AccountFeatures(RingSettings.from(settings)).compute(graph, facts, asOf);
        // Written back so analysts' saved queries and the graph show the rings the API serves.
        RingWriter.replace(store, result.rings().rings(), result.profiles(), RingDetector.METHOD, Instant.now());
        Map<String, Integer> ringIndex = new HashMap<>();
        for (int r = 0; r < result.rings().rings().size(); r++) {
            ringIndex.put(result.rings().rings().get(r).id(), r);
        }
        int[] ringOf = Ring.indexByAccount(graph, result.rings().rings());
        Optional<GnnService.Scores> scores = gnn.scoreAll(graph, result.features(), facts, asOf);
        snapshot = new Snapshot(graph, facts.label(), facts.fraud(), result.features(), result.rings().rings(),
                result.profiles(), ringIndex, ringOf, scores, Instant.ofEpochMilli(asOf), Instant.now());
        LOG.info("features recomputed for {} accounts, {} rings{} in {} ms", graph.accountCount(),
                result.rings().rings().size(), scores.map(g -> ", GNN " + g.version()).orElse(""),
                (System.nanoTime() - t0) / 1_000_000);
    }

    Snapshot current() {
        Snapshot s = snapshot;
        if (s == null) {
            refresh();
            s = snapshot;
        }
        return s;
    }

    /**
     * The account's features by name, in dictionary order, then {@code gnn_score} when a GNN model is served; empty
     * when the account is unknown.
     */
    public Optional<Map<String, Double>> features(String accountId) {
        Snapshot s = current();
        int a = s.graph().accountIndex(accountId);
        if (a < 0) {
            return Optional.empty();
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (int f = 0; f < s.features().names().size(); f++) {
            values.put(s.features().names().get(f), s.features().values()[f][a]);
        }
        s.gnn().ifPresent(g -> values.put(GNN_SCORE, (double) g.score()[a]));
        return Optional.of(values);
    }

    /** The GNN model version behind {@code gnn_score}, or null when none is served. */
    public String gnnModel() {
        return current().gnn().map(GnnService.Scores::version).orElse(null);
    }

    public Instant asOf() {
        return current().asOf();
    }

    public Instant computedAt() {
        return current().computedAt();
    }

    public boolean fresh() {
        return snapshot != null;
    }
}
