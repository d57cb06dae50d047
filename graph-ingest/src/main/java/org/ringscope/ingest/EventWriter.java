package org.ringscope.ingest;

import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Transaction;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;

/**
 * Writes batches of prepared events through the driver, one transaction per batch, exactly once per event.
 *
 * <p>Why it is shaped this way. The ledger that makes re-runs idempotent lives on the account itself
 * ({@code event_keys}: a 64-bit digest of each event id the account has absorbed), so it is read with the
 * account and written in the same transaction as the event's effects: a batch lands whole or not at all, and a
 * re-run skips what already landed, with no extra node or index entry per event. A batch needs each account it
 * touches with its ledger and links; it reads them from the store, or, for a file ingest, takes them from the
 * {@link StoreMemory} of what earlier batches read and wrote. Then it writes by node and relationship id: new
 * accounts, identifiers and links with {@code CREATE}, known ones with a direct update. An identifier node is
 * merged only when the memory cannot say that it does not exist yet. Events are folded per account and per
 * (account, identifier) within the batch, so repeated logins cost one write. Every batch first increments a
 * counter on one {@code :IngestLock} node (or a guard transaction does for batches written at once, see
 * {@link #writeAll}), which serialises concurrent ingests into the same store (their read-then-write would
 * otherwise race) and tells the memory whether anybody else wrote in between. Transient errors are retried by
 * the driver's managed transactions.
 */
public final class EventWriter implements FileIngestor.BatchWriter<IdentityEvent> {
    /** Links and identifiers a file ingest remembers (a few hundred bytes each) before it starts over. */
    public static final long FILE_MEMORY = 4_000_000;

    private static final String LOCK = """
            MERGE (l:IngestLock {id: 'ingest'}) SET l.batches = coalesce(l.batches, 0) + 1
            RETURN l.batches AS counter""";
    private static final String COUNT_IDENTIFIERS = "MATCH (i:%s) RETURN count(i) AS n";
    private static final String READ_ACCOUNTS = """
            UNWIND $ids AS id
            MATCH (a:Account {id: id})
            RETURN id, id(a) AS node, coalesce(a.event_keys, []) AS seen,
                   [(a)-[l]->(i) WHERE i.key IS NOT NULL | [type(l), i.key, id(l)]] AS links""";
    private static final String CREATE_ACCOUNTS = """
            UNWIND $rows AS r
            CREATE (a:Account {id: r.id, first_seen: r.first, last_seen: r.last, events: r.n, event_keys: r.keys})
            RETURN r.id AS id, id(a) AS node""";
    private static final String UPDATE_ACCOUNTS = """
            UNWIND $rows AS r
            MATCH (a) WHERE id(a) = r.node
            SET a.first_seen = CASE WHEN a.first_seen IS NULL OR r.first < a.first_seen THEN r.first ELSE a.first_seen END,
                a.last_seen = CASE WHEN a.last_seen IS NULL OR r.last > a.last_seen THEN r.last ELSE a.last_seen END,
                a.events = coalesce(a.events, 0) + r.n,
                a.event_keys = coalesce(a.event_keys, []) + r.keys""";
    /** Identifier nodes known not to exist yet. */
    private static final String CREATE_IDENTIFIERS = "UNWIND $keys AS key CREATE (i:%s {key: key}) RETURN key, id(i) AS node";
    /** Identifier nodes that may or may not exist. */
    private static final String MERGE_IDENTIFIERS = "UNWIND $keys AS key MERGE (i:%s {key: key}) RETURN key, id(i) AS node";
    private static final String CREATE_LINKS = """
            UNWIND $rows AS r
            MATCH (a) WHERE id(a) = r.node
            MATCH (i) WHERE id(i) = r.identifier
            CREATE (a)-[l:%s {first_seen: r.first, last_seen: r.last, events: r.n}]->(i)
            RETURN r.row AS row, id(l) AS rel""";
    private static final String UPDATE_LINKS = """
            UNWIND $rows AS r
            MATCH ()-[l]->() WHERE id(l) = r.rel
            SET l.first_seen = CASE WHEN r.first < l.first_seen THEN r.first ELSE l.first_seen END,
                l.last_seen = CASE WHEN r.last > l.last_seen THEN r.last ELSE l.last_seen END,
                l.events = l.events + r.n""";

