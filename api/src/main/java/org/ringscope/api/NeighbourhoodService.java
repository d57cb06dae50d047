package org.ringscope.api;

import jakarta.inject.Singleton;
import org.ringscope.core.Settings;
import org.ringscope.features.graph.AccountFacts;
import org.ringscope.features.graph.LinkingRule;
import org.ringscope.features.graph.Neighbourhood;
import org.ringscope.features.rings.RingSettings;

import java.util.ArrayList;
import java.util.List;

/** The k-hop neighbourhood of an account in the served snapshot, hubs collapsed, bounded in size. */
@Singleton
public class NeighbourhoodService {
    private final FeatureService features;
    private final Neighbourhood neighbourhood;

    public NeighbourhoodService(FeatureService features, Settings settings) {
        this.features = features;
        this.neighbourhood = new Neighbourhood(new LinkingRule(RingSettings.from(settings).hubDegree()));
    }

    public ApiViews.NeighbourhoodView around(String accountId, int hops, int maxNodes) {
        FeatureService.Snapshot s = features.current();
        int centre = s.graph().accountIndex(accountId);
        if (centre < 0) {
            throw ApiException.unknown("no account '" + accountId + "' in the graph as of " + s.asOf(),
                    "check the id; accounts appear after their first event is ingested and the next recompute");
        }
        Neighbourhood.Result r = neighbourhood.around(s.graph(), s.labels(), centre, hops, maxNodes);
        List<ApiViews.NodeView> nodes = new ArrayList<>();
        for (Neighbourhood.AccountNode a : r.accounts()) {
            int index = s.graph().accountIndex(a.id());
            nodes.add(new ApiViews.NodeView(a.id(), "account", a.hop(), label(a.label()), s.ringId(index), null, null));
        }
        for (Neighbourhood.IdentifierNode i : r.identifiers()) {
            nodes.add(new ApiViews.NodeView(i.kind() + ":" + i.key(), i.kind(), null, null, null, i.degree(),
                    i.collapsed()));
        }
        List<ApiViews.LinkView> links = r.links().stream().map(l -> new ApiViews.LinkView(l.account(),
                l.kind() + ":" + l.key(), java.time.Instant.ofEpochMilli(l.firstSeen()))).toList();
        return new ApiViews.NeighbourhoodView(accountId, hops, s.asOf(), nodes, links, r.truncated());
    }

    static String label(byte label) {
        return switch (label) {
            case AccountFacts.FRAUD -> "fraud";
            case AccountFacts.LEGIT -> "legit";
            default -> null;
        };
    }
}
