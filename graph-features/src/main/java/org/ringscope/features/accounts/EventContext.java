package org.ringscope.features.accounts;

import org.ringscope.core.IdentifierKind;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.graph.LinkingRule;
import org.ringscope.features.rings.LinkEvidence;
import org.ringscope.features.rings.Ring;
import org.ringscope.features.rings.RingProfile;
import org.ringscope.features.rings.RingSettings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An account's neighbourhood features as if one more event were in the graph, without changing it: what the scorer
 * needs at decision time for an event that has not landed yet. Uses the same rules as the full recompute, applied
 * locally: identifiers count with the degree they would have, hops to fraud go through the neighbours' current hops,
 * and the ring the account would join is one where its evidence with a member reaches the link threshold or where
 * it would share an identifier the ring owns. Equal to ingesting the event and recomputing, except that a full
 * recompute may also reshape rings around the account (this does not re-run Leiden or other pairs' evidence).
 */
public final class EventContext {
    private final RingSettings settings;
    private final LinkingRule rule;
    private final LinkEvidence evidence;

    public EventContext(RingSettings settings) {
        this.settings = settings;
        this.rule = new LinkingRule(settings.hubDegree());
        this.evidence = new LinkEvidence(settings);
    }

    /** An identifier of the incoming event. */
    public record EventIdentifier(String kind, String key) {
    }

    /** A shared identifier and how many confirmed fraud accounts use it. */
    public record SharedWithFraud(String kind, String key, int fraudAccounts) {
    }

    public record Result(boolean knownAccount, int linkedAccounts, double fraudNeighbourShare, int fraudHops,
                         String ringId, int ringSize, double ringRisk, List<SharedWithFraud> sharedWithFraud) {
    }

    /**
     * @param fraud     confirmed fraud per account index of {@code graph}
     * @param fraudHops the current {@code fraud_hops} per account index
     * @param rings     the current rings with their profiles, index for index
     * @param ringOf    each account's index in {@code rings} or -1 ({@link Ring#indexByAccount}): built once per
     *                  snapshot, not per event
     */
    public Result evaluate(IdentityGraph graph, boolean[] fraud, double[] fraudHops, List<Ring> rings,
                           List<RingProfile> profiles, int[] ringOf, String accountId, List<EventIdentifier> event,
                           long eventMillis) {
        int account = graph.accountIndex(accountId);
        // the account's identifiers after the event, with when it first used each
        Map<Integer, Long> uses = new LinkedHashMap<>();
        if (account >= 0) {
            for (int x = graph.linksFrom(account); x < graph.linksTo(account); x++) {
                int l = graph.accountLinks()[x];
                uses.put(graph.linkIdentifier(l), graph.linkFirstSeen(l));
            }
        }
        for (EventIdentifier id : event) {
            int i = graph.identifierIndex(id.kind(), id.key());
            if (i >= 0) {
                uses.merge(i, eventMillis, Math::min);
            }   // a value nobody has used yet links to nobody
        }
        Map<Integer, double[]> pairs = new HashMap<>();     // neighbour -> [weight, shared-kind flags, gap]
        Map<Integer, Integer> ringUsersOwned = new HashMap<>();
        List<SharedWithFraud> sharedWithFraud = new ArrayList<>();
        int[] users = graph.identifierAccounts();
        long[] firstUse = graph.identifierFirstSeen();
        for (Map.Entry<Integer, Long> use : uses.entrySet()) {
            int i = use.getKey();
            IdentifierKind kind = graph.identifierKind(i);
            if (!kind.links() || rule.isHub(graph, i)) {
                continue;   // a hub already (degrees only grow): skip before walking its thousands of users
            }
            boolean alreadyUser = false;
            for (int x = graph.accountsFrom(i); x < graph.accountsTo(i); x++) {
                alreadyUser |= users[x] == account;
            }
            int degree = graph.degree(i) + (alreadyUser ? 0 : 1);
            if (!rule.links(kind, degree)) {
                continue;
            }
            double w = LinkEvidence.identifierWeight(kind, degree);
            int flags = evidence.sharedFlags(kind.name());
            int fraudUsers = 0;
            Map<Integer, Integer> perRing = new HashMap<>();
            for (int x = graph.accountsFrom(i); x < graph.accountsTo(i); x++) {
                int u = users[x];
                if (u == account) {
                    continue;
                }
                double[] p = pairs.computeIfAbsent(u, k -> new double[]{0, 0, Double.MAX_VALUE});
                p[0] += w;
                p[1] = (int) p[1] | flags;
                p[2] = Math.min(p[2], Math.abs(firstUse[x] - use.getValue()));
                fraudUsers += fraud[u] ? 1 : 0;
                if (ringOf[u] >= 0) {
                    perRing.merge(ringOf[u], 1, Integer::sum);
                }
            }
            if (fraudUsers > 0) {
                sharedWithFraud.add(new SharedWithFraud(kind.name(), graph.identifierKey(i), fraudUsers));
            }
            perRing.forEach((r, n) -> {
                if (n >= 2 && n >= settings.ownShare() * degree) {
                    ringUsersOwned.merge(r, n, Integer::sum);
                }
            });
        }
        int fraudNeighbours = 0;
        int hops = account >= 0 && fraud[account] ? 0 : AccountFeatures.UNREACHABLE_HOPS;
        Integer joined = account >= 0 && ringOf[account] >= 0 ? ringOf[account] : null;
        for (Map.Entry<Integer, double[]> pair : pairs.entrySet()) {
            int u = pair.getKey();
            fraudNeighbours += fraud[u] ? 1 : 0;
            if (hops > 0) {
                hops = (int) Math.min(hops, fraudHops[u] + 1);
            }
            double[] p = pair.getValue();
            int r = ringOf[u];
            if (r >= 0 && evidence.pairEvidence(p[0], (int) p[1], p[2]) >= settings.linkThreshold()) {
                joined = riskier(joined, r, profiles);
            }
        }
        for (int r : ringUsersOwned.keySet()) {
            joined = riskier(joined, r, profiles);
        }
        return new Result(account >= 0, pairs.size(), pairs.isEmpty() ? 0 : (double) fraudNeighbours / pairs.size(),
                hops, joined == null ? null : rings.get(joined).id(), joined == null ? 0 : rings.get(joined).size(),
                joined == null ? 0 : profiles.get(joined).risk(), sharedWithFraud);
    }

    private static Integer riskier(Integer current, int candidate, List<RingProfile> profiles) {
        return current == null || profiles.get(candidate).risk() > profiles.get(current).risk() ? candidate : current;
    }
}
