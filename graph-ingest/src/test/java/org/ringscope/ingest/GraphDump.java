package org.ringscope.ingest;

import org.neo4j.driver.Record;
import org.ringscope.store.Neo4jStore;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The whole graph as sorted lines, so two graphs can be compared for equality. The ingest lock's batch counter
 * is bookkeeping, and the event ledger is a set (its order follows batch order), so it is compared sorted.
 */
final class GraphDump {
    private GraphDump() {
    }

    static List<String> of(Neo4jStore store) {
        try (var session = store.session()) {
            List<String> nodes = session.run("""
                    MATCH (n) WHERE NOT n:IngestLock
                    RETURN labels(n) AS labels, properties(n) AS props""").list(GraphDump::node);
            List<String> rels = session.run("""
                    MATCH (a)-[r]->(b)
                    RETURN type(r) AS type, coalesce(a.id, a.key) AS from, coalesce(b.id, b.key) AS to, properties(r) AS props""")
                    .list(GraphDump::rel);
            return Stream.concat(nodes.stream(), rels.stream()).sorted().toList();
        }
    }

    private static String node(Record r) {
        Map<String, Object> props = new TreeMap<>(r.get("props").asMap());
        props.computeIfPresent("event_keys", (k, v) -> ((List<?>) v).stream().map(Long.class::cast).sorted().toList());
        return r.get("labels").asList().toString() + props;
    }

    private static String rel(Record r) {
        return r.get("from").asString() + "-" + r.get("type").asString() + "->" + r.get("to").asString()
                + new TreeMap<>(r.get("props").asMap());
    }
}
