package org.ringscope.features.rings;

import org.ringscope.features.graph.IdentityGraph;

import java.util.Arrays;
import java.util.List;

/**
 * A group of accounts bound by shared identifiers.
 *
 * @param id       stable while the ring keeps its smallest member ({@code ring-} + hash of that account id)
 * @param members  account ids, sorted
 * @param bindings the shared identifiers that hold it together, most shared first
 * @param adopted  the members that joined by taking up a member's identifier later ({@link RingAdoption}), sorted
 */
public record Ring(String id, List<String> members, List<Binding> bindings, List<String> adopted) {

    public Ring {
        members = List.copyOf(members);
        bindings = List.copyOf(bindings);
        adopted = List.copyOf(adopted);
    }

    /** A ring nobody joined by adoption. */
    public Ring(String id, List<String> members, List<Binding> bindings) {
        this(id, members, bindings, List.of());
    }

    /** One identifier shared by {@code members} accounts of the ring. */
    public record Binding(String kind, String key, int members) {
    }

    public int size() {
        return members.size();
    }

    /** Each account's position in {@code rings}, or -1 for an account in none: ring membership by array look-up. */
    public static int[] indexByAccount(IdentityGraph graph, List<Ring> rings) {
        int[] ringOf = new int[graph.accountCount()];
        Arrays.fill(ringOf, -1);
        for (int r = 0; r < rings.size(); r++) {
            for (String member : rings.get(r).members()) {
                ringOf[graph.accountIndex(member)] = r;
            }
        }
        return ringOf;
    }
}
