package org.ringscope.bench;

import org.ringscope.cli.EventFileGraph;
import org.ringscope.core.Settings;
import org.ringscope.datasets.DemoConfig;
import org.ringscope.datasets.DemoGenerator;
import org.ringscope.features.components.IncrementalComponents;
import org.ringscope.features.graph.IdentityGraph;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Latency of one incremental update: the demo graph's links, in time order, each applied to
 * {@link IncrementalComponents} after the first 90 % were loaded (so updates land in a realistic, full structure);
 * every update is timed on its own. Usage: IncrementalBenchmark accounts work-dir
 */
public final class IncrementalBenchmark {
    private IncrementalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int accounts = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        DemoGenerator.generate(DemoConfig.defaults(42, accounts), dir);
        IdentityGraph graph = EventFileGraph.load(Settings.of(Map.of()), dir.resolve("events.csv"),
                dir.resolve("labels.csv")).graph();
        Integer[] order = new Integer[graph.linkCount()];
        for (int l = 0; l < order.length; l++) {
            order[l] = l;
        }
        Arrays.sort(order, (a, b) -> Long.compare(graph.linkFirstSeen(a), graph.linkFirstSeen(b)));
        IncrementalComponents components = new IncrementalComponents(graph.kinds(), 50);
        int warm = (int) (order.length * 0.9);
        for (int k = 0; k < warm; k++) {
            apply(graph, components, order[k]);
        }
        long[] nanos = new long[order.length - warm];
        for (int k = warm; k < order.length; k++) {
            long t0 = System.nanoTime();
            apply(graph, components, order[k]);
            nanos[k - warm] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "incremental components: %,d links loaded, %,d updates timed one by one: p50 %.1f µs,"
                        + " p99 %.1f µs, p99.9 %.1f µs, max %.1f µs%n", warm, nanos.length, nanos[nanos.length / 2] / 1e3,
                nanos[(int) (nanos.length * 0.99)] / 1e3, nanos[(int) (nanos.length * 0.999)] / 1e3,
                nanos[nanos.length - 1] / 1e3);
    }

    private static void apply(IdentityGraph graph, IncrementalComponents components, int link) {
        int i = graph.linkIdentifier(link);
        components.link(graph.accountId(graph.linkAccount(link)), graph.identifierKind(i).name(), graph.identifierKey(i));
    }
}
