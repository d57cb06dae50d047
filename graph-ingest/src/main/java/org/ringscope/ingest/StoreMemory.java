package org.ringscope.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * What one writer has read from and written to the store, so that later batches need not read it again.
 *
 * <p>Why it can be trusted. Every event batch, from any writer, first increments the counter on the
 * {@code :IngestLock} node and holds that lock until it commits; or a guard transaction does, and holds the lock
 * while this writer's batches run beside it. When the counter a batch (or guard) gets is exactly one more than the
 * one after this writer's last commit, nobody else has written events in between, so what is remembered here is
 * still what the store holds. Any gap (another writer, a retried or lost commit) and the memory is forgotten and
 * rebuilt from reads. When the memory was started on a store without a single identifier node, an identifier it
 * does not know does not exist, and the writer creates it instead of merging it.
 *
 * <p>Only events change what is remembered: accounts (node, absorbed event digests, links) and identifier nodes.
 * Nothing in the application deletes them. Safe to use from the batches a guard lets run at once: they share no
 * account, so each account's entry is changed by one of them only.
 */
final class StoreMemory {
    private final long capacity;
    private final Map<String, Account> accounts = new HashMap<>();
    private final List<Map<String, Long>> identifiers = new ArrayList<>();
    private long lockCount = Long.MIN_VALUE;
    private boolean knowsEveryIdentifier;
    private long size;

    /** @param capacity links and identifiers to remember before starting over; 0 remembers nothing */
    StoreMemory(int kinds, long capacity) {
        this.capacity = capacity;
        for (int k = 0; k < kinds; k++) {
            identifiers.add(new HashMap<>());
        }
    }

    /** A stored account as this writer last saw it: node id, digests of the events it absorbed, links by kind and key. */
    record Account(long node, Set<Long> seen, Map<String, Long> links) {
        static Account empty(long node) {
            return new Account(node, new HashSet<>(), new HashMap<>());
        }

        static String linkKey(int kind, String identifierKey) {
            return kind + " " + identifierKey;
        }

        Long link(int kind, String identifierKey) {
            return links.get(linkKey(kind, identifierKey));
        }
    }

    /**
     * Called under the ingest lock with the counter this transaction set. If anybody wrote since this writer's last
     * commit, the memory starts over, and asks whether the store holds any identifier yet (only then).
     */
    synchronized void begin(long counter, BooleanSupplier storeHasNoIdentifiers) {
        if (capacity > 0 && counter == lockCount + 1) {
            return;
        }
        forget();
        lockCount = counter - 1;   // a retry of this same transaction (rolled back) sees the same counter
        knowsEveryIdentifier = capacity > 0 && storeHasNoIdentifiers.getAsBoolean();
    }

    synchronized boolean knowsEveryIdentifier() {
        return knowsEveryIdentifier;
    }

    synchronized Account account(String id) {
        return accounts.get(id);
    }

    synchronized Long identifier(int kind, String key) {
        return identifiers.get(kind).get(key);
    }

    /** Takes in what a committed batch read and wrote; the counter is the one its transaction set. */
    synchronized void remember(long counter, Batch batch) {
        if (capacity == 0 || counter != lockCount + 1) {
            forget();
            return;
        }
        lockCount = counter;
        absorb(batch);
    }

    /**
     * Takes in what a committed batch read and wrote while this writer's guard transaction holds the lock with
     * the counter given to {@link #begin} (so nobody else writes), without a counter of its own.
     */
    synchronized void absorb(Batch batch) {
        if (capacity == 0) {
            return;
        }
        batch.read.forEach((id, account) -> {
            if (accounts.putIfAbsent(id, account) == null) {
                size += 1 + account.links.size();
            }
        });
        batch.created.forEach((id, node) -> {
            accounts.put(id, Account.empty(node));
            size++;
        });
        batch.absorbed.forEach((id, keys) -> accounts.get(id).seen.addAll(keys));
        batch.identifiers.forEach(id -> identifiers.get(id.kind).put(id.key, id.node));
        batch.links.forEach(link -> accounts.get(link.account).links.put(Account.linkKey(link.kind, link.key), link.rel));
        size += batch.identifiers.size() + batch.links.size();
        if (size > capacity) {
            forget();   // starting over costs a few reads; the store keeps no record of what was remembered
        }
    }

    /** The guard transaction that began with this counter committed: later batches continue from it. */
    synchronized void guardCommitted(long counter) {
        if (capacity > 0) {
            lockCount = counter;
        }
    }

    /** Whether this memory keeps anything at all (a file ingest's does; the real-time writer's does not). */
    boolean remembers() {
        return capacity > 0;
    }

    synchronized void forget() {
        accounts.clear();
        identifiers.forEach(Map::clear);
        knowsEveryIdentifier = false;
        lockCount = Long.MIN_VALUE;
        size = 0;
    }

    /** What one transaction read and wrote, kept aside until it commits. */
    static final class Batch {
        final Map<String, Account> read = new HashMap<>();
        final Map<String, Long> created = new HashMap<>();
        final Map<String, List<Long>> absorbed = new HashMap<>();
        final List<Identifier> identifiers = new ArrayList<>();
        final List<Link> links = new ArrayList<>();
    }

    record Identifier(int kind, String key, long node) {
    }

    record Link(String account, int kind, String key, long rel) {
    }
}
