package org.ringscope.api;

import jakarta.inject.Singleton;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.ringscope.cypher.SavedQueries;
import org.ringscope.cypher.SavedQuery;
import org.ringscope.store.Neo4jStore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Analysts' Cypher: the saved, tested library, and their own queries. Everything runs in a read transaction, so the
 * database itself refuses any write, with a time limit and a row limit (the answer says when rows were cut).
 */
@Singleton
public class CypherService {
    static final int MAX_ROWS = 10_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final Neo4jStore store;
    private final SavedQueries saved = SavedQueries.load();

    public CypherService(Neo4jStore store) {
        this.store = store;
    }

    public List<SavedQuery> library() {
        return saved.all();
    }

    public ApiViews.QueryResult runSaved(String name, Map<String, String> params) {
        SavedQuery query = saved.find(name).orElseThrow(() -> ApiException.unknown("no saved query '" + name + "'",
                "list them with GET /v1/queries"));
        Map<String, Object> bound;
        try {
            bound = query.bind(params == null ? Map.of() : params);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("params", e.getMessage());
        }
        return run(query.cypher(), bound);
    }

    public ApiViews.QueryResult run(String cypher, Map<String, Object> params) {
        try (Session session = store.session()) {
            return session.executeRead(tx -> {
                Result result = tx.run(cypher, params == null ? Map.of() : params);
                List<String> columns = result.keys();
                List<Map<String, Object>> rows = new ArrayList<>();
                boolean truncated = false;
                while (result.hasNext()) {
                    if (rows.size() == MAX_ROWS) {
                        truncated = true;
                        break;
                    }
                    Record r = result.next();
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (String column : columns) {
                        row.put(column, plain(r.get(column)));
                    }
                    rows.add(row);
                }
                return new ApiViews.QueryResult(columns, rows, truncated);
            }, TransactionConfig.builder().withTimeout(TIMEOUT).build());
        } catch (ClientException e) {
            // syntax errors, unknown parameters, and writes refused by the read transaction
            throw ApiException.invalid("query", e.getMessage());
        }
    }

    /** A driver value as plain JSON-able Java: nodes and relationships as maps, times as ISO text. */
    static Object plain(Value v) {
        if (v.isNull()) {
            return null;
        }
        return switch (v.type().name()) {
            case "NODE" -> {
                Node n = v.asNode();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("labels", n.labels());
                m.put("properties", plainMap(n.asMap(Value::asObject)));
                yield m;
            }
            case "RELATIONSHIP" -> {
                Relationship r = v.asRelationship();
                yield Map.of("type", r.type(), "properties", plainMap(r.asMap(Value::asObject)));
            }
            case "PATH" -> {
                List<Object> steps = new ArrayList<>();
                Path p = v.asPath();
                p.nodes().forEach(n -> steps.add(Map.of("labels", n.labels(), "properties", plainMap(n.asMap(Value::asObject)))));
                yield steps;
            }
            case "LIST" -> v.asList(CypherService::plain);
            case "MAP" -> {
                Map<String, Object> m = new LinkedHashMap<>();
                v.keys().forEach(k -> m.put(k, plain(v.get(k))));
                yield m;
            }
            case "DATE_TIME", "DATE", "TIME", "LOCAL_TIME", "LOCAL_DATE_TIME", "DURATION", "POINT" -> v.toString();
            default -> v.asObject();
        };
    }

    private static Map<String, Object> plainMap(Map<String, Object> properties) {
        Map<String, Object> m = new LinkedHashMap<>();
        properties.forEach((k, o) -> m.put(k, o instanceof java.time.temporal.Temporal ? o.toString() : o));
        return m;
    }
}
