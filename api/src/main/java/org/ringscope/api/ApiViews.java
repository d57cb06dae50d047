package org.ringscope.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the API sends and accepts. */
final class ApiViews {
    static final String FEATURE_VERSION = "graph-features-1";

    private ApiViews() {
    }

    @Serdeable
    record AccountFeaturesView(String accountId, Instant asOf, Instant computedAt, String featureVersion,
                               @Nullable String gnnModel, Map<String, Double> features) {
    }

    @Serdeable
    record BatchRequest(@NotEmpty @Size(max = 1000) List<@NotEmpty String> accountIds) {
    }

    @Serdeable
    record BatchView(Instant asOf, Instant computedAt, String featureVersion, @Nullable String gnnModel,
                     List<AccountFeaturesView> accounts,
                     List<String> unknown) {
    }

    /**
     * An account ({@code type} "account": hop from the centre, label, ring) or an identifier ({@code type} its kind:
     * how many accounts use it, and whether it was left unexpanded as a hub).
     */
    @Serdeable
    record NodeView(String id, String type, @Nullable Integer hop, @Nullable String label, @Nullable String ringId,
                    @Nullable Integer degree, @Nullable Boolean collapsed) {
    }

    @Serdeable
    record LinkView(String account, String identifier, Instant firstSeen) {
    }

    @Serdeable
    record NeighbourhoodView(String accountId, int hops, Instant asOf, List<NodeView> nodes, List<LinkView> links,
                             boolean truncated) {
    }

    /** How much removing one part of the sampled neighbourhood lowers the log-odds (negative: that part lowered the score). */
    @Serdeable
    record Contribution(String relation, @Nullable String accountId, int sampled, double contribution) {
    }

    @Serdeable
    record GnnView(String accountId, String gnnModel, double gnnScore, String explanation,
                   List<Contribution> byRelation, List<Contribution> byNeighbour) {
    }

    @Serdeable
    record Binding(String kind, String key, int members) {
    }

    @Serdeable
    record RingSummary(String id, int size, double risk, String typology, int fraud, int legit, Instant firstSeen,
                       Instant lastSeen, String explanation, String status) {
    }

    @Serdeable
    record RingDetail(RingSummary ring, List<String> members, List<Binding> bindings) {
    }

    @Serdeable
    record RingPage(List<RingSummary> rings, int total, int offset, int limit) {
    }

    /** An incoming event in the ingest schema (event_id, ts, account_id, type and identifier columns), raw values. */
    @Serdeable
    record ScoreContextRequest(@NotEmpty Map<String, String> event, boolean persist) {
    }

    @Serdeable
    record RingRef(String id, int size, double risk) {
    }

    @Serdeable
    record SharedWithFraud(String kind, String key, int fraudAccounts) {
    }

    @Serdeable
    record ScoreContextView(String accountId, boolean knownAccount, boolean persisted, Instant asOf, Instant computedAt,
                            int linkedAccounts, double fraudNeighbourShare, int fraudHops, @Nullable RingRef ring,
                            List<SharedWithFraud> sharedWithFraud, @Nullable Double gnnScore,
                            @Nullable String gnnModel) {
    }

    @Serdeable
    record QueryResult(List<String> columns, List<Map<String, Object>> rows, boolean truncated) {
    }

    @Serdeable
    record SavedQueryView(String name, String description, List<ParamView> params) {
    }

    @Serdeable
    record ParamView(String name, String type, @Nullable String defaultValue) {
    }

    @Serdeable
    record SavedQueryRequest(@Nullable Map<String, String> params) {
    }

    @Serdeable
    record CypherRequest(@jakarta.validation.constraints.NotBlank @Size(max = 20_000) String query,
                         @Nullable Map<String, Object> params) {
    }

    @Serdeable
    record DecisionRequest(@jakarta.validation.constraints.NotNull
                           @jakarta.validation.constraints.Pattern(regexp = "confirm|dismiss", message = "must be confirm or dismiss")
                           String decision,
                           @jakarta.validation.constraints.NotBlank @Size(max = 500) String reason) {
    }

    @Serdeable
    record DecisionView(String id, String targetKind, String target, String decision, String reason, String by,
                        String at, List<String> members) {
    }

    @Serdeable
    record ApiError(int status, String error, @Nullable String hint) {
    }

    @Serdeable
    record Health(String status, boolean store, boolean featuresReady, @Nullable Instant featuresComputedAt) {
    }
}
