package org.ringscope.gnn.accounts;

import org.ringscope.core.IdentifierKind;
import org.ringscope.features.accounts.FeatureTable;
import org.ringscope.features.graph.AccountFacts;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.gnn.graph.GraphData;
import org.ringscope.gnn.graph.Relation;
import org.ringscope.gnn.graph.TwoHopRelation;
import org.ringscope.gnn.model.SageConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * The GNN's view of the identity graph: one node per account, its row the account's age and graph features, and one
 * relation per linking identifier kind (account, then a {@code phone} it used, then another account of that phone).
 * Identifiers are the via-nodes of those relations, so a hub is sampled through, never expanded.
 */
public final class AccountGraphInput {
    public static final String AGE = "account_age_days";
    private static final double DAY = 86_400_000.0;

    private AccountGraphInput() {
    }

    /**
     * Model settings for the account graph: it has six relations where a plain graph has one, so fewer samples per
     * relation and hop keep a mini-batch's neighbourhood (about 1 + 6 x 8 accounts, each with 1 + 6 x 4) small.
     */
    public static SageConfig modelDefaults() {
        return SageConfig.defaults().withFanOuts(8, 4).withBatchSize(256);
    }

    /** The feature names of a row: {@link #AGE}, then the table's. */
    public static List<String> featureNames(FeatureTable features) {
        List<String> names = new ArrayList<>();
        names.add(AGE);
        names.addAll(features.names());
        return List.copyOf(names);
    }

    /** The graph's accounts as GNN nodes (same indices), features as of {@code asOfMillis}. */
    public static GraphData build(IdentityGraph graph, FeatureTable features, AccountFacts facts, long asOfMillis) {
        int n = graph.accountCount();
        int width = features.names().size() + 1;
        float[] rows = new float[n * width];
        for (int a = 0; a < n; a++) {
            rows[a * width] = (float) ageDays(facts.firstSeen()[a], asOfMillis);
            for (int f = 0; f < width - 1; f++) {
                rows[a * width + f + 1] = (float) features.values()[f][a];
            }
        }
        return new GraphData(featureNames(features), rows, relations(graph));
    }

    /** The same graph with the columns {@code replacement} names taken from it, every other column kept. */
    public static GraphData withColumns(GraphData input, FeatureTable replacement) {
        int n = input.nodeCount();
        int width = input.featureCount();
        float[] rows = input.features();
        for (int c = 0; c < replacement.names().size(); c++) {
            int column = input.featureNames().indexOf(replacement.names().get(c));
            if (column < 0) {
                throw new IllegalArgumentException("no input column " + replacement.names().get(c));
            }
            double[] values = replacement.values()[c];
            for (int a = 0; a < n; a++) {
                rows[a * width + column] = (float) values[a];
            }
        }
        return input.withFeatures(rows);
    }

    /** The graph features of an input built by {@link #build} as a table (without {@link #AGE}). */
    public static FeatureTable table(GraphData input) {
        int n = input.nodeCount();
        int width = input.featureCount();
        List<String> names = input.featureNames().subList(1, width);
        float[] rows = input.features();
        double[][] values = new double[width - 1][n];
        for (int a = 0; a < n; a++) {
            for (int f = 1; f < width; f++) {
                values[f - 1][a] = rows[a * width + f];
            }
        }
        return new FeatureTable(List.copyOf(names), values);
    }

    /** A feature row for one account that is not (yet) in the graph, from named feature values. */
    public static float[] row(List<String> featureNames, java.util.function.ToDoubleFunction<String> value) {
        float[] row = new float[featureNames.size()];
        for (int f = 0; f < row.length; f++) {
            row[f] = (float) value.applyAsDouble(featureNames.get(f));
        }
        return row;
    }

    public static double ageDays(long firstSeenMillis, long asOfMillis) {
        return firstSeenMillis <= 0 ? 0 : Math.max(0, (asOfMillis - firstSeenMillis) / DAY);
    }

    /** The linking kinds, in the order of {@link #relations}. */
    public static List<IdentifierKind> relationKinds(IdentityGraph graph) {
        return graph.kinds().all().stream().filter(IdentifierKind::links).toList();
    }

    static List<Relation> relations(IdentityGraph graph) {
        int n = graph.accountCount();
        int identifiers = graph.identifierCount();
        // One identifier -> account CSR shared by every relation; each kind has its own account -> identifier CSR.
        int[] viaOffsets = new int[identifiers + 1];
        for (int i = 0; i < identifiers; i++) {
            viaOffsets[i + 1] = graph.accountsTo(i);
        }
        int[] viaToAccount = graph.identifierAccounts();
        List<Relation> relations = new ArrayList<>();
        int[] links = graph.accountLinks();
        for (IdentifierKind kind : relationKinds(graph)) {
            int[] offsets = new int[n + 1];
            for (int a = 0; a < n; a++) {
                int count = 0;
                for (int x = graph.linksFrom(a); x < graph.linksTo(a); x++) {
                    count += graph.identifierKind(graph.linkIdentifier(links[x])).equals(kind) ? 1 : 0;
                }
                offsets[a + 1] = offsets[a] + count;
            }
            int[] accountToVia = new int[offsets[n]];
            for (int a = 0, k = 0; a < n; a++) {
                for (int x = graph.linksFrom(a); x < graph.linksTo(a); x++) {
                    int i = graph.linkIdentifier(links[x]);
                    if (graph.identifierKind(i).equals(kind)) {
                        accountToVia[k++] = i;
                    }
                }
            }
            relations.add(new TwoHopRelation(kind.name(), n, identifiers, offsets, accountToVia, viaOffsets,
                    viaToAccount));
        }
        return relations;
    }
}