    /** Identifier nodes created per transaction when a guard writes batches at once. */
    private static final int IDENTIFIER_CHUNK = 10_000;

    private final Neo4jStore store;
    private final IdentifierKinds kinds;
    private final StoreMemory memory;
    private final Map<String, Integer> kindByRelationship = new HashMap<>();
    private final Lanes lanes;

    /** A writer that reads every account a batch touches (the real-time path, whose batches are small). */
    public EventWriter(Neo4jStore store, IdentifierKinds kinds) {
        this(store, kinds, 0, 1);
    }

    /**
     * @param memory links and identifiers to remember between batches (see {@link StoreMemory}); 0 for none
     * @param lanes  write transactions to run at once on batches that share no account (needs a memory)
     */
    public EventWriter(Neo4jStore store, IdentifierKinds kinds, long memory, int lanes) {
        this.store = store;
        this.kinds = kinds;
        this.lanes = new Lanes(lanes);
        this.memory = new StoreMemory(kinds.size(), memory);
        for (int k = 0; k < kinds.size(); k++) {
            kindByRelationship.put(kinds.all().get(k).relationship(), k);
        }
    }

    /**
     * Writes the events this store has not absorbed yet (the batch must not repeat an id).
     *
     * @return how many were new
     */
    @Override
    public int write(List<IdentityEvent> batch) {
        return writeNew(batch).size();
    }

    /**
     * Like {@link #write}, but says which events were new (real-time callers answer each event on its own).
     */
    public List<IdentityEvent> writeNew(List<IdentityEvent> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        Outcome outcome;
        try (Session session = store.session()) {
            outcome = session.executeWrite(tx -> writeInTransaction(tx, batch));
        }
        memory.remember(outcome.counter(), outcome.staged());   // only what committed
        return outcome.fresh();
    }

    /**
     * Writes batches that share no account several at a time. One write transaction at a time leaves a core idle
     * on the database side between statements; two keep it busy (measured: bench/RESULTS.md). A guard transaction
     * takes the {@code :IngestLock} first and holds it until the batches have committed, so no other writer
     * comes in between and the memory stays true. The identifier nodes the batches need are created first, in
     * chunks, so that no two batches create the same one; then each batch creates and updates only its own
     * accounts and links. A batch that fails fails the call; the batches that committed stay, as in a crash.
     */
    @Override
    public int writeAll(List<List<IdentityEvent>> batches, IntConsumer written) {
        if (lanes.count() < 2 || batches.size() < 2 || !memory.remembers()) {
            return FileIngestor.BatchWriter.super.writeAll(batches, written);
        }
        boolean committed = false;
        try (Session guardSession = store.session(); Transaction guard = guardSession.beginTransaction()) {
            long counter = guard.run(LOCK).single().get("counter").asLong();
            memory.begin(counter, () -> hasNoIdentifiers(guard));
            lanes.runAll(identifierChunks(batches));
            List<Callable<Integer>> writes = new ArrayList<>();
            for (List<IdentityEvent> batch : batches) {
                writes.add(() -> {
                    Outcome outcome;
                    try (Session session = store.session()) {
                        outcome = session.executeWrite(tx -> writeEvents(tx, batch, counter));
                    }
                    memory.absorb(outcome.staged());
                    written.accept(batch.size());
                    return outcome.fresh().size();
                });
            }
            int stored = lanes.runAll(writes);
            guard.commit();
            committed = true;
            memory.guardCommitted(counter);
            return stored;
        } finally {
            if (!committed) {
                memory.forget();
            }
        }
    }

