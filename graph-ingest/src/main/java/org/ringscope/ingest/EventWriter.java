package org.ringscope.ingest;

import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.ringscope.core.Identifier;
import org.ringscope.core.IdentifierKind;
import org.ringscope.core.IdentifierKinds;
import org.ringscope.core.IdentityEvent;
import org.ringscope.store.Neo4jStore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes batches of prepared events through the driver, one transaction per batch, exactly once per event.
 *
 * <p>Why it is shaped this way. The ledger that makes re-runs idempotent lives on the account itself
 * ({@code event_keys}: a 64-bit digest of each event id the account has absorbed), so it is read with the
 * account and written in the same transaction as the event's effects: a batch lands whole or not at all, and a
 * re-run skips what already landed, with no extra node or index entry per event. Each batch first reads the
 * accounts it touches with their existing links, then writes by element id: new accounts and new links with
 * {@code CREATE}, known ones with a direct update, so the only {@code MERGE} left is the identifier node itself.
 * Events are folded per account and per (account, identifier) within the batch, so repeated logins cost one
 * write. Every batch first updates one {@code :IngestLock} node, which serialises concurrent ingests into the
 * same store (their read-then-write would otherwise race). Transient errors are retried by the driver's
 * managed transactions.
 */
public final class EventWriter implements FileIngestor.BatchWriter<IdentityEvent> {
    private static final String LOCK = """
            MERGE (l:IngestLock {id: 'ingest'}) SET l.batches = coalesce(l.batches, 0) + 1""";
    private static final String READ_ACCOUNTS = """
            UNWIND $ids AS id
            MATCH (a:Account {id: id})
            RETURN id, elementId(a) AS node, coalesce(a.event_keys, []) AS seen,
                   [(a)-[l]->(i) WHERE i.key IS NOT NULL | [type(l), i.key, elementId(l)]] AS links""";
    private static final String CREATE_ACCOUNTS = """
            UNWIND $rows AS r
            CREATE (a:Account {id: r.id, first_seen: r.first, last_seen: r.last, events: r.n, event_keys: r.keys})
            RETURN r.id AS id, elementId(a) AS node""";
    private static final String UPDATE_ACCOUNTS = """
            UNWIND $rows AS r
            MATCH (a) WHERE elementId(a) = r.node
            SET a.first_seen = CASE WHEN a.first_seen IS NULL OR r.first < a.first_seen THEN r.first ELSE a.first_seen END,
                a.last_seen = CASE WHEN a.last_seen IS NULL OR r.last > a.last_seen THEN r.last ELSE a.last_seen END,
                a.events = coalesce(a.events, 0) + r.n,
                a.event_keys = coalesce(a.event_keys, []) + r.keys""";
    /** Links not stored yet; the identifier node may or may not exist. */
    private static final String CREATE_LINKS = """
            UNWIND $rows AS r
            MATCH (a) WHERE elementId(a) = r.node
            MERGE (i:%s {key: r.key})
            CREATE (a)-[:%s {first_seen: r.first, last_seen: r.last, events: r.n}]->(i)""";
    private static final String UPDATE_LINKS = """
            UNWIND $rows AS r
            MATCH ()-[l]->() WHERE elementId(l) = r.rel
            SET l.first_seen = CASE WHEN r.first < l.first_seen THEN r.first ELSE l.first_seen END,
                l.last_seen = CASE WHEN r.last > l.last_seen THEN r.last ELSE l.last_seen END,
                l.events = l.events + r.n""";

    private final Neo4jStore store;
    private final IdentifierKinds kinds;
    private final Map<IdentifierKind, String> createLinks = new HashMap<>();

    public EventWriter(Neo4jStore store, IdentifierKinds kinds) {
        this.store = store;
        this.kinds = kinds;
        for (IdentifierKind kind : kinds.all()) {
            createLinks.put(kind, CREATE_LINKS.formatted(kind.label(), kind.relationship()));
        }
    }

    /**
     * Writes the events this store has not absorbed yet (the batch must not repeat an id).
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

    /**
     * Like {@link #write}, but says which events were new (real-time callers answer each event on its own).
     */
    public List<IdentityEvent> writeNew(List<IdentityEvent> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        try (Session session = store.session()) {
            return session.executeWrite(tx -> freshInTransaction(tx, batch));
        }
    }

    int writeInTransaction(TransactionContext tx, List<IdentityEvent> batch) {
        return freshInTransaction(tx, batch).size();
    }

