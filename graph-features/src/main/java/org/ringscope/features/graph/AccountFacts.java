package org.ringscope.features.graph;

/**
 * What is known about each account beside its links, aligned with the {@link IdentityGraph}'s account indices:
 * when it was first and last seen (epoch millis, 0 if unknown) and its latest label.
 */
public record AccountFacts(long[] firstSeen, long[] lastSeen, byte[] label) {
    public static final byte UNLABELLED = 0;
    public static final byte FRAUD = 1;
    public static final byte LEGIT = 2;

    public static AccountFacts empty(int accounts) {
        return new AccountFacts(new long[accounts], new long[accounts], new byte[accounts]);
    }

    /**
     * Facts as far as the graph itself tells them (first and last first-use of any identifier), with the given
     * labels: what point-in-time features use, where the store's own account times would leak the future.
     */
    public static AccountFacts fromGraph(IdentityGraph graph, byte[] labels) {
        AccountFacts facts = new AccountFacts(new long[graph.accountCount()], new long[graph.accountCount()], labels);
        java.util.Arrays.fill(facts.firstSeen, Long.MAX_VALUE);
        for (int l = 0; l < graph.linkCount(); l++) {
            int a = graph.linkAccount(l);
            facts.firstSeen[a] = Math.min(facts.firstSeen[a], graph.linkFirstSeen(l));
            facts.lastSeen[a] = Math.max(facts.lastSeen[a], graph.linkFirstSeen(l));
        }
        for (int a = 0; a < facts.firstSeen.length; a++) {
            if (facts.firstSeen[a] == Long.MAX_VALUE) {
                facts.firstSeen[a] = 0;
            }
        }
        return facts;
    }

    public boolean[] fraud() {
        boolean[] fraud = new boolean[label.length];
        for (int a = 0; a < label.length; a++) {
            fraud[a] = label[a] == FRAUD;
        }
        return fraud;
    }

    public static byte label(String value) {
        if (value == null) {
            return UNLABELLED;
        }
        return switch (value) {
            case "fraud" -> FRAUD;
            case "legit" -> LEGIT;
            default -> UNLABELLED;
        };
    }
}
