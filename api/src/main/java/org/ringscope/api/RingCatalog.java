package org.ringscope.api;

import jakarta.inject.Singleton;
import org.neo4j.driver.Session;
import org.ringscope.store.Neo4jStore;
import org.ringscope.core.Settings;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.graph.LinkingRule;
import org.ringscope.features.rings.RingSettings;
import org.ringscope.features.rings.Ring;
import org.ringscope.features.rings.RingProfile;

import java.time.Instant;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The rings of the current recompute, riskiest first, filtered and paged for the API, each with its review status:
 * {@code open} until an investigator confirms or dismisses it (the latest decision counts).
 */
@Singleton
public class RingCatalog {
    static final List<String> STATUSES = List.of("open", "confirmed", "dismissed");
    private static final String DECIDED = """
            MATCH (d:Decision {target_kind: 'ring'}) RETURN d.target AS ring, d.decision AS decision ORDER BY d.at""";
    private final FeatureService features;
    private final Neo4jStore store;
    private final LinkingRule linking;
    private volatile Map<String, String> statuses;

    public RingCatalog(FeatureService features, Neo4jStore store, Settings settings) {
        this.features = features;
        this.store = store;
        this.linking = new LinkingRule(RingSettings.from(settings).hubDegree());
    }

    public ApiViews.RingPage list(double minRisk, int minSize, String typology, String status, int offset, int limit) {
        if (status != null && !STATUSES.contains(status)) {
            throw ApiException.invalid("status", "status must be one of " + STATUSES + ", was '" + status + "'");
        }
        FeatureService.Snapshot s = features.current();
        List<ApiViews.RingSummary> matching = IntStream.range(0, s.rings().size())
                .filter(r -> s.profiles().get(r).risk() >= minRisk && s.rings().get(r).size() >= minSize)
                .filter(r -> typology == null || typology.equals(s.profiles().get(r).typology()))
                .filter(r -> status == null || status.equals(status(s.rings().get(r).id())))
                .mapToObj(r -> summary(s.rings().get(r), s.profiles().get(r)))
                .sorted(Comparator.comparingDouble(ApiViews.RingSummary::risk).reversed().thenComparing(ApiViews.RingSummary::id))
                .toList();
        List<ApiViews.RingSummary> page = matching.subList(Math.min(offset, matching.size()),
                Math.min(offset + limit, matching.size()));
        return new ApiViews.RingPage(page, matching.size(), offset, limit);
    }

    public Optional<ApiViews.RingDetail> ring(String id) {
        FeatureService.Snapshot s = features.current();
        Integer r = s.ringIndex().get(id);
        if (r == null) {
            return Optional.empty();
        }
        Ring ring = s.rings().get(r);
        return Optional.of(new ApiViews.RingDetail(summary(ring, s.profiles().get(r)), ring.members(),
                ring.bindings().stream().map(b -> new ApiViews.Binding(b.kind(), b.key(), b.members())).toList()));
    }

    /**
     * A ring drawn: its members, the identifiers that bind them (of a linking kind, not a hub, used by at least two
     * members), and who uses which. Anything else (a member's own device, a carrier IP) explains nothing about it.
     */
    public Optional<ApiViews.NeighbourhoodView> graph(String id) {
        FeatureService.Snapshot s = features.current();
        Integer r = s.ringIndex().get(id);
        if (r == null) {
            return Optional.empty();
        }
        IdentityGraph g = s.graph();
        Set<Integer> members = new HashSet<>();
        for (String m : s.rings().get(r).members()) {
            members.add(g.accountIndex(m));
        }
        Map<Integer, List<Integer>> usersInRing = new HashMap<>();
        for (int a : members) {
            for (int x = g.linksFrom(a); x < g.linksTo(a); x++) {
                usersInRing.computeIfAbsent(g.linkIdentifier(g.accountLinks()[x]), k -> new ArrayList<>()).add(x);
            }
        }
        List<ApiViews.NodeView> nodes = new ArrayList<>();
        for (int a : members) {
            nodes.add(new ApiViews.NodeView(g.accountId(a), "account", 0, NeighbourhoodService.label(s.labels()[a]),
                    id, null, null));
        }
        List<ApiViews.LinkView> links = new ArrayList<>();
        usersInRing.forEach((i, slots) -> {
            if (slots.size() < 2 || !linking.links(g, i)) {
                return;
            }
            String node = g.identifierKind(i).name() + ":" + g.identifierKey(i);
            nodes.add(new ApiViews.NodeView(node, g.identifierKind(i).name(), null, null, null, g.degree(i), null));
            for (int x : slots) {
                int link = g.accountLinks()[x];
                links.add(new ApiViews.LinkView(g.accountId(g.linkAccount(link)), node,
                        Instant.ofEpochMilli(g.linkFirstSeen(link))));
            }
        });
        return Optional.of(new ApiViews.NeighbourhoodView(id, 1, s.asOf(), nodes, links, false));
    }

    /** Records an investigator's decision on a ring: {@code confirm} or {@code dismiss}. */
    void decided(String ringId, String decision) {
        statuses().put(ringId, decision.equals("confirm") ? "confirmed" : "dismissed");
    }

    private String status(String ringId) {
        return statuses().getOrDefault(ringId, "open");
    }

    /** Loaded from the audit trail once, then kept up to date by {@link #decided}. */
    private Map<String, String> statuses() {
        Map<String, String> s = statuses;
        if (s == null) {
            synchronized (this) {
                if (statuses == null) {
                    Map<String, String> loaded = new ConcurrentHashMap<>();
                    try (Session session = store.session()) {
                        session.run(DECIDED).forEachRemaining(r -> loaded.put(r.get("ring").asString(),
                                r.get("decision").asString().equals("confirm") ? "confirmed" : "dismissed"));
                    }
                    statuses = loaded;
                }
                s = statuses;
            }
        }
        return s;
    }

    private ApiViews.RingSummary summary(Ring ring, RingProfile p) {
        return new ApiViews.RingSummary(ring.id(), ring.size(), p.risk(), p.typology(), p.fraud(), p.legit(),
                Instant.ofEpochMilli(p.firstSeen()), Instant.ofEpochMilli(p.lastSeen()), p.explanation(),
                status(ring.id()));
    }
}
