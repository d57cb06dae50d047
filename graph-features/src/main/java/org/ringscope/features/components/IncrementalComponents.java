package org.ringscope.features.components;

import org.ringscope.core.IdentifierKind;
import org.ringscope.core.IdentifierKinds;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.graph.IntUnionFind;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The components of {@link LinkComponents}, kept up to date one link at a time: a union-find over accounts and
 * identifiers, where a link joins the account to the identifier while the identifier is not a hub. An update costs
 * a few hash look-ups and near-constant union-find work, so a new event changes an account's component in
 * microseconds.
 *
 * <p>Union-find cannot split. When an identifier becomes a hub (its users pass the hub degree), the unions it
 * made stay, so the answer may join more than a full recompute would; {@link #needsRecompute()} then says so, and
 * the caller rebuilds from a snapshot with {@link #of}. Until then the result equals a full recompute exactly.
 */
public final class IncrementalComponents {
    private final IdentifierKinds kinds;
    private final int hubDegree;
    private final IntUnionFind sets = new IntUnionFind(0);
    private final Map<String, Integer> accountNode = new HashMap<>();
    private final Map<String, Integer> identifierNode = new HashMap<>();
    private final Map<Integer, Set<Integer>> usersOfIdentifier = new HashMap<>();
    private final Map<Integer, Integer> accountsInRoot = new HashMap<>();
    private boolean hubCrossed;

    public IncrementalComponents(IdentifierKinds kinds, int hubDegree) {
        this.kinds = kinds;
        this.hubDegree = hubDegree;
    }

    /** Starts from a snapshot: the same as feeding every link of the graph through {@link #link}. */
    public static IncrementalComponents of(IdentityGraph graph, int hubDegree) {
        IncrementalComponents c = new IncrementalComponents(graph.kinds(), hubDegree);
        for (int a = 0; a < graph.accountCount(); a++) {
            c.account(graph.accountId(a));
        }
        for (int l = 0; l < graph.linkCount(); l++) {
            int i = graph.linkIdentifier(l);
            c.link(graph.accountId(graph.linkAccount(l)), graph.identifierKind(i).name(), graph.identifierKey(i));
        }
        c.hubCrossed = false;   // a snapshot is as good as a recompute: only later crossings make it stale
        return c;
    }

    /** Records that the account uses the identifier; returns the size of the account's component afterwards. */
    public int link(String accountId, String kindName, String key) {
        int account = account(accountId);
        IdentifierKind kind = kinds.require(kindName);
        if (!kind.links()) {
            return componentSize(accountId);
        }
        String identifierId = kind.name() + ' ' + key;
        int node = identifierNode.computeIfAbsent(identifierId, id -> sets.add());
        Set<Integer> users = usersOfIdentifier.computeIfAbsent(node, n -> new HashSet<>());
        if (users.add(account)) {
            if (users.size() <= hubDegree) {
                merge(account, node);
            } else if (users.size() == hubDegree + 1) {
                hubCrossed = true;
            }
        }
        return componentSize(accountId);
    }

    /** A canonical id for the account's component (equal for all its members until the next link), or -1. */
    public int componentOf(String accountId) {
        Integer node = accountNode.get(accountId);
        return node == null ? -1 : sets.find(node);
    }

    /** Accounts in the account's component (1 for an account that shares nothing, 0 if unknown). */
    public int componentSize(String accountId) {
        Integer node = accountNode.get(accountId);
        return node == null ? 0 : accountsInRoot.getOrDefault(sets.find(node), 1);
    }

    /** True once an identifier has turned into a hub since the start: rebuild from a snapshot. */
    public boolean needsRecompute() {
        return hubCrossed;
    }

    private int account(String accountId) {
        return accountNode.computeIfAbsent(accountId, id -> {
            int node = sets.add();
            accountsInRoot.put(node, 1);
            return node;
        });
    }

    private void merge(int a, int b) {
        int ra = sets.find(a);
        int rb = sets.find(b);
        if (ra == rb) {
            return;
        }
        int accounts = accountsInRoot.getOrDefault(ra, 0) + accountsInRoot.getOrDefault(rb, 0);
        accountsInRoot.remove(ra);
        accountsInRoot.remove(rb);
        accountsInRoot.put(sets.union(ra, rb), accounts);
    }
}