    private List<IdentityEvent> freshInTransaction(TransactionContext tx, List<IdentityEvent> batch) {
        tx.run(LOCK).consume();
        Map<String, StoredAccount> stored = readAccounts(tx, batch);

        Map<String, Span> accounts = new LinkedHashMap<>();
        List<Map<Link, Span>> linksByKind = new ArrayList<>(kinds.size());
        for (int k = 0; k < kinds.size(); k++) {
            linksByKind.add(new LinkedHashMap<>());
        }
        List<IdentityEvent> fresh = new ArrayList<>();
        for (IdentityEvent e : batch) {
            long key = eventKey(e.eventId());
            StoredAccount account = stored.get(e.accountId());
            if (account != null && account.seen().contains(key)) {
                continue;
            }
            fresh.add(e);
            accounts.computeIfAbsent(e.accountId(), a -> new Span()).add(e.tsMillis(), key);
            for (Identifier id : e.identifiers()) {
                linksByKind.get(kinds.indexOf(id.kind())).computeIfAbsent(new Link(e.accountId(), id.key()),
                        l -> new Span()).add(e.tsMillis(), key);
            }
        }
        if (fresh.isEmpty()) {
            return fresh;
        }

        Map<String, String> nodes = new HashMap<>();
        List<Map<String, Object>> newAccounts = new ArrayList<>();
        List<Map<String, Object>> oldAccounts = new ArrayList<>();
        accounts.forEach((id, span) -> {
            StoredAccount account = stored.get(id);
            Map<String, Object> row = span.row();
            row.put("keys", span.keys());
            if (account == null) {
                row.put("id", id);
                newAccounts.add(row);
            } else {
                row.put("node", account.node());
                nodes.put(id, account.node());
                oldAccounts.add(row);
            }
        });
        if (!newAccounts.isEmpty()) {
            tx.run(CREATE_ACCOUNTS, Values.parameters("rows", newAccounts))
                    .forEachRemaining(r -> nodes.put(r.get("id").asString(), r.get("node").asString()));
        }
        run(tx, UPDATE_ACCOUNTS, oldAccounts);

        List<Map<String, Object>> updated = new ArrayList<>();   // by element id: one statement for every kind
        for (int k = 0; k < kinds.size(); k++) {
            IdentifierKind kind = kinds.all().get(k);
            List<Map<String, Object>> created = new ArrayList<>();
            linksByKind.get(k).forEach((link, span) -> {
                Map<String, Object> row = span.row();
                StoredAccount account = stored.get(link.account());
                String rel = account == null ? null : account.links().get(linkKey(kind.relationship(), link.key()));
                if (rel != null) {
                    row.put("rel", rel);
                    updated.add(row);
                } else {
                    row.put("node", nodes.get(link.account()));
                    row.put("key", link.key());
                    created.add(row);
                }
            });
            run(tx, createLinks.get(kind), created);
        }
        run(tx, UPDATE_LINKS, updated);
        return fresh;
    }

    private static Map<String, StoredAccount> readAccounts(TransactionContext tx, List<IdentityEvent> batch) {
        Set<String> ids = new HashSet<>();
        batch.forEach(e -> ids.add(e.accountId()));
        Map<String, StoredAccount> stored = new HashMap<>();
        tx.run(READ_ACCOUNTS, Values.parameters("ids", new ArrayList<>(ids))).forEachRemaining(r -> {
            Set<Long> seen = new HashSet<>();
            r.get("seen").values().forEach(v -> seen.add(v.asLong()));
            Map<String, String> links = new HashMap<>();
            for (Value link : r.get("links").values()) {
                links.put(linkKey(link.get(0).asString(), link.get(1).asString()), link.get(2).asString());
            }
            stored.put(r.get("id").asString(), new StoredAccount(r.get("node").asString(), seen, links));
        });
        return stored;
    }

    private static String linkKey(String relationship, String identifierKey) {
        return relationship + ' ' + identifierKey;
    }

    /**
     * The ledger's digest of an event id: the first 64 bits of its SHA-256. Digests are only compared within one
     * account, so a collision would need two events of the same account to agree on 64 bits.
     */
    static long eventKey(String eventId) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(eventId.getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < 8; i++) {
                key = (key << 8) | (d[i] & 0xff);
            }
            return key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void run(TransactionContext tx, String query, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            tx.run(query, Values.parameters("rows", rows)).consume();
        }
    }

    private record Link(String account, String key) {
    }

    private record StoredAccount(String node, Set<Long> seen, Map<String, String> links) {
    }

    /** First and last time, count and event digests of the events folded into one row. */
    private static final class Span {
        private long first = Long.MAX_VALUE;
        private long last = Long.MIN_VALUE;
        private final List<Long> keys = new ArrayList<>(2);

        void add(long ts, long key) {
            first = Math.min(first, ts);
            last = Math.max(last, ts);
            keys.add(key);
        }

        List<Long> keys() {
            return keys;
        }

        /** Times go as driver date-times, so the server stores them without evaluating a function per row. */
        Map<String, Object> row() {
            Map<String, Object> row = new HashMap<>(8);
            row.put("first", utc(first));
            row.put("last", utc(last));
            row.put("n", keys.size());
            return row;
        }

        private static ZonedDateTime utc(long millis) {
            return Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC);
        }
    }
}
