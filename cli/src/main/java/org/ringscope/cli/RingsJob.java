package org.ringscope.cli;

import org.ringscope.core.Settings;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.rings.Ring;
import org.ringscope.features.rings.RingDetector;
import org.ringscope.features.rings.RingEvaluation;
import org.ringscope.features.rings.RingProfile;
import org.ringscope.features.rings.RingProfileEvaluation;
import org.ringscope.features.rings.RingProfiler;
import org.ringscope.features.rings.RingResult;
import org.ringscope.features.rings.RingSettings;
import org.ringscope.features.store.RingWriter;
import org.ringscope.features.store.SnapshotReader;
import org.ringscope.store.Neo4jStore;

import java.io.PrintStream;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Snapshot, detect, write back, and say what was found (drawn as a size histogram). */
final class RingsJob {

    private RingsJob() {
    }

    /** The rings and their profiles, index for index. */
    record Outcome(RingResult result, List<RingProfile> profiles) {
    }

    static Outcome run(Neo4jStore store, Settings settings, PrintStream out) {
        long t0 = System.nanoTime();
        IdentityGraph graph = SnapshotReader.read(store, settings.kinds());
        long t1 = System.nanoTime();
        RingSettings ringSettings = RingSettings.from(settings);
        RingResult result = new RingDetector(ringSettings).detect(graph);
        long t2 = System.nanoTime();
        List<RingProfile> profiles = new RingProfiler().profile(graph, SnapshotReader.readFacts(store, graph), result.rings());
        RingWriter.replace(store, result.rings(), profiles, RingDetector.METHOD, Instant.now());
        long t3 = System.nanoTime();
        out.printf(Locale.ROOT, "graph: %,d accounts, %,d identifiers, %,d links (read in %.1f s)%n",
                graph.accountCount(), graph.identifierCount(), graph.linkCount(), (t1 - t0) / 1e9);
        out.printf(Locale.ROOT, "rings: %,d rings with %,d accounts (%,d hubs above degree %d skipped; %,d groups above"
                        + " %d split by Leiden; min size %d, %d when tied away from home) found in %.1f s, written in %.1f s%n",
                result.rings().size(), result.members(), result.hubsSkipped(), ringSettings.hubDegree(),
                result.groupsSplit(), ringSettings.maxSize(), ringSettings.minSize(), ringSettings.awayMinSize(),
                (t2 - t1) / 1e9, (t3 - t2) / 1e9);
        out.print(histogram(result.rings()));
        out.print(riskiest(profiles, 5));
        return new Outcome(result, profiles);
    }

    /** The rings an investigator should open first, in their own words. */
    static String riskiest(List<RingProfile> profiles, int n) {
        StringBuilder s = new StringBuilder("riskiest rings:\n");
        profiles.stream().sorted(Comparator.comparingDouble(RingProfile::risk).reversed()).limit(n).forEach(p ->
                s.append(String.format(Locale.ROOT, "  %s  risk %.2f  %-18s %s%n", p.ringId(), p.risk(), p.typology(),
                        p.explanation())));
        return s.toString();
    }

    static void printProfileEvaluation(RingProfileEvaluation e, PrintStream out) {
        out.printf(Locale.ROOT, "ring typology guessed right for %,d of %,d mostly-planted rings; ring risk ROC-AUC %.3f"
                + " (planted vs other detected rings)%n", e.typologyRight(), e.plantedRings(), e.riskAuc());
    }

    static void printEvaluation(RingEvaluation e, PrintStream out) {
        out.printf(Locale.ROOT, "planted-ring recall    %.3f  (%,d of %,d planted members are in a detected ring)%n",
                e.recall(), e.truePositives(), e.planted());
        out.printf(Locale.ROOT, "planted-ring precision %.3f  (%,d of %,d detected ring members were planted)%n",
                e.precision(), e.truePositives(), e.detected());
        e.recallByTypology().forEach((typology, c) -> out.printf(Locale.ROOT, "  recall %-20s %.3f  (%,d / %,d)%n",
                typology, c[1] == 0 ? 0 : (double) c[0] / c[1], c[0], c[1]));
    }

    /** Ring sizes as a horizontal bar chart, because a distribution is read faster than a table. */
    static String histogram(List<Ring> rings) {
        int[][] bins = {{2, 4}, {5, 9}, {10, 19}, {20, 49}, {50, 99}, {100, 499}, {500, Integer.MAX_VALUE}};
        long[] counts = new long[bins.length];
        for (Ring r : rings) {
            for (int b = 0; b < bins.length; b++) {
                if (r.size() >= bins[b][0] && r.size() <= bins[b][1]) {
                    counts[b]++;
                }
            }
        }
        long max = java.util.Arrays.stream(counts).max().orElse(0);
        StringBuilder s = new StringBuilder("ring sizes:\n");
        for (int b = 0; b < bins.length; b++) {
            if (counts[b] == 0 && (b == 0 || b == bins.length - 1)) {
                continue;
            }
            String label = bins[b][1] == Integer.MAX_VALUE ? bins[b][0] + "+" : bins[b][0] + "-" + bins[b][1];
            int width = max == 0 ? 0 : (int) Math.ceil(40.0 * counts[b] / max);
            s.append(String.format(Locale.ROOT, "  %8s | %-40s %,d%n", label, "#".repeat(width), counts[b]));
        }
        return s.toString();
    }

}
