package org.ringscope.gnn.accounts;

import org.ringscope.core.IdentifierKind;
import org.ringscope.features.accounts.EventContext;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.gnn.graph.GraphData;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An incoming event's account as a GNN node, for scoring it inductively before (or without) storing the event: its
 * row is the account's current row (zeros for a new account) with the features the event changes replaced, and its
 * neighbours per relation are the accounts it would share an identifier of that kind with, the event's included.
 */
public final class EventNode {
    /** Beyond this many accounts per relation the sampler would see a hub's strangers anyway; keep the first ones. */
    static final int MAX_NEIGHBOURS = 64;

    private EventNode() {
    }

    /** The row and neighbours of the event's account, to pass to {@link GraphData#withExtraNode}. */
    public record Node(float[] row, List<int[]> neighbours) {
    }

    /**
     * @param input    the served input (the graph's accounts, same indices)
     * @param changed  feature values the event changes (e.g. from {@link EventContext}), by feature name
     */
    public static Node of(IdentityGraph graph, GraphData input, String accountId,
                          List<EventContext.EventIdentifier> event, Map<String, Double> changed) {
        int account = graph.accountIndex(accountId);
        int width = input.featureCount();
        float[] row = new float[width];
        for (int f = 0; account >= 0 && f < width; f++) {
            row[f] = input.feature(account, f);
        }
        List<String> names = input.featureNames();
        changed.forEach((name, value) -> {
            int f = names.indexOf(name);
            if (f >= 0) {
                row[f] = value.floatValue();
            }
        });
        List<IdentifierKind> kinds = AccountGraphInput.relationKinds(graph);
        List<Set<Integer>> identifiers = new ArrayList<>();
        for (int k = 0; k < kinds.size(); k++) {
            identifiers.add(new LinkedHashSet<>());
        }
        Set<Integer> own = new java.util.HashSet<>();
        if (account >= 0) {
            for (int x = graph.linksFrom(account); x < graph.linksTo(account); x++) {
                int i = graph.linkIdentifier(graph.accountLinks()[x]);
                own.add(i);
                int k = kinds.indexOf(graph.identifierKind(i));
                if (k >= 0) {
                    identifiers.get(k).add(i);
                }
            }
        }
        for (EventContext.EventIdentifier id : event) {
            int i = graph.identifierIndex(id.kind(), id.key());
            int links = names.indexOf("links_" + id.kind());
            if (links >= 0 && (i < 0 || !own.contains(i))) {
                row[links]++;   // a value new to this account, whether or not others use it
            }
            int k = kinds.indexOf(graph.kinds().require(id.kind()));
            if (k >= 0 && i >= 0) {
                identifiers.get(k).add(i);
            }
        }
        List<int[]> neighbours = new ArrayList<>();
        int[] users = graph.identifierAccounts();
        for (Set<Integer> ofKind : identifiers) {
            Set<Integer> accounts = new LinkedHashSet<>();
            for (int i : ofKind) {
                for (int x = graph.accountsFrom(i); x < graph.accountsTo(i) && accounts.size() < MAX_NEIGHBOURS; x++) {
                    if (users[x] != account) {
                        accounts.add(users[x]);
                    }
                }
            }
            neighbours.add(accounts.stream().mapToInt(Integer::intValue).toArray());
        }
        return new Node(row, neighbours);
    }
}
