package org.ringscope.features.rings;

import org.ringscope.core.IdentifierKind;
import org.ringscope.features.graph.AccountProjection;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.graph.LinkingRule;

import java.util.HashMap;
import java.util.Map;

/**
 * Projects the account–identifier graph onto accounts, weighting each pair by how much their shared identifiers
 * say about them being one group. For every identifier of a linking kind used by 2..hubDegree accounts, each pair
 * of its users gains {@code kindWeight / log3(1 + degree)}: a value shared by two accounts counts fully, by eight
 * about half, so a phone shared by three says far more than an IP shared by forty. Then three corrections:
 * <ul>
 *   <li>a shared home explains the rest: pairs that share an identifier of the household kind (address) are
 *       multiplied by {@code householdDiscount};</li>
 *   <li>a personal identifier shared away from home ties: pairs that share an identifier of an away kind (device,
 *       e-mail, phone) but neither an address nor a network (IP) are multiplied by {@code awayFactor}. Families and
 *       flatmates share devices where they live; strangers who use one phone or device from different homes and
 *       networks are what crews and mule recruiters look like;</li>
 *   <li>links formed together are coordinated: the total is multiplied by {@code 1 + exp(-gap / coherenceDays)}
 *       where gap is the shortest time between the two accounts' first use of a shared identifier.</li>
 * </ul>
 * Identifiers above the hub degree contribute nothing.
 */
public final class LinkEvidence {
    /** What a pair shares, as bits of {@link #sharedFlags}: a home, a network, a personal (away) kind. */
    public static final int HOUSEHOLD = 1;
    public static final int NETWORK = 2;
    public static final int AWAY = 4;
    private static final double LOG3 = Math.log(3);
    private static final double DAY_MILLIS = 86_400_000.0;
    private final RingSettings settings;
    private final LinkingRule rule;

    public LinkEvidence(RingSettings settings) {
        this.settings = settings;
        this.rule = new LinkingRule(settings.hubDegree());
    }

    /** The contribution of one identifier to each pair of its users, before the pair-level corrections. */
    public static double identifierWeight(IdentifierKind kind, int degree) {
        return identifierWeight(kind.linkWeight(), degree);
    }

    /** The same for a kind of this link weight (for callers that carry weights, not kinds: the Spark path). */
    public static double identifierWeight(double linkWeight, int degree) {
        return linkWeight / (Math.log(1 + degree) / LOG3);
    }

    /** The {@link #HOUSEHOLD} / {@link #NETWORK} / {@link #AWAY} bits one shared identifier of this kind sets. */
    public int sharedFlags(String kind) {
        return (kind.equals(settings.householdKind()) ? HOUSEHOLD : 0) | (kind.equals(settings.networkKind()) ? NETWORK : 0)
                | (settings.awayKinds().contains(kind) ? AWAY : 0);
    }

    /**
     * A pair's evidence from the summed weights of what it shares, what kinds those are (the OR of their
     * {@link #sharedFlags}), and the shortest gap between the two first uses of a shared identifier: the three
     * corrections described above.
     */
    public double pairEvidence(double summedWeight, int shared, double gapMillis) {
        double tauMillis = settings.coherenceDays() * DAY_MILLIS;
        double coherence = tauMillis <= 0 ? 1 : 1 + Math.exp(-gapMillis / tauMillis);
        double context = (shared & HOUSEHOLD) != 0 ? settings.householdDiscount()
                : shared == AWAY ? settings.awayFactor() : 1;
        return summedWeight * context * coherence;
    }

    public AccountProjection project(IdentityGraph graph) {
        Map<Long, Pair> pairs = new HashMap<>();
        int[] accounts = graph.identifierAccounts();
        long[] firstUse = graph.identifierFirstSeen();
        for (int i = 0; i < graph.identifierCount(); i++) {
            IdentifierKind kind = graph.identifierKind(i);
            int degree = graph.degree(i);
            if (!rule.links(graph, i)) {
                continue;
            }
            double w = identifierWeight(kind, degree);
            int flags = sharedFlags(kind.name());
            for (int x = graph.accountsFrom(i); x < graph.accountsTo(i); x++) {
                for (int y = x + 1; y < graph.accountsTo(i); y++) {
                    int u = Math.min(accounts[x], accounts[y]);
                    int v = Math.max(accounts[x], accounts[y]);
                    Pair p = pairs.computeIfAbsent(((long) u << 32) | v, k -> new Pair());
                    p.weight += w;
                    p.shared |= flags;
                    p.gapMillis = Math.min(p.gapMillis, Math.abs(firstUse[x] - firstUse[y]));
                }
            }
        }
        int n = pairs.size();
        int[] from = new int[n];
        int[] to = new int[n];
        double[] weight = new double[n];
        int e = 0;
        for (Map.Entry<Long, Pair> entry : pairs.entrySet()) {
            Pair p = entry.getValue();
            from[e] = (int) (entry.getKey() >>> 32);
            to[e] = (int) (entry.getKey() & 0xffffffffL);
            weight[e] = pairEvidence(p.weight, p.shared, p.gapMillis);
            e++;
        }
        return new AccountProjection(graph.accountCount(), from, to, weight);
    }


    private static final class Pair {
        double weight;
        int shared;
        long gapMillis = Long.MAX_VALUE;
    }
}
