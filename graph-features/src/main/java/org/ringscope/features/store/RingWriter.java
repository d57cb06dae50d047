package org.ringscope.features.store;

import org.neo4j.driver.Session;
import org.neo4j.driver.Values;
import org.ringscope.features.rings.Ring;
import org.ringscope.store.Neo4jStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replaces the detected rings in Neo4j: {@code (:Ring {id, size, detected_at, method, bindings})<-[:MEMBER_OF]-(:Account)}.
 * Old rings go first, in batches, so the graph always shows one detection run.
 */
public final class RingWriter {
    private static final int BATCH = 2_000;
    private static final String WRITE = """
            UNWIND $rings AS ring
            CREATE (r:Ring {id: ring.id, size: ring.size, detected_at: datetime($at), method: $method,
                            binding_kinds: ring.kinds, binding_keys: ring.keys, binding_members: ring.counts})
            WITH r, ring
            UNWIND ring.members AS member
            MATCH (a:Account {id: member})
            CREATE (a)-[:MEMBER_OF]->(r)""";

    private RingWriter() {
    }

    public static void replace(Neo4jStore store, List<Ring> rings, String method, Instant detectedAt) {
        try (Session session = store.session()) {
            session.run("MATCH (r:Ring) CALL (r) { DETACH DELETE r } IN TRANSACTIONS OF 2000 ROWS").consume();
            for (int from = 0; from < rings.size(); from += BATCH) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Ring ring : rings.subList(from, Math.min(rings.size(), from + BATCH))) {
                    rows.add(Map.of("id", ring.id(), "size", ring.size(), "members", ring.members(),
                            "kinds", ring.bindings().stream().map(Ring.Binding::kind).toList(),
                            "keys", ring.bindings().stream().map(Ring.Binding::key).toList(),
                            "counts", ring.bindings().stream().map(Ring.Binding::members).toList()));
                }
                session.executeWrite(tx -> tx.run(WRITE, Values.parameters("rings", rows, "at",
                        detectedAt.toString(), "method", method)).consume());
            }
        }
    }
}
