package org.ringscope.features.rings;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.ringscope.core.IdentifierKind;
import org.ringscope.features.graph.IdentityGraph;

/**
 * Brings into a ring the accounts that took up one of its members' identifiers later on: a mule who lists the
 * recruiter's address, logs in from the recruiter's home network or adds the recruiter's card. Each such tie is
 * one identifier that a household shares too, so on its own it never makes a ring; what sets it apart is its
 * direction in time. A household's members have their address and home network from their first day; an adopter
 * links to the identifier at least {@code delayDays} after its own first activity, and after the ring member did.
 *
 * <p>Only identifiers of the adoption kinds with 2 to {@code maxDegree} users count (a home, not a venue). Adoption
 * runs in rounds until nothing changes, so a chain of recruits joins one link per round. An account that could join
 * several rings joins the one whose member used the identifier first (then the member with the smallest account
 * id), so the result does not depend on the order of the graph's arrays; the Spark path applies the same rule.
 */
public final class RingAdoption {
    private final RingSettings.Adoption adoption;

    public RingAdoption(RingSettings.Adoption adoption) {
        this.adoption = adoption;
    }

    /**
     * @param ringOf each account's ring (any non-negative number), -1 for an account in none; not modified
     * @return the same with the adopters' rings filled in
     */
    public int[] adopt(IdentityGraph graph, int[] ringOf) {
        int[] current = ringOf.clone();
        if (!adoption.enabled()) {
            return current;
        }
        long[] firstActivity = firstActivity(graph);
        long delay = adoption.delayMillis();
        Set<IdentifierKind> kinds = new HashSet<>();
        for (IdentifierKind kind : graph.kinds().all()) {
            if (adoption.kinds().contains(kind.name())) {
                kinds.add(kind);
            }
        }
        int[] accounts = graph.identifierAccounts();
        long[] firstUse = graph.identifierFirstSeen();
        long[] bestTime = new long[current.length];
        int[] bestMember = new int[current.length];
        boolean adopted = true;
        while (adopted) {
            adopted = false;
            Arrays.fill(bestTime, Long.MAX_VALUE);
            Arrays.fill(bestMember, -1);
            for (int i = 0; i < graph.identifierCount(); i++) {
                int degree = graph.degree(i);
                if (degree < 2 || degree > adoption.maxDegree() || !kinds.contains(graph.identifierKind(i))) {
                    continue;
                }
                for (int x = graph.accountsFrom(i); x < graph.accountsTo(i); x++) {
                    int adopter = accounts[x];
                    if (current[adopter] >= 0 || firstUse[x] - firstActivity[adopter] < delay) {
                        continue;
                    }
                    for (int y = graph.accountsFrom(i); y < graph.accountsTo(i); y++) {
                        int member = accounts[y];
                        if (current[member] < 0 || firstUse[y] >= firstUse[x]) {
                            continue;
                        }
                        if (firstUse[y] < bestTime[adopter] || (firstUse[y] == bestTime[adopter]
                                && graph.accountId(member).compareTo(graph.accountId(bestMember[adopter])) < 0)) {
                            bestTime[adopter] = firstUse[y];
                            bestMember[adopter] = member;
                        }
                    }
                }
            }
            int[] next = current.clone();
            for (int a = 0; a < next.length; a++) {
                if (bestMember[a] >= 0) {
                    next[a] = current[bestMember[a]];
                    adopted = true;
                }
            }
            current = next;
        }
        return current;
    }

    /** Each account's earliest link (Long.MAX_VALUE for an account without links). */
    private static long[] firstActivity(IdentityGraph graph) {
        long[] first = new long[graph.accountCount()];
        Arrays.fill(first, Long.MAX_VALUE);
        int[] links = graph.accountLinks();
        for (int a = 0; a < first.length; a++) {
            for (int x = graph.linksFrom(a); x < graph.linksTo(a); x++) {
                first[a] = Math.min(first[a], graph.linkFirstSeen(links[x]));
            }
        }
        return first;
    }
}
