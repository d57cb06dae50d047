package org.ringscope.features.store;

import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.ringscope.core.IdentifierKind;
import org.ringscope.core.IdentifierKinds;
import org.ringscope.features.graph.AccountFacts;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.graph.LabelHistory;
import org.ringscope.store.Neo4jStore;

/** Reads the account–identifier graph out of Neo4j through the driver into an {@link IdentityGraph}. */
public final class SnapshotReader {
    private static final String LINKS = """
            MATCH (a:Account)-[r:%s]->(i:%s)
            RETURN a.id AS account, i.key AS key, r.first_seen.epochMillis AS first""";

    private static final String FACTS = """
            MATCH (a:Account)
            RETURN a.id AS id, a.first_seen.epochMillis AS first, a.last_seen.epochMillis AS last, a.label AS label""";

    private SnapshotReader() {
    }

    /** Every label with its time, for features as of any moment. */
    public static LabelHistory readLabelHistory(Neo4jStore store) {
        LabelHistory history = new LabelHistory();
        try (Session session = store.session()) {
            session.run("""
                    MATCH (a:Account)-[:HAS_LABEL]->(l:Label)
                    RETURN a.id AS id, l.at.epochMillis AS at, l.label AS label""").stream()
                    .forEach(r -> history.add(r.get("id").asString(), r.get("at").asLong(), r.get("label").asString()));
        }
        return history;
    }

    /** First and last activity and latest label of each account of the graph (accounts it lacks are ignored). */
    public static AccountFacts readFacts(Neo4jStore store, IdentityGraph graph) {
        AccountFacts facts = AccountFacts.empty(graph.accountCount());
        try (Session session = store.session()) {
            session.run(FACTS).stream().forEach(r -> {
                int a = graph.accountIndex(r.get("id").asString());
                if (a >= 0) {
                    facts.firstSeen()[a] = r.get("first").isNull() ? 0 : r.get("first").asLong();
                    facts.lastSeen()[a] = r.get("last").isNull() ? 0 : r.get("last").asLong();
                    facts.label()[a] = AccountFacts.label(r.get("label").isNull() ? null : r.get("label").asString());
                }
            });
        }
        return facts;
    }

    public static IdentityGraph read(Neo4jStore store, IdentifierKinds kinds) {
        IdentityGraph.Builder builder = IdentityGraph.builder(kinds);
        try (Session session = store.session()) {
            // Accounts without links still belong in the snapshot (features of a lone account are features too).
            session.run("MATCH (a:Account) RETURN a.id AS id").stream().forEach(r -> builder.account(r.get(0).asString()));
            for (int k = 0; k < kinds.size(); k++) {
                IdentifierKind kind = kinds.all().get(k);
                int kindIndex = k;
                session.run(LINKS.formatted(kind.relationship(), kind.label())).stream().forEach((Record r) ->
                        builder.link(r.get(0).asString(), kindIndex, r.get(1).asString(),
                                r.get(2).isNull() ? 0L : r.get(2).asLong()));
            }
        }
        return builder.build();
    }
}
