package org.ringscope.ingest;

import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Values;
import org.ringscope.core.Identifier;
import org.ringscope.core.IdentifierKind;
import org.ringscope.core.IdentifierKinds;
import org.ringscope.core.IdentityEvent;
import org.ringscope.store.Neo4jStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes batches of prepared events through the driver, one transaction per batch, exactly once per event id.
 *
 * <p>Why it is shaped this way: the {@code :Event} ledger is read and written in the same transaction as the
 * effects, so a batch lands whole or not at all and a re-run skips what already landed. Within a batch, events
 * are aggregated per account and per (account, identifier) so repeated logins cost one write. Accounts that do
 * not exist yet are {@code CREATE}d and so are their links (no relationship can exist to a new node), which
 * leaves {@code MERGE} only where it is needed. Transient errors (deadlocks, leader switches) are retried by
 * the driver's managed transactions.
 */
public final class EventWriter implements FileIngestor.BatchWriter<IdentityEvent> {
    private static final String KNOWN_EVENTS = """
            UNWIND $ids AS id MATCH (e:Event {id: id}) RETURN collect(e.id) AS known""";
    private static final String KNOWN_ACCOUNTS = """
            UNWIND $ids AS id MATCH (a:Account {id: id}) RETURN collect(a.id) AS known""";
    private static final String CREATE_EVENTS = """
            UNWIND $rows AS r
            CREATE (:Event {id: r.id, ts: datetime({epochMillis: r.ts}), type: r.type, account: r.account})""";
    private static final String CREATE_ACCOUNTS = """
            UNWIND $rows AS r
            CREATE (:Account {id: r.id, first_seen: datetime({epochMillis: r.first}),
                              last_seen: datetime({epochMillis: r.last}), events: r.n})""";
    private static final String UPDATE_ACCOUNTS = """
            UNWIND $rows AS r
            MATCH (a:Account {id: r.id})
            WITH a, r, datetime({epochMillis: r.first}) AS first, datetime({epochMillis: r.last}) AS last
            SET a.first_seen = CASE WHEN a.first_seen IS NULL OR first < a.first_seen THEN first ELSE a.first_seen END,
                a.last_seen = CASE WHEN a.last_seen IS NULL OR last > a.last_seen THEN last ELSE a.last_seen END,
                a.events = coalesce(a.events, 0) + r.n""";
    /** Links of accounts created in this batch: the relationship cannot exist yet. */
    private static final String CREATE_LINKS = """
            UNWIND $rows AS r
            MATCH (a:Account {id: r.account})
            MERGE (i:%s {key: r.key})
            CREATE (a)-[:%s {first_seen: datetime({epochMillis: r.first}), last_seen: datetime({epochMillis: r.last}),
                             events: r.n}]->(i)""";
    private static final String MERGE_LINKS = """
            UNWIND $rows AS r
            MATCH (a:Account {id: r.account})
            MERGE (i:%s {key: r.key})
            MERGE (a)-[l:%s]->(i)
            WITH l, r, datetime({epochMillis: r.first}) AS first, datetime({epochMillis: r.last}) AS last
            SET l.first_seen = CASE WHEN l.first_seen IS NULL OR first < l.first_seen THEN first ELSE l.first_seen END,
                l.last_seen = CASE WHEN l.last_seen IS NULL OR last > l.last_seen THEN last ELSE l.last_seen END,
                l.events = coalesce(l.events, 0) + r.n""";

    private final Neo4jStore store;
    private final IdentifierKinds kinds;
    private final Map<IdentifierKind, String> createLinks = new HashMap<>();
    private final Map<IdentifierKind, String> mergeLinks = new HashMap<>();

    public EventWriter(Neo4jStore store, IdentifierKinds kinds) {
        this.store = store;
        this.kinds = kinds;
        for (IdentifierKind kind : kinds.all()) {
            createLinks.put(kind, CREATE_LINKS.formatted(kind.label(), kind.relationship()));
            mergeLinks.put(kind, MERGE_LINKS.formatted(kind.label(), kind.relationship()));
        }
    }