    /** Creates (or merges) the identifier nodes the batches link to and the memory does not know, in chunks. */
    private List<Callable<Integer>> identifierChunks(List<List<IdentityEvent>> batches) {
        List<Set<String>> unknownByKind = new ArrayList<>(kinds.size());
        for (int k = 0; k < kinds.size(); k++) {
            unknownByKind.add(new TreeSet<>());   // sorted: concurrent merges lock in one order
        }
        for (List<IdentityEvent> batch : batches) {
            for (IdentityEvent e : batch) {
                for (Identifier id : e.identifiers()) {
                    int k = kinds.indexOf(id.kind());
                    if (memory.identifier(k, id.key()) == null) {
                        unknownByKind.get(k).add(id.key());
                    }
                }
            }
        }
        List<Callable<Integer>> chunks = new ArrayList<>();
        for (int k = 0; k < kinds.size(); k++) {
            List<String> keys = new ArrayList<>(unknownByKind.get(k));
            int kind = k;
            for (int from = 0; from < keys.size(); from += IDENTIFIER_CHUNK) {
                Set<String> chunk = new LinkedHashSet<>(keys.subList(from, Math.min(keys.size(), from + IDENTIFIER_CHUNK)));
                chunks.add(() -> {
                    StoreMemory.Batch staged;
                    try (Session session = store.session()) {
                        staged = session.executeWrite(tx -> {
                            StoreMemory.Batch s = new StoreMemory.Batch();
                            writeIdentifiers(tx, kind, chunk, s);
                            return s;
                        });
                    }
                    memory.absorb(staged);
                    return 0;
                });
            }
        }
        return chunks;
    }

    Outcome writeInTransaction(TransactionContext tx, List<IdentityEvent> batch) {
        long counter = tx.run(LOCK).single().get("counter").asLong();
        memory.begin(counter, () -> hasNoIdentifiers(tx));
        return writeEvents(tx, batch, counter);
    }

    /** The batch's effects, once the caller holds the ingest lock (itself or through a guard). */
    private Outcome writeEvents(TransactionContext tx, List<IdentityEvent> batch, long counter) {
        StoreMemory.Batch staged = new StoreMemory.Batch();
        Map<String, StoreMemory.Account> stored = accountsOf(tx, batch, staged);

        Map<String, Span> accounts = new LinkedHashMap<>();
        List<Map<Link, Span>> linksByKind = new ArrayList<>(kinds.size());
        for (int k = 0; k < kinds.size(); k++) {
            linksByKind.add(new LinkedHashMap<>());
        }
        List<IdentityEvent> fresh = new ArrayList<>();
        for (IdentityEvent e : batch) {
            long key = eventKey(e.eventId());
            StoreMemory.Account account = stored.get(e.accountId());
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
            return new Outcome(counter, fresh, staged);
        }

        Map<String, Long> nodes = writeAccounts(tx, accounts, stored, staged);
        List<Map<String, Object>> updated = new ArrayList<>();   // by relationship id: one statement for every kind
        for (int k = 0; k < kinds.size(); k++) {
            List<Link> created = new ArrayList<>();
            List<Map<String, Object>> createdRows = new ArrayList<>();
            int kind = k;
            linksByKind.get(k).forEach((link, span) -> {
                Map<String, Object> row = span.row();
                StoreMemory.Account account = stored.get(link.account());
                Long rel = account == null ? null : account.link(kind, link.key());
                if (rel != null) {
                    row.put("rel", rel);
                    updated.add(row);
                } else {
                    row.put("node", nodes.get(link.account()));
                    created.add(link);
                    createdRows.add(row);
                }
            });
            createLinks(tx, k, created, createdRows, staged);
        }
        run(tx, UPDATE_LINKS, updated);
        return new Outcome(counter, fresh, staged);
    }

    /** Creates one kind's new links (rows already carry the account node and the folded times) and their identifiers. */
    private void createLinks(TransactionContext tx, int kind, List<Link> links, List<Map<String, Object>> rows,
                             StoreMemory.Batch staged) {
        if (links.isEmpty()) {
            return;
        }
        Set<String> unknown = new LinkedHashSet<>();
        for (int i = 0; i < links.size(); i++) {
            Long node = memory.identifier(kind, links.get(i).key());
            if (node != null) {
                rows.get(i).put("identifier", node);
            } else {
                unknown.add(links.get(i).key());
            }
            rows.get(i).put("row", i);
        }
        Map<String, Long> written = writeIdentifiers(tx, kind, unknown, staged);
        for (int i = 0; i < links.size(); i++) {
            rows.get(i).putIfAbsent("identifier", written.get(links.get(i).key()));
        }
        // In identifier order (each row keeps its index in "row"): batches written at once then lock shared
        // identifier nodes in one order.
        rows.sort(Comparator.comparingLong(r -> (Long) r.get("identifier")));
        tx.run(CREATE_LINKS.formatted(kinds.all().get(kind).relationship()), Values.parameters("rows", rows))
                .forEachRemaining(r -> {
                    Link link = links.get(r.get("row").asInt());
                    staged.links.add(new StoreMemory.Link(link.account(), kind, link.key(), r.get("rel").asLong()));
                });
    }

