package org.ringscope.api;

import jakarta.inject.Singleton;
import org.ringscope.core.Identifier;
import org.ringscope.core.IdentityEvent;
import org.ringscope.core.RawRecord;
import org.ringscope.core.Settings;
import org.ringscope.features.accounts.EventContext;
import org.ringscope.features.rings.RingSettings;
import org.ringscope.gnn.accounts.EventNode;
import org.ringscope.ingest.EventPreparer;
import org.ringscope.ingest.RowRefusedException;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Features of an incoming event's account as if the event were already in the graph. The event is validated,
 * normalised and pseudonymised exactly as ingest does it (raw values never go further), evaluated against the
 * in-memory snapshot, and written through the ingest writer (in small group-committed batches, {@link EventBatcher})
 * when the caller asks to persist it; the answer comes after the write committed.
 */
@Singleton
public class ScoreContextService {
    private final FeatureService features;
    private final EventPreparer preparer;
    private final EventBatcher batcher;
    private final EventContext context;
    private final GnnService gnn;

    private final io.micrometer.core.instrument.Counter evaluated;
    private final io.micrometer.core.instrument.Counter persisted;
    private final io.micrometer.core.instrument.Counter refused;

    public ScoreContextService(FeatureService features, Settings settings, EventBatcher batcher, GnnService gnn,
                               io.micrometer.core.instrument.MeterRegistry meters) {
        this.gnn = gnn;
        this.evaluated = meters.counter("ringscope.events.evaluated");
        this.persisted = meters.counter("ringscope.events.persisted");
        this.refused = meters.counter("ringscope.events.refused");
        this.features = features;
        this.preparer = EventPreparer.from(settings);
        this.batcher = batcher;
        this.context = new EventContext(RingSettings.from(settings));
    }

    /**
     * Evaluates the event now; when asked to persist it, the answer completes once its batch committed. The caller's
     * thread is not held meanwhile: hundreds of writes a second would otherwise park hundreds of threads on two cores.
     */
    public CompletableFuture<ApiViews.ScoreContextView> evaluate(Map<String, String> event, boolean persist) {
        Map<String, String> fields = new HashMap<>();
        event.forEach((k, v) -> fields.put(k.toLowerCase(Locale.ROOT), v));
        // An evaluation needs no id or time of its own; a persisted event keeps the caller's for idempotency.
        fields.putIfAbsent(RawRecord.EVENT_ID, "score-context-" + UUID.randomUUID());
        fields.putIfAbsent(RawRecord.TS, Instant.now().toString());
        fields.putIfAbsent(RawRecord.TYPE, "score_context");
        IdentityEvent prepared;
        try {
            prepared = preparer.prepare(new RawRecord(0, fields));
        } catch (RowRefusedException e) {
            refused.increment();
            throw ApiException.invalid("event." + e.field(), e.getMessage());
        }
        evaluated.increment();
        FeatureService.Snapshot s = features.current();
        List<EventContext.EventIdentifier> identifiers = prepared.identifiers().stream()
                .map((Identifier i) -> new EventContext.EventIdentifier(i.kind().name(), i.key())).toList();
        EventContext.Result r = context.evaluate(s.graph(), s.fraud(), s.features().column("fraud_hops"), s.rings(),
                s.profiles(), s.ringOf(), prepared.accountId(), identifiers, prepared.tsMillis());
        Double gnnScore = s.gnn().map(scores -> (double) gnn.scoreEvent(scores,
                EventNode.of(s.graph(), scores.input(), prepared.accountId(), identifiers, changedBy(r)))).orElse(null);
        CompletableFuture<Boolean> write = persist ? batcher.persist(prepared) : CompletableFuture.completedFuture(false);
        return write.handle((stored, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                throw ApiException.unavailable("the event was not stored: " + cause.getMessage(),
                        "retry with the same event_id: a repeat is never stored twice");
            }
            if (stored) {
                persisted.increment();
            }
            return new ApiViews.ScoreContextView(prepared.accountId(), r.knownAccount(), stored, s.asOf(),
                    s.computedAt(), r.linkedAccounts(), r.fraudNeighbourShare(), r.fraudHops(),
                    r.ringId() == null ? null : new ApiViews.RingRef(r.ringId(), r.ringSize(), r.ringRisk()),
                    r.sharedWithFraud().stream()
                            .map(f -> new ApiViews.SharedWithFraud(f.kind(), f.key(), f.fraudAccounts())).toList(),
                    gnnScore, s.gnn().map(GnnService.Scores::version).orElse(null));
        });
    }

    /** The account features the event changes, as the GNN reads them. */
    private static Map<String, Double> changedBy(EventContext.Result r) {
        Map<String, Double> changed = new HashMap<>();
        changed.put("linked_accounts", (double) r.linkedAccounts());
        changed.put("fraud_neighbour_share", r.fraudNeighbourShare());
        changed.put("fraud_hops", (double) r.fraudHops());
        changed.put("ring_size", (double) r.ringSize());
        changed.put("ring_risk", r.ringRisk());
        return changed;
    }
}
