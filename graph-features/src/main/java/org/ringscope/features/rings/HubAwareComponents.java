package org.ringscope.features.rings;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.util.Pair;
import org.jgrapht.opt.graph.sparse.SparseIntUndirectedGraph;
import org.ringscope.features.graph.IdentityGraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Connected components of accounts linked by shared identifiers, computed with JGraphT on the bipartite
 * account–identifier graph. Identifiers of a kind that does not link (link weight 0), identifiers used by one
 * account (they link nobody) and hubs (more than {@code hubDegree} accounts: public IPs, shop tablets) are left
 * out, so a hub does not glue thousands of strangers into one "ring".
 */
public final class HubAwareComponents {
    private final int hubDegree;

    public HubAwareComponents(int hubDegree) {
        if (hubDegree < 2) {
            throw new IllegalArgumentException("hub degree must be at least 2, was " + hubDegree);
        }
        this.hubDegree = hubDegree;
    }

    public AccountComponents compute(IdentityGraph graph) {
        int accounts = graph.accountCount();
        List<Pair<Integer, Integer>> edges = new ArrayList<>();
        int linking = 0;
        int hubs = 0;
        int[] vertexOfIdentifier = new int[graph.identifierCount()];
        int vertices = accounts;
        for (int i = 0; i < graph.identifierCount(); i++) {
            int degree = graph.degree(i);
            if (!graph.identifierKind(i).links() || degree < 2) {
                continue;
            }
            if (degree > hubDegree) {
                hubs++;
                continue;
            }
            linking++;
            vertexOfIdentifier[i] = vertices++;
            for (int k = graph.accountsFrom(i); k < graph.accountsTo(i); k++) {
                edges.add(Pair.of(graph.identifierAccounts()[k], vertexOfIdentifier[i]));
            }
        }
        Graph<Integer, Integer> bipartite = new SparseIntUndirectedGraph(vertices, edges);
        List<Set<Integer>> sets = new ConnectivityInspector<>(bipartite).connectedSets();
        int[] componentOf = new int[accounts];
        int count = 0;
        for (Set<Integer> set : sets) {
            boolean hasAccount = false;
            for (int v : set) {
                if (v < accounts) {
                    componentOf[v] = count;
                    hasAccount = true;
                }
            }
            if (hasAccount) {
                count++;
            }
        }
        return new AccountComponents(componentOf, count, linking, hubs);
    }
}
