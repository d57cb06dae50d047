package org.ringscope.datasets;

import java.util.Map;

/**
 * What a generation wrote.
 *
 * @param ringsByTypology  rings planted per typology label, in {@link Typology} order
 * @param plantedMembers   accounts listed in {@code truth.csv}
 * @param fraudLabels      {@code fraud} labels, including the wrong ones
 * @param wrongFraudLabels {@code fraud} labels on accounts that are not ring members
 */
public record DemoSummary(long accounts, long events, Map<String, Integer> ringsByTypology, long plantedMembers,
                          long fraudLabels, long legitLabels, long wrongFraudLabels) {

    public DemoSummary {
        ringsByTypology = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ringsByTypology));
    }

    public int rings() {
        return ringsByTypology.values().stream().mapToInt(Integer::intValue).sum();
    }

    public long labels() {
        return fraudLabels + legitLabels;
    }

    @Override
    public String toString() {
        return String.format("%,d accounts, %,d events (%.1f per account), %,d rings %s with %,d members, "
                        + "%,d fraud labels (%,d of them wrong), %,d legit labels",
                accounts, events, events / (double) accounts, rings(), ringsByTypology, plantedMembers, fraudLabels,
                wrongFraudLabels, legitLabels);
    }
}
