package org.ringscope.core;

/**
 * A label on an account: {@code fraud} or {@code legit}, who said so and when it became known.
 *
 * @param source e.g. investigator, chargeback, rule
 */
public record LabelRecord(String accountId, String label, long tsMillis, String source) {
    public static final java.util.Set<String> LABELS = java.util.Set.of("fraud", "legit");
}
