package org.ringscope.features.store;

import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.ringscope.core.IdentifierKind;
import org.ringscope.core.IdentifierKinds;
import org.ringscope.features.graph.AccountFacts;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.graph.LabelHistory;
import org.ringscope.store.Neo4jStore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads the account–identifier graph out of Neo4j through the driver into an {@link IdentityGraph}.
 *
 * <p>Why it is shaped this way: the read-out is most of a full recompute, and its cost is per value sent. So
 * accounts are read once with their node ids, then each identifier once with its users as two flat lists (node ids
 * and first-use times), instead of one row per link repeating both strings; and the kinds are read on two sessions
 * at once, so the server walks one kind while this side decodes another. Node ids are only compared with the
 * account read: accounts are never deleted, so an id in that read still names the same account, and a user the
 * account read did not see (created meanwhile) is left for the next snapshot. Users are not checked for the
 * {@code :Account} label on the server (only accounts link to identifiers, and a node the account read did not
 * return is skipped here anyway): that check read every user's node record, about a tenth of the read.
 */
public final class SnapshotReader {
    private static final int READERS = 2;
    private static final String ACCOUNTS = "MATCH (a:Account) RETURN id(a) AS node, a.id AS id";
    private static final String LINKS = """
            MATCH (i:%s)
            WITH i, [(i)<-[r:%s]-(a) | [id(a), r.first_seen.epochMillis]] AS users
            WHERE size(users) > 0
            RETURN i.key AS key, [u IN users | u[0]] AS accounts, [u IN users | coalesce(u[1], 0)] AS first""";

    private static final String FACTS = """
            MATCH (a:Account)
            RETURN a.id AS id, a.first_seen.epochMillis AS first, a.last_seen.epochMillis AS last, a.label AS label""";

    private SnapshotReader() {
    }

    /** Every label with its time, for features as of any moment. */
    public static LabelHistory readLabelHistory(Neo4jStore store) {
        LabelHistory history = new LabelHistory();
        try (Session session = store.session()) {
            session.run("""
                    MATCH (a:Account)-[:HAS_LABEL]->(l:Label)
                    RETURN a.id AS id, l.at.epochMillis AS at, l.label AS label""").stream()
                    .forEach(r -> history.add(r.get("id").asString(), r.get("at").asLong(), r.get("label").asString()));
        }
        return history;
    }

    /** First and last activity and latest label of each account of the graph (accounts it lacks are ignored). */
    public static AccountFacts readFacts(Neo4jStore store, IdentityGraph graph) {
        AccountFacts facts = AccountFacts.empty(graph.accountCount());
        try (Session session = store.session()) {
            session.run(FACTS).stream().forEach(r -> {
                int a = graph.accountIndex(r.get("id").asString());
                if (a >= 0) {
                    facts.firstSeen()[a] = r.get("first").isNull() ? 0 : r.get("first").asLong();
                    facts.lastSeen()[a] = r.get("last").isNull() ? 0 : r.get("last").asLong();
                    facts.label()[a] = AccountFacts.label(r.get("label").isNull() ? null : r.get("label").asString());
                }
            });
        }
        return facts;
    }

    public static IdentityGraph read(Neo4jStore store, IdentifierKinds kinds) {
        IdentityGraph.Builder builder = IdentityGraph.builder(kinds);
        AccountNodes accountOfNode = new AccountNodes();
        try (Session session = store.bulkReadSession()) {
            // Accounts without links still belong in the snapshot (features of a lone account are features too).
            session.run(ACCOUNTS).stream().forEach(r ->
                    accountOfNode.put(r.get(0).asLong(), builder.account(r.get(1).asString())));
        }
        ExecutorService readers = Executors.newFixedThreadPool(READERS, r -> {
            Thread t = new Thread(r, "ringscope-snapshot");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<KindLinks>> byKind = new ArrayList<>();
            for (IdentifierKind kind : kinds.all()) {
                byKind.add(readers.submit(() -> readKind(store, kind, accountOfNode)));
            }
            // Added in kind order, so identifier indices do not depend on which read finished first.
            for (int k = 0; k < byKind.size(); k++) {
                byKind.get(k).get().addTo(builder, k);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the graph", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            readers.shutdownNow();
        }
        return builder.build();
    }

    private static KindLinks readKind(Neo4jStore store, IdentifierKind kind, AccountNodes accountOfNode) {
        KindLinks links = new KindLinks();
        try (Session session = store.bulkReadSession()) {
            session.run(LINKS.formatted(kind.label(), kind.relationship())).stream().forEach(r -> {
                String key = r.get(0).asString();
                Iterator<Value> first = r.get(2).values().iterator();
                for (Value node : r.get(1).values()) {
                    int account = accountOfNode.get(node.asLong());
                    long firstSeen = first.next().asLong();
                    if (account >= 0) {
                        links.add(key, account, firstSeen);
                    }
                }
            });
        }
        return links;
    }

    /**
     * Account index by Neo4j node id, as a plain array: node ids are record positions, dense from 0, and this
     * look-up runs once per link (a boxed map was a visible share of the read).
     */
    private static final class AccountNodes {
        private int[] accountOf = new int[0];

        void put(long node, int account) {
            if (node >= Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("node id " + node + " beyond what one snapshot reader indexes");
            }
            if (node >= accountOf.length) {
                int old = accountOf.length;
                int grown = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(node + 1, 2L * old));
                accountOf = Arrays.copyOf(accountOf, grown);
                Arrays.fill(accountOf, old, accountOf.length, -1);
            }
            accountOf[(int) node] = account;
        }

        /** The account index, or -1 for a node the account read did not see. */
        int get(long node) {
            return node < accountOf.length ? accountOf[(int) node] : -1;
        }
    }

    /** One kind's links as read, until they are added to the builder in kind order. */
    private static final class KindLinks {
        private final List<String> keys = new ArrayList<>();
        private int[] accounts = new int[1024];
        private long[] firstSeen = new long[1024];
        private int size;

        void add(String key, int account, long first) {
            if (size == accounts.length) {
                accounts = Arrays.copyOf(accounts, size * 2);
                firstSeen = Arrays.copyOf(firstSeen, size * 2);
            }
            keys.add(key);
            accounts[size] = account;
            firstSeen[size] = first;
            size++;
        }

        void addTo(IdentityGraph.Builder builder, int kind) {
            for (int x = 0; x < size; x++) {
                builder.link(accounts[x], kind, keys.get(x), firstSeen[x]);
            }
        }
    }
}
