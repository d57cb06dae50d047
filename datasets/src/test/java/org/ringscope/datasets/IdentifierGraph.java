package org.ringscope.datasets;

import org.ringscope.core.IdentifierKind;
import org.ringscope.core.IdentifierKinds;
import org.ringscope.core.InvalidValueException;
import org.ringscope.core.Normalisers;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Accounts and the identifiers they share, normalised the way ingest normalises them (the core normalisers of
 * the linking kinds), so tests see the graph the detector will see.
 */
final class IdentifierGraph {
    private final Map<String, Map<String, Set<String>>> accountsByValue = new HashMap<>();
    private final Map<String, Set<String[]>> valuesByAccount = new HashMap<>();

    static IdentifierGraph of(CsvFile events) {
        IdentifierGraph g = new IdentifierGraph();
        Normalisers normalisers = new Normalisers("US");
        for (IdentifierKind kind : IdentifierKinds.defaults().all()) {
            if (!kind.links()) {
                continue;
            }
            var normaliser = normalisers.byName(kind.normaliser());
            Map<String, Set<String>> byValue = g.accountsByValue.computeIfAbsent(kind.name(), k -> new HashMap<>());
            for (Map<String, String> e : events.rows()) {
                String raw = e.get(kind.column());
                if (raw == null || raw.isEmpty()) {
                    continue;
                }
                try {
                    String value = normaliser.normalise(raw);
                    String account = e.get("account_id");
                    if (byValue.computeIfAbsent(value, v -> new HashSet<>()).add(account)) {
                        g.valuesByAccount.computeIfAbsent(account, a -> new HashSet<>())
                                .add(new String[] {kind.name(), value});
                    }
                } catch (InvalidValueException ex) {
                    throw new AssertionError(kind.name() + " '" + raw + "' does not normalise: " + ex.getMessage());
                }
            }
        }
        return g;
    }

    Set<String> values(String kind) {
        return accountsByValue.getOrDefault(kind, Map.of()).keySet();
    }

    Set<String> accounts(String kind, String value) {
        return accountsByValue.getOrDefault(kind, Map.of()).getOrDefault(value, Set.of());
    }

    int maxAccounts(String kind) {
        return accountsByValue.getOrDefault(kind, Map.of()).values().stream().mapToInt(Set::size).max().orElse(0);
    }

    /** Whether any identifier of this kind that the account uses is shared by at least {@code minAccounts}. */
    boolean touchesHub(String account, String kind, int minAccounts) {
        return valuesByAccount.getOrDefault(account, Set.of()).stream()
                .anyMatch(v -> v[0].equals(kind) && accounts(kind, v[1]).size() >= minAccounts);
    }

    /** Whether the group is one connected piece through identifiers shared by at most {@code hubDegree} accounts. */
    boolean connectedWithin(Set<String> group, int hubDegree) {
        String first = group.iterator().next();
        Set<String> seen = new HashSet<>(Set.of(first));
        Deque<String> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            String account = todo.pop();
            for (String[] v : valuesByAccount.getOrDefault(account, Set.of())) {
                Set<String> sharing = accounts(v[0], v[1]);
                if (sharing.size() > hubDegree) {
                    continue;
                }
                for (String other : sharing) {
                    if (group.contains(other) && seen.add(other)) {
                        todo.push(other);
                    }
                }
            }
        }
        return seen.size() == group.size();
    }
}
