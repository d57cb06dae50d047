package org.ringscope.features.risk;

import org.ringscope.features.graph.IdentityGraph;

import java.util.Arrays;

/**
 * How many accounts started using an identifier within a window ending at a given time: a device or phone that
 * picked up five new accounts in the last hour is a farm at work. Each identifier's first-use times are sorted once,
 * so any (identifier, time, window) is answered by two binary searches, which is what point-in-time features need.
 */
public final class Velocity {
    private final IdentityGraph graph;
    private final long[] sortedFirstSeen;

    public Velocity(IdentityGraph graph) {
        this.graph = graph;
        this.sortedFirstSeen = graph.identifierFirstSeen().clone();
        for (int i = 0; i < graph.identifierCount(); i++) {
            Arrays.sort(sortedFirstSeen, graph.accountsFrom(i), graph.accountsTo(i));
        }
    }

    /** Accounts whose first use of the identifier falls in (at - window, at]. */
    public int newAccounts(int identifier, long at, long windowMillis) {
        int from = graph.accountsFrom(identifier);
        int to = graph.accountsTo(identifier);
        return upperBound(from, to, at) - upperBound(from, to, at - windowMillis);
    }

    /** The most new accounts any linking-kind identifier of the account gained in the window (hubs included). */
    public int maxNewAccounts(int account, long at, long windowMillis) {
        int best = 0;
        int[] links = graph.accountLinks();
        for (int x = graph.linksFrom(account); x < graph.linksTo(account); x++) {
            int i = graph.linkIdentifier(links[x]);
            if (graph.identifierKind(i).links()) {
                best = Math.max(best, newAccounts(i, at, windowMillis));
            }
        }
        return best;
    }

    /** First index in [from, to) whose time is after t. */
    private int upperBound(int from, int to, long t) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedFirstSeen[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
