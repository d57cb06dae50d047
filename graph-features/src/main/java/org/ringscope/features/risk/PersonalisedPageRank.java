package org.ringscope.features.risk;

import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.graph.LinkingRule;

/**
 * Personalised PageRank on the bipartite account–identifier graph (linking identifiers only), restarting at the
 * seed accounts (confirmed fraud): how much of a random walk that keeps returning to known fraud ends at each
 * account. Walks step account → one of its linking identifiers → one of that identifier's accounts. Mass at an
 * account without linking identifiers goes back to the seeds.
 *
 * <p>Scores are scaled by the number of accounts, so 1.0 is what every account would get if the walk restarted
 * uniformly; accounts far from fraud get about 0.
 */
public final class PersonalisedPageRank {
    private final LinkingRule rule;
    private final double damping;
    private final int iterations;

    public PersonalisedPageRank(LinkingRule rule, double damping, int iterations) {
        if (damping <= 0 || damping >= 1) {
            throw new IllegalArgumentException("damping must be between 0 and 1, was " + damping);
        }
        this.rule = rule;
        this.damping = damping;
        this.iterations = iterations;
    }

    /** @return one score per account; all zero when there are no seeds */
    public double[] scores(IdentityGraph graph, boolean[] seeds) {
        int accounts = graph.accountCount();
        int seedCount = 0;
        for (boolean s : seeds) {
            seedCount += s ? 1 : 0;
        }
        double[] rank = new double[accounts];
        if (seedCount == 0) {
            return rank;
        }
        boolean[] linking = new boolean[graph.identifierCount()];
        int[] linkingDegree = new int[accounts];
        for (int i = 0; i < linking.length; i++) {
            linking[i] = rule.links(graph, i);
        }
        for (int l = 0; l < graph.linkCount(); l++) {
            if (linking[graph.linkIdentifier(l)]) {
                linkingDegree[graph.linkAccount(l)]++;
            }
        }
        for (int a = 0; a < accounts; a++) {
            rank[a] = seeds[a] ? 1.0 / seedCount : 0;
        }
        double[] identifierMass = new double[graph.identifierCount()];
        int[] users = graph.identifierAccounts();
        for (int it = 0; it < iterations; it++) {
            java.util.Arrays.fill(identifierMass, 0);
            double stranded = 0;
            for (int a = 0; a < accounts; a++) {
                if (linkingDegree[a] == 0) {
                    stranded += rank[a];
                }
            }
            for (int l = 0; l < graph.linkCount(); l++) {
                int a = graph.linkAccount(l);
                if (linking[graph.linkIdentifier(l)]) {
                    identifierMass[graph.linkIdentifier(l)] += rank[a] / linkingDegree[a];
                }
            }
            double[] next = new double[accounts];
            for (int i = 0; i < identifierMass.length; i++) {
                if (identifierMass[i] == 0) {
                    continue;
                }
                double share = identifierMass[i] / graph.degree(i);
                for (int x = graph.accountsFrom(i); x < graph.accountsTo(i); x++) {
                    next[users[x]] += share;
                }
            }
            double restart = (1 - damping) + damping * stranded;
            for (int a = 0; a < accounts; a++) {
                next[a] = damping * next[a] + (seeds[a] ? restart / seedCount : 0);
            }
            rank = next;
        }
        for (int a = 0; a < accounts; a++) {
            rank[a] *= accounts;
        }
        return rank;
    }
}
