package org.ringscope.features.rings;

import java.util.List;

/**
 * A group of accounts bound by shared identifiers.
 *
 * @param id       stable while the ring keeps its smallest member ({@code ring-} + hash of that account id)
 * @param members  account ids, sorted
 * @param bindings the shared identifiers that hold it together, most shared first
 */
public record Ring(String id, List<String> members, List<Binding> bindings) {
    /** One identifier shared by {@code members} accounts of the ring. */
    public record Binding(String kind, String key, int members) {
    }

    public int size() {
        return members.size();
    }
}
