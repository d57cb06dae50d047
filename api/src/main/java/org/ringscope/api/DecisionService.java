package org.ringscope.api;

import jakarta.inject.Singleton;
import org.neo4j.driver.Session;
import org.neo4j.driver.Values;
import org.ringscope.core.LabelRecord;
import org.ringscope.ingest.LabelWriter;
import org.ringscope.store.Neo4jStore;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Investigators' decisions. Each is kept as an append-only {@code :Decision} (who, when, why, which accounts) and
 * becomes labels on the accounts it covers (confirm: fraud, dismiss: legit; source investigator), which the next
 * recompute turns into link risk for everyone near them.
 */
@Singleton
public class DecisionService {
    private static final String RECORD = """
            CREATE (d:Decision {id: $id, target_kind: $kind, target: $target, decision: $decision, reason: $reason,
                                by: $by, at: datetime($at), members: $members})""";
    private static final String LIST = """
            MATCH (d:Decision) RETURN d.id AS id, d.target_kind AS kind, d.target AS target, d.decision AS decision,
                   d.reason AS reason, d.by AS by, toString(d.at) AS at, d.members AS members
            ORDER BY d.at DESC, d.id LIMIT $limit""";
    private final Neo4jStore store;
    private final RingCatalog rings;
    private final FeatureService features;
    private final LabelWriter labels;
    private final Clock clock;

    public DecisionService(Neo4jStore store, RingCatalog rings, FeatureService features) {
        this.store = store;
        this.rings = rings;
        this.features = features;
        this.labels = new LabelWriter(store);
        this.clock = Clock.systemUTC();
    }

    public ApiViews.DecisionView decideRing(String ringId, ApiViews.DecisionRequest request, String by) {
        List<String> members = rings.ring(ringId).orElseThrow(() -> ApiException.unknown("no ring '" + ringId
                + "' in the current detection", "list rings with GET /v1/rings")).members();
        ApiViews.DecisionView decision = record("ring", ringId, members, request, by);
        rings.decided(ringId, request.decision());
        return decision;
    }

    public ApiViews.DecisionView decideAccount(String accountId, ApiViews.DecisionRequest request, String by) {
        if (features.features(accountId).isEmpty()) {
            throw ApiException.unknown("no account '" + accountId + "' in the graph", "check the id");
        }
        return record("account", accountId, List.of(accountId), request, by);
    }

    public List<ApiViews.DecisionView> recent(int limit) {
        try (Session session = store.session()) {
            return session.run(LIST, Values.parameters("limit", limit)).list(r -> new ApiViews.DecisionView(
                    r.get("id").asString(), r.get("kind").asString(), r.get("target").asString(),
                    r.get("decision").asString(), r.get("reason").asString(), r.get("by").asString(),
                    r.get("at").asString(), r.get("members").asList(v -> v.asString())));
        }
    }

    private ApiViews.DecisionView record(String kind, String target, List<String> members,
                                        ApiViews.DecisionRequest request, String by) {
        Instant at = clock.instant();
        String label = request.decision().equals("confirm") ? "fraud" : "legit";
        String id = UUID.randomUUID().toString();
        try (Session session = store.session()) {
            session.executeWrite(tx -> tx.run(RECORD, Values.parameters("id", id, "kind", kind, "target", target,
                    "decision", request.decision(), "reason", request.reason(), "by", by, "at", at.toString(),
                    "members", members)).consume());
        }
        labels.write(members.stream().map(m -> new LabelRecord(m, label, at.toEpochMilli(), "investigator")).toList());
        return new ApiViews.DecisionView(id, kind, target, request.decision(), request.reason(), by, at.toString(), members);
    }
}
