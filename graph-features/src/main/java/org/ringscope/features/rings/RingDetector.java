package org.ringscope.features.rings;

import org.ringscope.features.communities.LeidenCommunities;
import org.ringscope.features.graph.AccountProjection;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.graph.IntUnionFind;
import org.ringscope.features.graph.LinkingRule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Finds rings in four steps, strong evidence first:
 * <ol>
 *   <li><b>cores</b>: accounts joined by pairs whose {@link LinkEvidence} reaches the link threshold;</li>
 *   <li><b>growth</b>: an identifier used by at least two members of one core, who make up at least
 *       {@code ownShare} of its users, belongs to that core (a crew's device, a drop address); its other users join
 *       (the peripheral member tied by one identifier);</li>
 *   <li><b>split</b>: a group larger than {@code maxSize} is cut into Leiden communities of the evidence graph;</li>
 *   <li><b>adoption</b>: accounts that later took up a ring member's address, home network or card join that ring
 *       ({@link RingAdoption}).</li>
 * </ol>
 * Groups of at least {@code minSize} accounts are rings. Smaller groups (pairs, households) are common among
 * legitimate customers; they stay visible through features, not as rings, unless two of their accounts share a
 * personal identifier away from home ({@link LinkEvidence#AWAY}: a device, e-mail or phone, and no address or IP):
 * such groups are rings from {@code awayMinSize} accounts.
 */
public final class RingDetector {
    /** How rings found by this class are labelled in the store ({@code Ring.method}). */
    public static final String METHOD = "evidence-cores+leiden";
    private static final int MAX_BINDINGS = 10;
    private static final double LEIDEN_RESOLUTION = 1.0;
    private static final long LEIDEN_SEED = 42;
    private final RingSettings settings;
    private final LinkEvidence evidence;
    private final LinkingRule rule;

    public RingDetector(RingSettings settings) {
        this.settings = settings;
        this.evidence = new LinkEvidence(settings);
        this.rule = new LinkingRule(settings.hubDegree());
    }

    public RingResult detect(IdentityGraph graph) {
        return detect(graph, evidence.project(graph));
    }

    /** @param projection the graph's {@link LinkEvidence} projection, when the caller needs it too */
    public RingResult detect(IdentityGraph graph, AccountProjection projection) {
        IntUnionFind groups = new IntUnionFind(graph.accountCount());
        for (int e = 0; e < projection.edgeCount(); e++) {
            if (projection.weight()[e] >= settings.linkThreshold()) {
                groups.union(projection.from()[e], projection.to()[e]);
            }
        }
        growByOwnedIdentifiers(graph, groups);

        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int a = 0; a < graph.accountCount(); a++) {
            if (groups.sizeOf(a) >= settings.awayMinSize()) {
                members.computeIfAbsent(groups.find(a), k -> new ArrayList<>()).add(a);
            }
        }
        members.values().removeIf(group -> group.size() < settings.minSize() && !tiedAwayFromHome(graph, group));
        List<int[]> ringMembers = new ArrayList<>();
        int split = 0;
        for (List<Integer> group : members.values()) {
            if (group.size() > settings.maxSize()) {
                split++;
                ringMembers.addAll(splitByCommunity(group, projection));
            } else {
                ringMembers.add(group.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        int[] found = ringOf(graph, ringMembers);
        int[] adopted = new RingAdoption(settings.adoption()).adopt(graph, found);
        List<Ring> rings = rings(graph, found, adopted, ringMembers.size());
        int hubs = 0;
        for (int i = 0; i < graph.identifierCount(); i++) {
            if (rule.isHub(graph, i)) {
                hubs++;
            }
        }
        return new RingResult(rings, hubs, split);
    }

    private static int[] ringOf(IdentityGraph graph, List<int[]> ringMembers) {
        int[] ringOf = new int[graph.accountCount()];
        Arrays.fill(ringOf, -1);
        for (int r = 0; r < ringMembers.size(); r++) {
            for (int a : ringMembers.get(r)) {
                ringOf[a] = r;
            }
        }
        return ringOf;
    }

    private void growByOwnedIdentifiers(IdentityGraph graph, IntUnionFind groups) {
        int[] coreOf = new int[graph.accountCount()];
        for (int a = 0; a < coreOf.length; a++) {
            coreOf[a] = groups.sizeOf(a) >= 2 ? groups.find(a) : -1;
        }
        int[] accounts = graph.identifierAccounts();
        Map<Integer, Integer> usersPerCore = new HashMap<>();
        for (int i = 0; i < graph.identifierCount(); i++) {
            int degree = graph.degree(i);
            if (!rule.links(graph, i)) {
                continue;
            }
            usersPerCore.clear();
            for (int x = graph.accountsFrom(i); x < graph.accountsTo(i); x++) {
                if (coreOf[accounts[x]] >= 0) {
                    usersPerCore.merge(coreOf[accounts[x]], 1, Integer::sum);
                }
            }
            for (Map.Entry<Integer, Integer> core : usersPerCore.entrySet()) {
                if (core.getValue() >= 2 && core.getValue() >= settings.ownShare() * degree) {
                    for (int x = graph.accountsFrom(i); x < graph.accountsTo(i); x++) {
                        if (coreOf[accounts[x]] < 0) {
                            groups.union(accounts[x], core.getKey());
                        }
                    }
                }
            }
        }
    }

    /** Whether two of the group's accounts share an away kind and neither an address nor an IP. */
    private boolean tiedAwayFromHome(IdentityGraph graph, List<Integer> group) {
        Map<Long, Integer> shared = new HashMap<>();
        int[] accounts = graph.identifierAccounts();
        for (int a : group) {
            for (int x = graph.linksFrom(a); x < graph.linksTo(a); x++) {
                int i = graph.linkIdentifier(graph.accountLinks()[x]);
                if (!rule.links(graph, i)) {
                    continue;
                }
                int flags = evidence.sharedFlags(graph.identifierKind(i).name());
                for (int y = graph.accountsFrom(i); y < graph.accountsTo(i); y++) {
                    int b = accounts[y];
                    if (a < b && group.contains(b)) {
                        shared.merge(((long) a << 32) | b, flags, (p, q) -> p | q);
                    }
                }
            }
        }
        return shared.containsValue(LinkEvidence.AWAY);
    }

    /** Leiden communities of the group's evidence graph; those of at least min size are rings. */
    private List<int[]> splitByCommunity(List<Integer> group, AccountProjection projection) {
        Map<Integer, Integer> local = new HashMap<>();
        group.forEach(a -> local.put(a, local.size()));
        List<int[]> edges = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int e = 0; e < projection.edgeCount(); e++) {
            Integer u = local.get(projection.from()[e]);
            Integer v = local.get(projection.to()[e]);
            if (u != null && v != null) {
                edges.add(new int[]{u, v});
                weights.add(projection.weight()[e]);
            }
        }
        int[] from = edges.stream().mapToInt(p -> p[0]).toArray();
        int[] to = edges.stream().mapToInt(p -> p[1]).toArray();
        double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();
        int[] community = new LeidenCommunities(LEIDEN_RESOLUTION, LEIDEN_SEED).cluster(group.size(), from, to, w);
        Map<Integer, List<Integer>> byCommunity = new HashMap<>();
        for (int i = 0; i < group.size(); i++) {
            byCommunity.computeIfAbsent(community[i], k -> new ArrayList<>()).add(group.get(i));
        }
        return byCommunity.values().stream().filter(c -> c.size() >= settings.minSize())
                .map(c -> c.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    /**
     * @param found   each account's ring before adoption, -1 for none
     * @param ringOf  the same after adoption
     */
    private List<Ring> rings(IdentityGraph graph, int[] found, int[] ringOf, int ringCount) {
        List<List<String>> members = new ArrayList<>();
        List<List<String>> adopted = new ArrayList<>();
        for (int r = 0; r < ringCount; r++) {
            members.add(new ArrayList<>());
            adopted.add(new ArrayList<>());
        }
        for (int a = 0; a < ringOf.length; a++) {
            if (ringOf[a] >= 0) {
                members.get(ringOf[a]).add(graph.accountId(a));
                if (found[a] < 0) {
                    adopted.get(ringOf[a]).add(graph.accountId(a));
                }
            }
        }
        // Bindings: identifiers (not hubs) shared by two or more members of the same ring.
        List<List<Ring.Binding>> bindings = new ArrayList<>();
        members.forEach(m -> bindings.add(new ArrayList<>()));
        Map<Integer, Integer> membersPerRing = new HashMap<>();
        int[] accounts = graph.identifierAccounts();
        for (int i = 0; i < graph.identifierCount(); i++) {
            if (!rule.links(graph, i)) {
                continue;
            }
            membersPerRing.clear();
            for (int x = graph.accountsFrom(i); x < graph.accountsTo(i); x++) {
                if (ringOf[accounts[x]] >= 0) {
                    membersPerRing.merge(ringOf[accounts[x]], 1, Integer::sum);
                }
            }
            int identifier = i;
            membersPerRing.forEach((ring, count) -> {
                if (count >= 2) {
                    bindings.get(ring).add(new Ring.Binding(graph.identifierKind(identifier).name(),
                            graph.identifierKey(identifier), count));
                }
            });
        }
        List<Ring> rings = new ArrayList<>();
        for (int r = 0; r < ringCount; r++) {
            List<String> ids = members.get(r).stream().sorted().toList();
            List<Ring.Binding> top = bindings.get(r).stream()
                    .sorted(Comparator.comparingInt(Ring.Binding::members).reversed().thenComparing(Ring.Binding::key))
                    .limit(MAX_BINDINGS).toList();
            rings.add(new Ring(ringId(ids.get(0)), ids, top, adopted.get(r).stream().sorted().toList()));
        }
        rings.sort(Comparator.comparingInt(Ring::size).reversed().thenComparing(Ring::id));
        return rings;
    }

    /** A ring's id: named by its smallest member, so the same ring keeps its id from one run (or engine) to the next. */
    public static String ringId(String smallestMember) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(smallestMember.getBytes(StandardCharsets.UTF_8));
            return "ring-" + HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
