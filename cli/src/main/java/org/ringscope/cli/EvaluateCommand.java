package org.ringscope.cli;

import org.ringscope.core.Settings;
import org.ringscope.datasets.DemoConfig;
import org.ringscope.features.accounts.AccountFeatures;
import org.ringscope.features.accounts.FeatureEvaluation;
import org.ringscope.features.accounts.FeatureTable;
import org.ringscope.features.graph.AccountFacts;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.rings.RingEvaluation;
import org.ringscope.features.rings.RingProfileEvaluation;
import org.ringscope.features.rings.RingSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Runs the ring detector and the account features on generated populations with known answers, under generator
 * settings the defaults were not tuned on, and prints ring precision and recall per typology and how well each
 * feature ranks planted ring members among the accounts nobody has labelled fraud yet.
 */
@Command(name = "evaluate", description = {
        "Score rings and features against planted ground truth on several generated populations.",
        "Settings: default (seed 42: the one the defaults were tuned on), seed-7, dense-hubs (3x more carrier IPs",
        "and shared devices), big-rings (rings of 10 to 60, 4 %% of accounts).",
        "--gnn: the GNN against the ring score and gradient boosting on the newest labels of the default population",
        "(or of each population named with --settings).",
        "--benchmark DIR: the GNN on a node-classification benchmark in the plain format (gnn-scoring/README.md),",
        "every official split, e.g. ../shared/data/tolokers."})
final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--accounts", defaultValue = "100000", description = "accounts per population (default ${DEFAULT-VALUE})")
    int accounts;

    @Option(names = "--settings", split = ",", description = "which populations (default: all four; default alone with"
            + " --gnn)")
    List<String> names;

    @Option(names = "--population-seed", paramLabel = "SEED", description = "draw each chosen population with this"
            + " seed instead of its own: the same settings, data nobody tuned on (default and seed-7 then coincide)")
    Long populationSeed;

    @Option(names = "--work", defaultValue = "data/evaluate", description = "folder for the generated files (default ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--gnn", description = "evaluate the GNN against its baselines instead of rings and features")
    boolean gnn;

    @Option(names = "--seeds", defaultValue = "5", description = "model seeds for --gnn (default ${DEFAULT-VALUE})")
    int seeds;

    @Option(names = "--benchmark", paramLabel = "DIR", description = "evaluate the GNN on a plain-format benchmark graph")
    Path benchmark;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "GNN hyper-parameter override (see ringscope train --help)")
    Map<String, String> hyper = new java.util.LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        Settings settings = common.settings(Map.of());
        if (benchmark != null) {
            List<String> args = new ArrayList<>(List.of(benchmark.toString()));
            hyper.forEach((k, v) -> args.add(k + "=" + v));
            org.ringscope.gnn.eval.BenchmarkEvaluation.main(args.toArray(String[]::new));
            return 0;
        }
        Map<String, DemoConfig> populations = populations(accounts);
        if (populationSeed != null) {
            populations.replaceAll((name, config) -> config.withSeed(populationSeed));
            work = work.resolve("seed-" + populationSeed);
        }
        List<String> chosen = names != null ? names : gnn ? List.of("default") : List.copyOf(populations.keySet());
        for (String name : chosen) {
            if (!populations.containsKey(name)) {
                System.err.println("unknown setting '" + name + "'; choose from " + populations.keySet());
                return 2;
            }
        }
        for (String name : chosen) {
            if (gnn) {
                Path dir = work.resolve(name.equals("default") ? "gnn" : "gnn-" + name);
                GnnReport.run(populations.get(name), dir, settings, common, seeds, hyper, System.out);
            } else {
                evaluate(name, populations.get(name), settings, System.out);
            }
        }
        return 0;
    }

    static Map<String, DemoConfig> populations(int accounts) {
        Map<String, DemoConfig> p = new LinkedHashMap<>();
        p.put("default", DemoConfig.defaults(42, accounts));
        p.put("seed-7", DemoConfig.defaults(7, accounts));
        p.put("dense-hubs", DemoConfig.defaults(1234, accounts).withHubs(330, 500));
        p.put("big-rings", DemoConfig.defaults(99, accounts).withRingSizes(10, 60, 120).withRingAccountShare(0.04));
        return p;
    }

    private void evaluate(String name, DemoConfig config, Settings settings, PrintStream out) throws Exception {
        Path dir = work.resolve(name);
        long t0 = System.nanoTime();
        GenerateCommand.generate(config, dir, common);
        EventFileGraph.Loaded loaded = EventFileGraph.load(settings, dir.resolve("events.csv"), dir.resolve("labels.csv"));
        Map<String, String> truth = GroundTruth.read(dir.resolve("truth.csv"));
        IdentityGraph graph = loaded.graph();
        long asOf = loaded.lastEventMillis();
        AccountFacts facts = AccountFacts.fromGraph(graph, loaded.labels().asOf(graph, asOf));
        long t1 = System.nanoTime();
        java.lang.management.ManagementFactory.getMemoryPoolMXBeans()
                .forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
        AccountFeatures.Result result = new AccountFeatures(RingSettings.from(settings)).compute(graph, facts, asOf);
        long t2 = System.nanoTime();
        double peakHeapGiB = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (double) (1L << 30);

        out.printf(Locale.ROOT, "%n== %s: %,d accounts, %,d links, seed %d (generated and loaded in %.1f s; rings +"
                        + " features in %.1f s, peak heap %.2f GiB)%n", name, graph.accountCount(), graph.linkCount(),
                config.seed(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, peakHeapGiB);
        RingsJob.printEvaluation(RingEvaluation.of(result.rings().rings(), truth), out);
        RingsJob.printProfileEvaluation(RingProfileEvaluation.of(result.rings().rings(), result.profiles(), truth), out);
        printFeatures(graph, facts, result.features(), truth, out);
    }

    /** ROC-AUC and PR-AUC of each feature for "planted ring member", over accounts not labelled fraud. */
    static void printFeatures(IdentityGraph graph, AccountFacts facts, FeatureTable table, Map<String, String> truth,
                              PrintStream out) {
        int n = graph.accountCount();
        boolean[] planted = new boolean[n];
        boolean[] unlabelled = new boolean[n];
        for (int a = 0; a < n; a++) {
            planted[a] = truth.containsKey(graph.accountId(a));
            unlabelled[a] = facts.label()[a] != AccountFacts.FRAUD;
        }
        List<String> lines = new ArrayList<>();
        FeatureEvaluation any = null;
        for (String feature : table.names()) {
            double[] score = table.column(feature);
            if (feature.equals("fraud_hops")) {
                score = java.util.Arrays.stream(score).map(h -> -h).toArray();  // nearer is riskier
            }
            FeatureEvaluation e = FeatureEvaluation.of(score, planted, unlabelled);
            any = e;
            lines.add(String.format(Locale.ROOT, "  %-24s ROC-AUC %.3f  PR-AUC %.3f  %s", feature, e.rocAuc(), e.prAuc(),
                    "#".repeat((int) Math.round(Math.max(0, e.rocAuc() - 0.5) * 60))));
        }
        out.printf(Locale.ROOT, "features against planted membership (%,d planted among %,d accounts not labelled fraud;"
                + " PR-AUC of a random score = %.3f):%n", any.positives(), any.positives() + any.negatives(),
                any.positives() / (double) (any.positives() + any.negatives()));
        lines.forEach(out::println);
    }
}
