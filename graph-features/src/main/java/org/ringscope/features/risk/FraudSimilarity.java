package org.ringscope.features.risk;

import org.ringscope.features.graph.IdentityGraph;

import java.util.HashMap;
import java.util.Map;

/**
 * Link-prediction scores from each account to the most similar seed account (confirmed fraud), over the identifiers
 * they share: Jaccard (shared / either's identifiers) and Adamic–Adar (sum of 1 / ln(users) over shared identifiers,
 * so a rare shared value counts more). Identifiers used by more than {@code degreeCutoff} accounts are ignored:
 * they are shared by too many to say anything, and they make the computation quadratic.
 */
public final class FraudSimilarity {
    private final int degreeCutoff;

    /** Best scores of one account; zero when it shares nothing with any seed. */
    public record Scores(double[] jaccard, double[] adamicAdar) {
    }

    public FraudSimilarity(int degreeCutoff) {
        this.degreeCutoff = degreeCutoff;
    }

    public Scores scores(IdentityGraph graph, boolean[] seeds) {
        int accounts = graph.accountCount();
        int[] counted = new int[accounts];
        for (int l = 0; l < graph.linkCount(); l++) {
            if (counts(graph, graph.linkIdentifier(l))) {
                counted[graph.linkAccount(l)]++;
            }
        }
        double[] jaccard = new double[accounts];
        double[] adamicAdar = new double[accounts];
        int[] users = graph.identifierAccounts();
        int[] accountLinks = graph.accountLinks();
        Map<Integer, double[]> bySeed = new HashMap<>();
        for (int a = 0; a < accounts; a++) {
            bySeed.clear();
            for (int x = graph.linksFrom(a); x < graph.linksTo(a); x++) {
                int i = graph.linkIdentifier(accountLinks[x]);
                if (!counts(graph, i) || graph.degree(i) < 2) {
                    continue;
                }
                double weight = 1 / Math.log(graph.degree(i));
                for (int y = graph.accountsFrom(i); y < graph.accountsTo(i); y++) {
                    int other = users[y];
                    if (other != a && seeds[other]) {
                        double[] s = bySeed.computeIfAbsent(other, k -> new double[2]);
                        s[0]++;
                        s[1] += weight;
                    }
                }
            }
            for (Map.Entry<Integer, double[]> e : bySeed.entrySet()) {
                double shared = e.getValue()[0];
                jaccard[a] = Math.max(jaccard[a], shared / (counted[a] + counted[e.getKey()] - shared));
                adamicAdar[a] = Math.max(adamicAdar[a], e.getValue()[1]);
            }
        }
        return new Scores(jaccard, adamicAdar);
    }

    private boolean counts(IdentityGraph graph, int identifier) {
        int degree = graph.degree(identifier);
        return graph.identifierKind(identifier).links() && degree <= degreeCutoff;
    }
}
