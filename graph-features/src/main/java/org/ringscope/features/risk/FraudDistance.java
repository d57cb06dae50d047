package org.ringscope.features.risk;

import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.graph.LinkingRule;

import java.util.Arrays;

/**
 * Hops from each account to the nearest seed account (confirmed fraud) through shared linking identifiers:
 * 0 for a seed, 1 for an account that shares an identifier with one, and so on up to {@code maxHops}. Accounts
 * farther away, or not connected at all, get {@code maxHops + 1}. One breadth-first search from all seeds at once.
 */
public final class FraudDistance {
    private final LinkingRule rule;
    private final int maxHops;

    public FraudDistance(LinkingRule rule, int maxHops) {
        this.rule = rule;
        this.maxHops = maxHops;
    }

    public int unreachable() {
        return maxHops + 1;
    }

    public int[] hops(IdentityGraph graph, boolean[] seeds) {
        int[] hops = new int[graph.accountCount()];
        Arrays.fill(hops, unreachable());
        boolean[] identifierSeen = new boolean[graph.identifierCount()];
        int[] frontier = new int[graph.accountCount()];
        int size = 0;
        for (int a = 0; a < seeds.length; a++) {
            if (seeds[a]) {
                hops[a] = 0;
                frontier[size++] = a;
            }
        }
        int[] users = graph.identifierAccounts();
        int[] accountLinks = graph.accountLinks();
        for (int depth = 1; depth <= maxHops && size > 0; depth++) {
            int[] next = new int[graph.accountCount()];
            int nextSize = 0;
            for (int f = 0; f < size; f++) {
                int a = frontier[f];
                for (int x = graph.linksFrom(a); x < graph.linksTo(a); x++) {
                    int i = graph.linkIdentifier(accountLinks[x]);
                    if (identifierSeen[i] || !rule.links(graph, i)) {
                        continue;
                    }
                    identifierSeen[i] = true;
                    for (int y = graph.accountsFrom(i); y < graph.accountsTo(i); y++) {
                        if (hops[users[y]] > depth) {
                            hops[users[y]] = depth;
                            next[nextSize++] = users[y];
                        }
                    }
                }
            }
            frontier = next;
            size = nextSize;
        }
        return hops;
    }
}
