package org.ringscope.ingest;

import org.neo4j.driver.Session;
import org.neo4j.driver.Values;
import org.ringscope.core.LabelRecord;
import org.ringscope.store.Neo4jStore;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores labels as history ({@code (:Account)-[:HAS_LABEL]->(:Label)}) and keeps the account's latest label on
 * the account. Labels for unknown accounts create the account: labels often arrive before or without events.
 */
public final class LabelWriter implements FileIngestor.BatchWriter<LabelRecord> {
    private static final String WRITE = """
            UNWIND $rows AS r
            MERGE (l:Label {id: r.id})
            ON CREATE SET l.label = r.label, l.source = r.source, l.at = datetime({epochMillis: r.ts}), l.new = true
            WITH l, r WHERE l.new
            REMOVE l.new
            MERGE (a:Account {id: r.account})
            CREATE (a)-[:HAS_LABEL]->(l)
            WITH a, l, a.label_at IS NULL OR l.at >= a.label_at AS latest
            SET a.label = CASE WHEN latest THEN l.label ELSE a.label END,
                a.label_source = CASE WHEN latest THEN l.source ELSE a.label_source END,
                a.label_at = CASE WHEN latest THEN l.at ELSE a.label_at END
            RETURN count(l) AS created""";
    private final Neo4jStore store;
    private final LabelPreparer ids = new LabelPreparer();

    public LabelWriter(Neo4jStore store) {
        this.store = store;
    }

    @Override
    public int write(List<LabelRecord> batch) {
        // Oldest first, so the latest label on the account is decided by time, not by file order.
        List<Map<String, Object>> rows = batch.stream().sorted(Comparator.comparingLong(LabelRecord::tsMillis)).map(l -> {
            Map<String, Object> row = new HashMap<>();
            row.put("id", ids.idOf(l));
            row.put("account", l.accountId());
            row.put("label", l.label());
            row.put("source", l.source());
            row.put("ts", l.tsMillis());
            return row;
        }).toList();
        try (Session session = store.session()) {
            return session.executeWrite(tx -> {
                return tx.run(WRITE, Values.parameters("rows", rows)).single().get("created").asInt();
            });
        }
    }
}
