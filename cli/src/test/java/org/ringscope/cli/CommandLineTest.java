package org.ringscope.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void demoRunsEndToEndOnASmallPopulationAndIngestExitsThreeOnRefusedRows() throws Exception {
        String dataDir = "-Dringscope.data-dir=" + dir.resolve("demo");
        assertThat(Ringscope.run("demo", "--quiet", "--accounts", "3000", "--seed", "7", dataDir,
                "-Dringscope.neo4j.page-cache=64m")).isZero();
        assertThat(dir.resolve("demo/input/truth.csv")).exists();

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
}
