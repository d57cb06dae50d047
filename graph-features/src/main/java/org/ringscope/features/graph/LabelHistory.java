package org.ringscope.features.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every label ever given, with its time, so labels can be taken as they stood at any moment. */
public final class LabelHistory {
    private record Entry(String accountId, long atMillis, byte label) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public LabelHistory add(String accountId, long atMillis, String label) {
        entries.add(new Entry(accountId, atMillis, AccountFacts.label(label)));
        return this;
    }

    /** The latest label of each account of the graph given at or before {@code asOfMillis}. */
    public byte[] asOf(IdentityGraph graph, long asOfMillis) {
        byte[] labels = new byte[graph.accountCount()];
        entries.stream().filter(e -> e.atMillis() <= asOfMillis).sorted(Comparator.comparingLong(Entry::atMillis))
                .forEach(e -> {
                    int a = graph.accountIndex(e.accountId());
                    if (a >= 0) {
                        labels[a] = e.label();
                    }
                });
        return labels;
    }

    /** When each account got the label {@link #asOf} gives it; {@link Long#MIN_VALUE} for an unlabelled account. */
    public long[] labelTimes(IdentityGraph graph, long asOfMillis) {
        long[] times = new long[graph.accountCount()];
        java.util.Arrays.fill(times, Long.MIN_VALUE);
        for (Entry e : entries) {
            int a = graph.accountIndex(e.accountId());
            if (a >= 0 && e.atMillis() <= asOfMillis && e.atMillis() >= times[a]) {
                times[a] = e.atMillis();
            }
        }
        return times;
    }

    public int size() {
        return entries.size();
    }
}
