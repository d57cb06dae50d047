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