    /**
     * Writes the events whose ids are not stored yet (the batch must not repeat an id).
     *
     * @return how many were new
     */
    @Override
    public int write(List<IdentityEvent> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        try (Session session = store.session()) {
            return session.executeWrite(tx -> writeInTransaction(tx, batch));
        }
    }

    int writeInTransaction(TransactionContext tx, List<IdentityEvent> batch) {
        List<String> ids = batch.stream().map(IdentityEvent::eventId).toList();
        Set<String> knownEvents = new HashSet<>(tx.run(KNOWN_EVENTS, Map.of("ids", ids)).single().get("known")
                .asList(v -> v.asString()));
        List<IdentityEvent> fresh = knownEvents.isEmpty() ? batch
                : batch.stream().filter(e -> !knownEvents.contains(e.eventId())).toList();
        if (fresh.isEmpty()) {
            return 0;
        }
        Map<String, Span> accounts = new LinkedHashMap<>();
        List<Map<String, Object>> eventRows = new ArrayList<>(fresh.size());
        List<Map<Link, Span>> linksByKind = new ArrayList<>(kinds.size());
        for (int k = 0; k < kinds.size(); k++) {
            linksByKind.add(new LinkedHashMap<>());
        }
        for (IdentityEvent e : fresh) {
            eventRows.add(Map.of("id", e.eventId(), "ts", e.tsMillis(), "type", e.type(), "account", e.accountId()));
            accounts.computeIfAbsent(e.accountId(), a -> new Span()).add(e.tsMillis());
            for (Identifier id : e.identifiers()) {
                linksByKind.get(kinds.indexOf(id.kind())).computeIfAbsent(new Link(e.accountId(), id.key()),
                        l -> new Span()).add(e.tsMillis());
            }
        }
        Set<String> existing = new HashSet<>(tx.run(KNOWN_ACCOUNTS, Map.of("ids", new ArrayList<>(accounts.keySet())))
                .single().get("known").asList(v -> v.asString()));
        List<Map<String, Object>> newAccounts = new ArrayList<>();
        List<Map<String, Object>> oldAccounts = new ArrayList<>();
        accounts.forEach((id, span) -> (existing.contains(id) ? oldAccounts : newAccounts).add(span.row("id", id)));

        tx.run(CREATE_EVENTS, Map.of("rows", eventRows)).consume();
        run(tx, CREATE_ACCOUNTS, newAccounts);
        run(tx, UPDATE_ACCOUNTS, oldAccounts);
        for (int k = 0; k < kinds.size(); k++) {
            IdentifierKind kind = kinds.all().get(k);
            List<Map<String, Object>> created = new ArrayList<>();
            List<Map<String, Object>> merged = new ArrayList<>();
            linksByKind.get(k).forEach((link, span) -> {
                Map<String, Object> row = span.row("account", link.account());
                row.put("key", link.key());
                (existing.contains(link.account()) ? merged : created).add(row);
            });
            run(tx, createLinks.get(kind), created);
            run(tx, mergeLinks.get(kind), merged);
        }
        return fresh.size();
    }

    private static void run(TransactionContext tx, String query, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            tx.run(query, Values.parameters("rows", rows)).consume();
        }
    }

    private record Link(String account, String key) {
    }

    /** First and last time and count of the events folded into one row. */
    private static final class Span {
        private long first = Long.MAX_VALUE;
        private long last = Long.MIN_VALUE;
        private int n;

        void add(long ts) {
            first = Math.min(first, ts);
            last = Math.max(last, ts);
            n++;
        }

        Map<String, Object> row(String idField, String id) {
            Map<String, Object> row = new HashMap<>(8);
            row.put(idField, id);
            row.put("first", first);
            row.put("last", last);
            row.put("n", n);
            return row;
        }
    }
}
