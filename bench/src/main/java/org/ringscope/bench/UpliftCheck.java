package org.ringscope.bench;

import org.ringscope.cli.EventFileGraph;
import org.ringscope.cli.GroundTruth;
import org.ringscope.core.Settings;
import org.ringscope.datasets.DemoConfig;
import org.ringscope.datasets.DemoGenerator;
import org.ringscope.features.accounts.AccountFeatures;
import org.ringscope.features.accounts.FeatureEvaluation;
import org.ringscope.features.accounts.FeatureTable;
import org.ringscope.features.graph.AccountFacts;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.rings.RingSettings;
import org.ringscope.gnn.eval.GradientBoosting;
import org.ringscope.gnn.eval.Metrics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Do the graph features earn their place in the main scorer? Trains the same gradient-boosting model (XGBoost) on
 * simple per-account features with and without the graph features, on a time split, and compares PR-AUC and recall
 * at 1 % false-positive rate on the later accounts.
 *
 * <p>Time split: training rows are the accounts first seen before the cut-off (60 % into the window), with features
 * as of the cut-off; test rows are the accounts first seen after it, with features as of the end. Accounts already
 * labelled fraud at their features' time are left out of both: the scorer only needs to find the ones nobody has
 * caught. The target is membership of a planted ring. Usage: UpliftCheck accounts seed work-dir
 */
public final class UpliftCheck {
    private static final List<String> SIMPLE = List.of("account_age_days", "links_device", "links_email",
            "links_phone", "links_card", "links_ip", "links_ip_prefix", "links_address");
    private static final long DAY = 86_400_000L;

    private UpliftCheck() {
    }

    public static void main(String[] args) throws Exception {
        int accounts = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Path dir = Path.of(args[2]);
        DemoGenerator.generate(DemoConfig.defaults(seed, accounts), dir);
        Settings settings = Settings.of(Map.of());
        EventFileGraph.Loaded loaded = EventFileGraph.load(settings, dir.resolve("events.csv"), dir.resolve("labels.csv"));
        Map<String, String> truth = GroundTruth.read(dir.resolve("truth.csv"));
        IdentityGraph full = loaded.graph();
        long end = loaded.lastEventMillis();
        long start = Long.MAX_VALUE;
        for (int l = 0; l < full.linkCount(); l++) {
            start = Math.min(start, full.linkFirstSeen(l));
        }
        long cut = start + (long) ((end - start) * 0.6);

        Rows train = rows(full, loaded, truth, cut, a -> a < cut, settings);
        Rows test = rows(full, loaded, truth, end, a -> a >= cut, settings);
        System.out.printf(Locale.ROOT, "population: %,d accounts (seed %d); train %,d accounts first seen before %s"
                        + " (%,d planted), test %,d after (%,d planted)%n", full.accountCount(), seed, train.size(),
                java.time.Instant.ofEpochMilli(cut).toString().substring(0, 10), train.positives(), test.size(),
                test.positives());
        System.out.printf(Locale.ROOT, "%-34s %8s %8s %18s%n", "features", "ROC-AUC", "PR-AUC", "recall @ 1% FPR");
        List<String> all = train.names();
        List<String> graph = all.stream().filter(n -> !SIMPLE.contains(n)).toList();
        report("simple (" + SIMPLE.size() + ")", SIMPLE, train, test);
        report("simple + graph (" + all.size() + ")", all, train, test);
        report("graph only (" + graph.size() + ")", graph, train, test);
    }

    private static void report(String label, List<String> features, Rows train, Rows test) {
        Rows both = train.then(test);
        boolean[] isTrain = new boolean[both.size()];
        Arrays.fill(isTrain, 0, train.size(), true);
        boolean[] isTest = new boolean[both.size()];
        Arrays.fill(isTest, train.size(), both.size(), true);
        List<double[]> columns = features.stream().map(f -> both.values()[both.names().indexOf(f)]).toList();
        double[] score = new GradientBoosting(200, 7).trainAndScore(columns, both.labels(), isTrain, isTest);
        double[] testScore = Arrays.copyOfRange(score, train.size(), both.size());
        boolean[] everyone = new boolean[test.size()];
        Arrays.fill(everyone, true);
        FeatureEvaluation e = FeatureEvaluation.of(testScore, test.target, everyone);
        System.out.printf(Locale.ROOT, "%-34s %8.3f %8.3f %18.3f%n", label, e.rocAuc(), e.prAuc(),
                Metrics.recallAtFpr(testScore, test.target, 0.01));
    }

    /** Feature rows of the accounts chosen by first-seen time, computed as of {@code asOf}, with their targets. */
    private static Rows rows(IdentityGraph full, EventFileGraph.Loaded loaded, Map<String, String> truth, long asOf,
                             java.util.function.LongPredicate chosen, Settings settings) {
        IdentityGraph then = full.asOf(asOf);
        AccountFacts facts = AccountFacts.fromGraph(then, loaded.labels().asOf(then, asOf));
        FeatureTable table = new AccountFeatures(RingSettings.from(settings)).compute(then, facts, asOf).features();
        List<Integer> picked = new ArrayList<>();
        for (int a = 0; a < then.accountCount(); a++) {
            boolean known = then.linksFrom(a) < then.linksTo(a);
            if (known && chosen.test(facts.firstSeen()[a]) && facts.label()[a] != AccountFacts.FRAUD) {
                picked.add(a);
            }
        }
        List<String> names = new ArrayList<>(List.of("account_age_days"));
        names.addAll(table.names());
        double[][] values = new double[names.size()][picked.size()];
        boolean[] target = new boolean[picked.size()];
        for (int r = 0; r < picked.size(); r++) {
            int a = picked.get(r);
            values[0][r] = (asOf - facts.firstSeen()[a]) / (double) DAY;
            for (int f = 0; f < table.names().size(); f++) {
                values[f + 1][r] = table.values()[f][a];
            }
            target[r] = truth.containsKey(then.accountId(a));
        }
        return new Rows(names, values, target);
    }

    private record Rows(List<String> names, double[][] values, boolean[] target) {
        int size() {
            return target.length;
        }

        long positives() {
            long p = 0;
            for (boolean t : target) {
                p += t ? 1 : 0;
            }
            return p;
        }

        int[] labels() {
            int[] labels = new int[size()];
            for (int r = 0; r < size(); r++) {
                labels[r] = target[r] ? 1 : 0;
            }
            return labels;
        }

        /** These rows followed by {@code other}'s (same feature names). */
        Rows then(Rows other) {
            double[][] joined = new double[names.size()][];
            for (int f = 0; f < names.size(); f++) {
                joined[f] = Arrays.copyOf(values[f], size() + other.size());
                System.arraycopy(other.values[f], 0, joined[f], size(), other.size());
            }
            boolean[] targets = Arrays.copyOf(target, size() + other.size());
            System.arraycopy(other.target, 0, targets, size(), other.size());
            return new Rows(names, joined, targets);
        }
    }
}
