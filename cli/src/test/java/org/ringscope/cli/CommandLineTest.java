package org.ringscope.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void demoRunsEndToEndOnASmallPopulationAndIngestExitsThreeOnRefusedRows() throws Exception {
        String dataDir = "-Dringscope.data-dir=" + dir.resolve("demo");
        assertThat(Ringscope.run("demo", "--quiet", "--no-serve", "--accounts", "3000", "--seed", "7", dataDir,
                "-Dringscope.neo4j.page-cache=64m")).isZero();
        assertThat(dir.resolve("demo/input/truth.csv")).exists();
        try (var models = Files.list(dir.resolve("demo/models"))) {
            assertThat(models.filter(m -> Files.exists(m.resolve("model.json")))).as("demo trains the GNN").hasSize(1);
        }
        assertThat(Ringscope.run("train", "--quiet", "--version", "rollback-me", "--set", "epochs=2", dataDir,
                "-Dringscope.neo4j.page-cache=64m")).isZero();
        assertThat(Files.readString(dir.resolve("demo/models/rollback-me/model.json"))).contains("val_pr_auc")
                .contains("\"featureNames\"");

        Path now = dir.resolve("now.csv");
        assertThat(Ringscope.run("features", "--quiet", "--out", now.toString(), dataDir, "-Dringscope.neo4j.page-cache=64m")).isZero();
        List<String> rows = Files.readAllLines(now);
        assertThat(rows.get(0)).startsWith("account_id,as_of,ring_size,ring_risk,").contains("fraud_ppr", "velocity_24h");
        assertThat(rows).hasSize(3001);

        String account = rows.get(1).split(",")[0];
        Path pairs = Files.writeString(dir.resolve("pairs.csv"), "account_id,as_of\n" + account + ",2025-01-01T00:00:00Z\n"
                + account + ",2026-03-01T00:00:00Z\n");
        Path then = dir.resolve("then.csv");
        assertThat(Ringscope.run("features", "--quiet", "--at", pairs.toString(), "--out", then.toString(), dataDir,
                "-Dringscope.neo4j.page-cache=64m")).isZero();
        List<String> atTimes = Files.readAllLines(then);
        assertThat(atTimes).hasSize(3);
        assertThat(atTimes.get(1)).as("before the account existed it has no features")
                .isEqualTo(account + ",2025-01-01T00:00:00Z" + ",".repeat(rows.get(0).split(",").length - 2));
        assertThat(atTimes.get(2)).startsWith(account + ",2026-03-01T00:00:00Z,");

        Files.writeString(pairs, "account_id,as_of\n" + account + ",yesterday\n");
        assertThat(Ringscope.run("features", "--quiet", "--at", pairs.toString(), "--out", then.toString(), dataDir,
                "-Dringscope.neo4j.page-cache=64m")).isNotZero();

        // The links for the Spark job: from the store and straight from the events, the same links and first uses.
        Path fromStore = dir.resolve("links-store.csv");
        Path fromEvents = dir.resolve("links-events.csv");
        assertThat(Ringscope.run("export-links", "--quiet", "--out", fromStore.toString(), dataDir,
                "-Dringscope.neo4j.page-cache=64m")).isZero();
        assertThat(Ringscope.run("export-links", "--quiet", "--out", fromEvents.toString(), "--events",
                dir.resolve("demo/input/events.csv").toString(), dataDir)).isZero();
        assertThat(Files.readAllLines(fromStore).get(0)).isEqualTo("account_id,kind,key,first_seen");
        Map<String, Long> stored = firstUses(fromStore);
        assertThat(stored).hasSizeGreaterThan(3000);
        assertThat(firstUses(fromEvents)).isEqualTo(stored);
        assertThat(Files.readString(fromStore)).as("pseudonymised keys only").doesNotContain("@");

        Path bad = Files.writeString(dir.resolve("bad.csv"), """
                event_id,ts,account_id,type,card
                x1,2026-01-01T00:00:00Z,A1,payment,4111111111111111
                x2,2026-01-01T00:00:00Z,A1,login,
                """);
        assertThat(Ringscope.run("ingest", "--quiet", "--events", bad.toString(), dataDir,
                "-Dringscope.neo4j.page-cache=64m")).isEqualTo(Ringscope.ROWS_REFUSED);
        assertThat(dir.resolve("demo/dead-letter/bad.csv.refused.csv")).exists();
        assertThat(Ringscope.run("ingest")).isEqualTo(2);
    }

    @Test
    void evaluateGnnComparesTheGnnWithItsBaselinesOnTheNewestLabels() throws Exception {
        String out = stdout(() -> assertThat(Ringscope.run("evaluate", "--gnn", "--quiet", "--accounts", "4000",
                "--seeds", "1", "--set", "epochs=3", "--settings", "default,seed-7",
                "--work", dir.resolve("eval").toString())).isZero());
        assertThat(out).contains("test = newest").contains("ring score").contains("GBM on graph features")
                .contains("GBM + GNN score").contains("PR-AUC margin GNN")
                .contains("(population seed 42)").contains("(population seed 7)");
    }

    @Test
    void evaluateScoresRingsAndEveryFeatureOnEachNamedPopulation() throws Exception {
        String out = stdout(() -> assertThat(Ringscope.run("evaluate", "--quiet", "--accounts", "4000",
                "--settings", "default,big-rings", "--work", dir.resolve("eval").toString())).isZero());
        assertThat(out).contains("== default: 4,000 accounts").contains("== big-rings")
                .contains("planted-ring recall").contains("ring risk ROC-AUC")
                .contains("fraud_ppr").contains("velocity_7d");
        assertThat(Ringscope.run("evaluate", "--settings", "nonsense", "--work", dir.resolve("eval").toString()))
                .isEqualTo(2);
    }

    /** "account kind key" -> earliest first_seen, from a links table. */
    private static Map<String, Long> firstUses(Path links) throws java.io.IOException {
        Map<String, Long> first = new java.util.HashMap<>();
        List<String> rows = Files.readAllLines(links);
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            first.merge(f[0] + ' ' + f[1] + ' ' + f[2], Long.parseLong(f[3]), Math::min);
        }
        return first;
    }

    private static String stdout(Runnable run) {
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
