package org.ringscope.features.components;

import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.util.Pair;
import org.jgrapht.opt.graph.sparse.SparseIntUndirectedGraph;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.graph.LinkingRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Connected components of accounts through linking identifiers (hubs left out), recomputed in full with JGraphT on
 * the bipartite account–identifier graph. {@link IncrementalComponents} keeps the same answer up to date link by
 * link; this class is the reference it is checked against.
 */
public final class LinkComponents {
    private final LinkingRule rule;

    public LinkComponents(LinkingRule rule) {
        this.rule = rule;
    }

    /** @return for each account, the smallest account index of its component (a canonical component id) */
    public int[] componentOf(IdentityGraph graph) {
        int accounts = graph.accountCount();
        int[] vertexOfIdentifier = new int[graph.identifierCount()];
        int vertices = accounts;
        for (int i = 0; i < graph.identifierCount(); i++) {
            vertexOfIdentifier[i] = rule.links(graph, i) ? vertices++ : -1;
        }
        List<Pair<Integer, Integer>> edges = new ArrayList<>();
        for (int l = 0; l < graph.linkCount(); l++) {
            int v = vertexOfIdentifier[graph.linkIdentifier(l)];
            if (v >= 0) {
                edges.add(Pair.of(graph.linkAccount(l), v));
            }
        }
        var inspector = new ConnectivityInspector<>(new SparseIntUndirectedGraph(vertices, edges));
        int[] component = new int[accounts];
        for (Set<Integer> set : inspector.connectedSets()) {
            int smallest = set.stream().filter(v -> v < accounts).mapToInt(Integer::intValue).min().orElse(-1);
            for (int v : set) {
                if (v < accounts) {
                    component[v] = smallest;
                }
            }
        }
        return component;
    }
}
