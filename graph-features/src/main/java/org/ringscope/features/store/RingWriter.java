package org.ringscope.features.store;

import org.neo4j.driver.Session;
import org.neo4j.driver.Values;
import org.ringscope.features.rings.Ring;
import org.ringscope.features.rings.RingProfile;
import org.ringscope.store.Neo4jStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces the detected rings in Neo4j: {@code (:Ring {id, size, detected_at, method, bindings, profile})
 * <-[:MEMBER_OF]-(:Account)}, where the profile is risk, typology, label counts, activity window and explanation, and
 * {@code adopted} lists the members that joined by taking up a member's identifier.
 * Old rings go first, in batches, so the graph always shows one detection run.
 */
public final class RingWriter {
    private static final int BATCH = 2_000;
    private static final String WRITE = """
            UNWIND $rings AS ring
            CREATE (r:Ring {id: ring.id, size: ring.size, detected_at: datetime($at), method: $method,
                            binding_kinds: ring.kinds, binding_keys: ring.keys, binding_members: ring.counts,
                            risk: ring.risk, typology: ring.typology, fraud: ring.fraud, legit: ring.legit,
                            first_seen: datetime({epochMillis: ring.first}), last_seen: datetime({epochMillis: ring.last}),
                            explanation: ring.explanation, adopted: ring.adopted})
            WITH r, ring
            UNWIND ring.members AS member
            MATCH (a:Account {id: member})
            CREATE (a)-[:MEMBER_OF]->(r)""";

    private RingWriter() {
    }

    /** @param profiles one per ring, in the same order */
    public static void replace(Neo4jStore store, List<Ring> rings, List<RingProfile> profiles, String method,
                               Instant detectedAt) {
        if (profiles.size() != rings.size()) {
            throw new IllegalArgumentException(rings.size() + " rings but " + profiles.size() + " profiles");
        }
        try (Session session = store.session()) {
            session.run("MATCH (r:Ring) CALL (r) { DETACH DELETE r } IN TRANSACTIONS OF 2000 ROWS").consume();
            for (int from = 0; from < rings.size(); from += BATCH) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (int i = from; i < Math.min(rings.size(), from + BATCH); i++) {
                    Ring ring = rings.get(i);
                    RingProfile p = profiles.get(i);
                    Map<String, Object> row = new HashMap<>();
                    row.put("id", ring.id());
                    row.put("size", ring.size());
                    row.put("members", ring.members());
                    row.put("adopted", ring.adopted());
                    row.put("kinds", ring.bindings().stream().map(Ring.Binding::kind).toList());
                    row.put("keys", ring.bindings().stream().map(Ring.Binding::key).toList());
                    row.put("counts", ring.bindings().stream().map(Ring.Binding::members).toList());
                    row.put("risk", p.risk());
                    row.put("typology", p.typology());
                    row.put("fraud", p.fraud());
                    row.put("legit", p.legit());
                    row.put("first", p.firstSeen());
                    row.put("last", p.lastSeen());
                    row.put("explanation", p.explanation());
                    rows.add(row);
                }
                session.executeWrite(tx -> tx.run(WRITE, Values.parameters("rings", rows, "at",
                        detectedAt.toString(), "method", method)).consume());
            }
        }
    }
}
