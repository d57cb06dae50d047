package org.ringscope.features.store;

import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.ringscope.core.IdentifierKind;
import org.ringscope.core.IdentifierKinds;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.store.Neo4jStore;

/** Reads the account–identifier graph out of Neo4j through the driver into an {@link IdentityGraph}. */
public final class SnapshotReader {
    private static final String LINKS = """
            MATCH (a:Account)-[r:%s]->(i:%s)
            RETURN a.id AS account, i.key AS key, r.first_seen.epochMillis AS first""";

    private SnapshotReader() {
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
