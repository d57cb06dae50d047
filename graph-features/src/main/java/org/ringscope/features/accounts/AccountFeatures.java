package org.ringscope.features.accounts;

import org.ringscope.core.IdentifierKind;
import org.ringscope.features.communities.LeidenCommunities;
import org.ringscope.features.graph.AccountFacts;
import org.ringscope.features.graph.AccountProjection;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.graph.LinkingRule;
import org.ringscope.features.risk.FraudDistance;
import org.ringscope.features.risk.FraudSimilarity;
import org.ringscope.features.risk.PersonalisedPageRank;
import org.ringscope.features.risk.Velocity;
import org.ringscope.features.rings.LinkEvidence;
import org.ringscope.features.rings.Ring;
import org.ringscope.features.rings.RingDetector;
import org.ringscope.features.rings.RingProfile;
import org.ringscope.features.rings.RingProfiler;
import org.ringscope.features.rings.RingResult;
import org.ringscope.features.rings.RingSettings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every account's graph features, as of one moment: the graph must hold only links first seen by then
 * ({@link IdentityGraph#asOf}) and the facts only labels given by then, which is what makes the features safe to
 * train on. The feature dictionary is in the module README.
 */
public final class AccountFeatures {
    private static final long HOUR = 3_600_000L;
    private static final int MAX_HOPS = 4;
    /** {@code fraud_hops} of an account farther than {@code MAX_HOPS} from any confirmed fraud, or cut off from it. */
    public static final int UNREACHABLE_HOPS = MAX_HOPS + 1;
    private static final double PPR_DAMPING = 0.85;
    private static final int PPR_ITERATIONS = 20;
    /** The features computed from labels, in the order {@link #labelFeatures} returns them. */
    public static final List<String> LABEL_FEATURES = List.of("ring_risk", "fraud_neighbour_share", "fraud_ppr",
            "fraud_hops", "fraud_jaccard", "fraud_adamic_adar");
    private final RingSettings settings;
    private final LinkingRule rule;

    public AccountFeatures(RingSettings settings) {
        this.settings = settings;
        this.rule = new LinkingRule(settings.hubDegree());
    }

    /** The rings and profiles the features were computed with, and the features. */
    public record Result(RingResult rings, List<RingProfile> profiles, FeatureTable features) {
    }

    public Result compute(IdentityGraph graph, AccountFacts facts, long asOfMillis) {
        int n = graph.accountCount();
        List<String> names = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();

        AccountProjection projection = new LinkEvidence(settings).project(graph);
        RingResult rings = new RingDetector(settings).detect(graph, projection);
        List<RingProfile> profiles = new RingProfiler().profile(graph, facts, rings.rings());
        double[] ringSize = new double[n];
        for (Ring ring : rings.rings()) {
            for (String member : ring.members()) {
                ringSize[graph.accountIndex(member)] = ring.size();
            }
        }
        Neighbours neighbours = neighbours(graph, facts.fraud());
        FeatureTable fromLabels = labelFeatures(graph, facts, rings, profiles, neighbours.fraudShare());
        add(names, columns, "ring_size", ringSize);
        add(names, columns, "ring_risk", fromLabels.column("ring_risk"));
        communities(graph, projection, names, columns);

        for (IdentifierKind kind : graph.kinds().all()) {
            add(names, columns, "links_" + kind.name(), new double[n]);
        }
        double[] maxDegree = new double[n];
        int[] links = graph.accountLinks();
        for (int a = 0; a < n; a++) {
            for (int x = graph.linksFrom(a); x < graph.linksTo(a); x++) {
                int i = graph.linkIdentifier(links[x]);
                columns.get(names.indexOf("links_" + graph.identifierKind(i).name()))[a]++;
                if (graph.identifierKind(i).links()) {
                    maxDegree[a] = Math.max(maxDegree[a], graph.degree(i));
                }
            }
        }
        add(names, columns, "max_identifier_degree", maxDegree);
        add(names, columns, "linked_accounts", neighbours.linked());
        for (String name : LABEL_FEATURES.subList(1, LABEL_FEATURES.size())) {
            add(names, columns, name, fromLabels.column(name));
        }

        Velocity velocity = new Velocity(graph);
        for (long[] window : new long[][]{{1, HOUR}, {24, 24 * HOUR}, {168, 168 * HOUR}}) {
            double[] v = new double[n];
            for (int a = 0; a < n; a++) {
                v[a] = velocity.maxNewAccounts(a, asOfMillis, window[1]);
            }
            add(names, columns, "velocity_" + (window[0] == 168 ? "7d" : window[0] + "h"), v);
        }
        return new Result(rings, profiles, new FeatureTable(List.copyOf(names), columns.toArray(double[][]::new)));
    }

    /**
     * The features that read labels ({@link #LABEL_FEATURES}), for given rings and labels. Training data needs them
     * computed again with some labels hidden, so that no account's features see its own label.
     */
    public FeatureTable labelFeatures(IdentityGraph graph, AccountFacts facts, RingResult rings) {
        return labelFeatures(graph, facts, rings, new RingProfiler().profile(graph, facts, rings.rings()),
                neighbours(graph, facts.fraud()).fraudShare());
    }

    private FeatureTable labelFeatures(IdentityGraph graph, AccountFacts facts, RingResult rings,
                                       List<RingProfile> profiles, double[] fraudShare) {
        int n = graph.accountCount();
        boolean[] fraud = facts.fraud();
        double[] ringRisk = new double[n];
        for (int r = 0; r < rings.rings().size(); r++) {
            for (String member : rings.rings().get(r).members()) {
                ringRisk[graph.accountIndex(member)] = profiles.get(r).risk();
            }
        }
        double[] ppr = new PersonalisedPageRank(rule, PPR_DAMPING, PPR_ITERATIONS).scores(graph, fraud);
        int[] hops = new FraudDistance(rule, MAX_HOPS).hops(graph, fraud);
        double[] hopColumn = new double[n];
        for (int a = 0; a < n; a++) {
            hopColumn[a] = hops[a];
        }
        FraudSimilarity.Scores similarity = new FraudSimilarity(settings.hubDegree()).scores(graph, fraud);
        return new FeatureTable(LABEL_FEATURES, new double[][]{ringRisk, fraudShare, ppr, hopColumn,
                similarity.jaccard(), similarity.adamicAdar()});
    }

    /** Leiden communities of the evidence graph: id (as the smallest member's index), size and density. */
    private void communities(IdentityGraph graph, AccountProjection p, List<String> names, List<double[]> columns) {
        int n = graph.accountCount();
        int[] community = new LeidenCommunities(1.0, 42).cluster(n, p.from(), p.to(), p.weight());
        Map<Integer, Integer> size = new HashMap<>();
        Map<Integer, Integer> internalEdges = new HashMap<>();
        for (int c : community) {
            size.merge(c, 1, Integer::sum);
        }
        for (int e = 0; e < p.edgeCount(); e++) {
            if (community[p.from()[e]] == community[p.to()[e]]) {
                internalEdges.merge(community[p.from()[e]], 1, Integer::sum);
            }
        }
        double[] sizes = new double[n];
        double[] density = new double[n];
        for (int a = 0; a < n; a++) {
            int s = size.get(community[a]);
            sizes[a] = s;
            density[a] = s < 2 ? 0 : internalEdges.getOrDefault(community[a], 0) / (s * (s - 1) / 2.0);
        }
        add(names, columns, "community_size", sizes);
        add(names, columns, "community_density", density);
    }

    /**
     * Per account: how many accounts share a linking identifier with it (hubs left out), and the share of those that
     * are confirmed fraud.
     */
    private record Neighbours(double[] linked, double[] fraudShare) {
    }

    /** One walk over every account's neighbourhood gives both {@link Neighbours} columns. */
    private Neighbours neighbours(IdentityGraph graph, boolean[] fraud) {
        int n = graph.accountCount();
        double[] linked = new double[n];
        double[] share = new double[n];
        int[] links = graph.accountLinks();
        int[] users = graph.identifierAccounts();
        Set<Integer> seen = new HashSet<>();
        for (int a = 0; a < n; a++) {
            seen.clear();
            int fraudCount = 0;
            for (int x = graph.linksFrom(a); x < graph.linksTo(a); x++) {
                int i = graph.linkIdentifier(links[x]);
                if (!rule.links(graph, i)) {
                    continue;
                }
                for (int y = graph.accountsFrom(i); y < graph.accountsTo(i); y++) {
                    if (users[y] != a && seen.add(users[y]) && fraud[users[y]]) {
                        fraudCount++;
                    }
                }
            }
            linked[a] = seen.size();
            share[a] = seen.isEmpty() ? 0 : (double) fraudCount / seen.size();
        }
        return new Neighbours(linked, share);
    }

    private static void add(List<String> names, List<double[]> columns, String name, double[] column) {
        names.add(name);
        columns.add(column);
    }
}
