package org.ringscope.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.ringscope.core.Settings;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.rings.Ring;
import org.ringscope.features.rings.RingDetector;
import org.ringscope.features.rings.RingSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code ringscope spark-rings}: ring detection on Spark over a links table written by {@code ringscope
 * export-links}. Writes {@code account_id,ring_id} CSV part files under the output folder and prints what it found.
 * With {@code --compare} it also runs the in-memory detector on the same links (they must fit this JVM's heap) and
 * says whether the rings are the same and how long each took.
 */
public final class SparkRingsJob {
    private static final String USAGE = """
            Usage: ringscope spark-rings --links FILE --out DIR [--master local[N]] [--partitions N] [--compare]
                                         [-Dringscope.rings.<setting>=VALUE ...]
            Ring detection on Spark (Spark SQL + GraphX) for graphs beyond one machine's heap: the same evidence,
            cores, growth and Leiden split as `ringscope rings`, over the links table `ringscope export-links` writes.
              --links FILE       CSV with header account_id,kind,key,first_seen (one row per use)
              --out DIR          where the ring members (account_id,ring_id) are written as CSV part files
              --master URL       Spark master (default local[*]; or set spark.master)
              --partitions N     shuffle partitions (default 2 x cores)
              --compare          also run the in-memory detector on the same links and compare the rings
            Settings (hub degree, thresholds, kinds and their weights) come from ringscope.properties, RINGSCOPE_*
            environment variables and -D, as for every ringscope command.""";

    private SparkRingsJob() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        Map<String, String> overrides = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("-D")) {
                String setting = args[i].length() > 2 ? args[i].substring(2) : i + 1 < args.length ? args[++i] : "";
                int eq = setting.indexOf('=');
                if (eq < 1) {
                    fail("a setting is -DKEY=VALUE, e.g. -Dringscope.rings.hub-degree=100; was '" + setting + "'");
                }
                overrides.put(setting.substring(0, eq), setting.substring(eq + 1));
                continue;
            }
            switch (args[i]) {
                case "--help", "-h" -> {
                    System.out.println(USAGE);
                    return;
                }
                case "--compare" -> options.put("compare", "true");
                case "--links", "--out", "--master", "--partitions" -> {
                    if (i + 1 >= args.length) {
                        fail(args[i] + " needs a value");
                    }
                    options.put(args[i].substring(2), args[++i]);
                }
                default -> fail("unknown option '" + args[i] + "'");
            }
        }
        if (!options.containsKey("links") || !options.containsKey("out")) {
            fail("--links and --out are required");
        }
        Path links = Path.of(options.get("links"));
        if (!Files.isRegularFile(links)) {
            fail("no links file at " + links + "; write one with `ringscope export-links --out " + links + "`");
        }
        Path out = Path.of(options.get("out"));
        int cores = Runtime.getRuntime().availableProcessors();
        int partitions = Integer.parseInt(options.getOrDefault("partitions", String.valueOf(2 * cores)));

        Settings settings = Settings.load(null, overrides);
        RingSettings ringSettings = RingSettings.from(settings);
        SparkSession spark = LocalSpark.start(options.getOrDefault("master", "local[*]"),
                out.resolveSibling(out.getFileName() + "-scratch"), partitions);
        try {
            spark.sparkContext().addSparkListener(new StageProgress(System.err));
            long t0 = System.nanoTime();
            Dataset<Row> table = spark.read().option("header", "true").schema(SparkRings.LINKS).csv(links.toString());
            SparkRings.Result result = new SparkRings(ringSettings, settings.kinds(),
                    line -> System.out.println("  " + line)).detect(spark, table);
            result.members().coalesce(1).write().mode(SaveMode.Overwrite).option("header", "true").csv(out.toString());
            double sparkSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "spark: %,d rings with %,d accounts (%,d hubs skipped; %d groups above %d split"
                            + " by Leiden) in %.1f s, written to %s%n", result.rings(), result.ringMembers(),
                    result.hubsSkipped(), result.groupsSplit(), ringSettings.maxSize(), sparkSeconds, out);
            printSizes(result.sizeHistogram());
            if (options.containsKey("compare")) {
                compare(result.members(), ringSettings, settings, links, sparkSeconds);
            }
        } finally {
            spark.stop();
        }
    }

    /** The in-memory detector on the same file, and whether it finds the same rings. */
    private static void compare(Dataset<Row> sparkMembers, RingSettings ringSettings, Settings settings, Path links,
                                double sparkSeconds) throws Exception {
        long t0 = System.nanoTime();
        IdentityGraph graph = LinksFile.read(links, settings.kinds());
        long t1 = System.nanoTime();
        List<Ring> rings = new RingDetector(ringSettings).detect(graph).rings();
        long t2 = System.nanoTime();
        Map<String, TreeSet<String>> memory = new HashMap<>();
        rings.forEach(r -> memory.put(r.id(), new TreeSet<>(r.members())));
        Map<String, TreeSet<String>> spark = new HashMap<>();
        sparkMembers.collectAsList().forEach(r -> spark.computeIfAbsent(r.getString(1), k -> new TreeSet<>()).add(r.getString(0)));
        List<String> differing = new ArrayList<>();
        memory.forEach((id, members) -> {
            if (!members.equals(spark.get(id))) {
                differing.add(id);
            }
        });
        spark.keySet().stream().filter(id -> !memory.containsKey(id)).forEach(differing::add);
        System.out.printf(Locale.ROOT, "in memory: %,d rings; links read in %.1f s, rings in %.1f s (%,d accounts, %,d links)%n",
                rings.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, graph.accountCount(), graph.linkCount());
        System.out.printf(Locale.ROOT, "same rings: %s%s; time spark / in memory (read + rings): %.1f%n",
                differing.isEmpty() ? "yes" : "NO", differing.isEmpty() ? "" : " (" + differing.size() + " differ, e.g. "
                        + differing.get(0) + ")", sparkSeconds / ((t2 - t0) / 1e9));
    }

    private static void printSizes(Map<Integer, Integer> sizes) {
        int[][] buckets = {{2, 4}, {5, 9}, {10, 19}, {20, 49}, {50, 99}, {100, Integer.MAX_VALUE}};
        int most = 1;
        int[] counts = new int[buckets.length];
        for (int b = 0; b < buckets.length; b++) {
            for (Map.Entry<Integer, Integer> e : sizes.entrySet()) {
                if (e.getKey() >= buckets[b][0] && e.getKey() <= buckets[b][1]) {
                    counts[b] += e.getValue();
                }
            }
            most = Math.max(most, counts[b]);
        }
        System.out.println("ring sizes:");
        for (int b = 0; b < buckets.length; b++) {
            if (counts[b] > 0) {
                String label = buckets[b][1] == Integer.MAX_VALUE ? buckets[b][0] + "+" : buckets[b][0] + "-" + buckets[b][1];
                System.out.printf(Locale.ROOT, "  %8s | %-40s %,d%n", label, "#".repeat(Math.max(1, counts[b] * 40 / most)), counts[b]);
            }
        }
    }

    private static void fail(String message) {
        System.err.println("spark-rings: " + message);
        System.err.println(USAGE);
        System.exit(2);
    }
}