    /** The accounts the batch touches: from memory, or read (and staged to be remembered). */
    private Map<String, StoreMemory.Account> accountsOf(TransactionContext tx, List<IdentityEvent> batch,
                                                        StoreMemory.Batch staged) {
        Map<String, StoreMemory.Account> accounts = new HashMap<>();
        Set<String> unread = new HashSet<>();
        for (IdentityEvent e : batch) {
            String id = e.accountId();
            if (!accounts.containsKey(id) && !unread.contains(id)) {
                StoreMemory.Account known = memory.account(id);
                if (known != null) {
                    accounts.put(id, known);
                } else {
                    unread.add(id);
                }
            }
        }
        if (unread.isEmpty()) {
            return accounts;
        }
        tx.run(READ_ACCOUNTS, Values.parameters("ids", new ArrayList<>(unread))).forEachRemaining(r -> {
            StoreMemory.Account account = StoreMemory.Account.empty(r.get("node").asLong());
            r.get("seen").values().forEach(v -> account.seen().add(v.asLong()));
            for (Value link : r.get("links").values()) {
                Integer kind = kindByRelationship.get(link.get(0).asString());
                if (kind != null) {
                    account.links().put(StoreMemory.Account.linkKey(kind, link.get(1).asString()), link.get(2).asLong());
                }
            }
            String id = r.get("id").asString();
            accounts.put(id, account);
            staged.read.put(id, account);
        });
        return accounts;
    }

    /** Creates the new accounts and updates the known ones; returns the node id of every account in the batch. */
    private static Map<String, Long> writeAccounts(TransactionContext tx, Map<String, Span> accounts,
                                                   Map<String, StoreMemory.Account> stored, StoreMemory.Batch staged) {
        Map<String, Long> nodes = new HashMap<>();
        List<Map<String, Object>> newAccounts = new ArrayList<>();
        List<Map<String, Object>> oldAccounts = new ArrayList<>();
        accounts.forEach((id, span) -> {
            StoreMemory.Account account = stored.get(id);
            Map<String, Object> row = span.row();
            row.put("keys", span.keys());
            staged.absorbed.put(id, span.keys());
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
            tx.run(CREATE_ACCOUNTS, Values.parameters("rows", newAccounts)).forEachRemaining(r -> {
                nodes.put(r.get("id").asString(), r.get("node").asLong());
                staged.created.put(r.get("id").asString(), r.get("node").asLong());
            });
        }
        run(tx, UPDATE_ACCOUNTS, oldAccounts);
        return nodes;
    }

    /** Node ids of identifiers the memory does not hold: created when it knows they are new, merged otherwise. */
    private Map<String, Long> writeIdentifiers(TransactionContext tx, int kind, Set<String> keys, StoreMemory.Batch staged) {
        Map<String, Long> nodes = new HashMap<>();
        if (keys.isEmpty()) {
            return nodes;
        }
        String query = memory.knowsEveryIdentifier() ? CREATE_IDENTIFIERS : MERGE_IDENTIFIERS;
        tx.run(query.formatted(kinds.all().get(kind).label()), Values.parameters("keys", new ArrayList<>(keys)))
                .forEachRemaining(r -> {
                    nodes.put(r.get("key").asString(), r.get("node").asLong());
                    staged.identifiers.add(new StoreMemory.Identifier(kind, r.get("key").asString(), r.get("node").asLong()));
                });
        return nodes;
    }

    private boolean hasNoIdentifiers(SimpleQueryRunner tx) {
        for (IdentifierKind kind : kinds.all()) {
            if (tx.run(COUNT_IDENTIFIERS.formatted(kind.label())).single().get("n").asLong() > 0) {
                return false;
            }
        }
        return true;
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

    /** Whether the batch committed is the caller's business; the memory takes in only a committed one. */
    record Outcome(long counter, List<IdentityEvent> fresh, StoreMemory.Batch staged) {
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
