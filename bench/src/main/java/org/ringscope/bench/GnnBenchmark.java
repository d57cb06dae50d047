package org.ringscope.bench;

import org.ringscope.cli.EventFileGraph;
import org.ringscope.core.Settings;
import org.ringscope.datasets.DemoConfig;
import org.ringscope.datasets.DemoGenerator;
import org.ringscope.features.accounts.EventContext;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.rings.RingSettings;
import org.ringscope.gnn.accounts.AccountGraphInput;
import org.ringscope.gnn.accounts.EventNode;
import org.ringscope.gnn.accounts.LabelledAccounts;
import org.ringscope.gnn.graph.GraphData;
import org.ringscope.gnn.score.SageScorer;
import org.ringscope.gnn.train.SageTrainer;
import org.ringscope.gnn.train.TrainingResult;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * What the GNN costs at the demo's scale: preparing point-in-time inputs (features, with own labels hidden by fold),
 * training, scoring every account, and scoring one new event in process (the score-context path: the event's node
 * built from the served input, then one forward pass over its sampled neighbourhood).
 * Usage: GnnBenchmark accounts seed work-dir [events]
 */
public final class GnnBenchmark {
    private GnnBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int accounts = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Path dir = Path.of(args[2]);
        int events = args.length > 3 ? Integer.parseInt(args[3]) : 5000;
        DemoGenerator.generate(DemoConfig.defaults(seed, accounts), dir);
        Settings settings = Settings.of(Map.of());
        EventFileGraph.Loaded loaded = EventFileGraph.load(settings, dir.resolve("events.csv"), dir.resolve("labels.csv"));
        IdentityGraph graph = loaded.graph();
        System.out.printf(Locale.ROOT, "population: %,d accounts, %,d links, %,d labels (seed %d)%n",
                graph.accountCount(), graph.linkCount(), loaded.labels().size(), seed);
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

        long t0 = System.nanoTime();
        LabelledAccounts.Split split = new LabelledAccounts(RingSettings.from(settings), 5, seed)
                .split(graph, loaded.labels(), loaded.lastEventMillis(), 0.8, 0.2);
        long t1 = System.nanoTime();
        TrainingResult trained = new SageTrainer(AccountGraphInput.modelDefaults().withSeed(seed), System.err)
                .train(split.training(), split.labels(), split.train(), split.val());
        long t2 = System.nanoTime();
        GraphData input = split.input();
        try (SageScorer scorer = new SageScorer(trained.model())) {
            SageScorer.LayerOne layerOne = scorer.layerOne(input);
            scorer.score(input, layerOne, IntStream.range(0, input.nodeCount()).toArray());
            long t3 = System.nanoTime();
            System.out.printf(Locale.ROOT, "training: inputs %.1f s + training %.1f s (%d epochs, best %d, val PR-AUC"
                            + " %.3f) = %.1f s; scoring all %,d accounts %.1f s; peak heap %.2f GiB%n", (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9, trained.epochsRun(), trained.bestEpoch(), trained.bestValPrAuc(),
                    (t2 - t0) / 1e9, input.nodeCount(), (t3 - t2) / 1e9, peakHeapGiB());
            eventLatency(graph, input, scorer, layerOne, events, seed);
        }
    }

    /** Events that reuse identifiers of random existing accounts, for a new account: score each, time each. */
    private static void eventLatency(IdentityGraph graph, GraphData input, SageScorer scorer,
                                     SageScorer.LayerOne layerOne, int events, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] nanos = new long[events];
        int warmUp = Math.min(500, events / 5);
        for (int e = -warmUp; e < events; e++) {
            List<EventContext.EventIdentifier> identifiers = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                int a = random.nextInt(graph.accountCount());
                if (graph.linksFrom(a) < graph.linksTo(a)) {
                    int link = graph.accountLinks()[graph.linksFrom(a) + random.nextInt(graph.linksTo(a) - graph.linksFrom(a))];
                    int i = graph.linkIdentifier(link);
                    identifiers.add(new EventContext.EventIdentifier(graph.identifierKind(i).name(), graph.identifierKey(i)));
                }
            }
            long start = System.nanoTime();
            EventNode.Node node = EventNode.of(graph, input, "bench-new-" + e, identifiers, Map.of());
            scorer.score(input.withExtraNode(node.row(), node.neighbours()), layerOne, new int[]{input.nodeCount()});
            if (e >= 0) {
                nanos[e] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "one new event, in process (node + forward pass from stored first-layer states), %,d events after %,d warm-up:"
                        + " p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", events, warmUp, nanos[events / 2] / 1e6,
                nanos[(int) (events * 0.99)] / 1e6, nanos[events - 1] / 1e6);
    }

    private static double peakHeapGiB() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (double) (1L << 30);
    }
}
