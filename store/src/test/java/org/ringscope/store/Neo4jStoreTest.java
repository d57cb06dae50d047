package org.ringscope.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ringscope.core.Settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Neo4jStoreTest {

    @Test
    void embeddedStoreIsReachedThroughBoltAndHasTheSchema() {
        Neo4jStore store = TestStore.get();
        assertThat(store.isEmbedded()).isTrue();
        assertThat(store.uri()).startsWith("bolt://localhost:");
        try (var session = store.session()) {
            List<String> constraints = session.run("SHOW CONSTRAINTS YIELD name RETURN name").list(r -> r.get(0).asString());
            assertThat(constraints).contains("account_id", "ingest_lock_id", "ring_id", "device_key", "email_key", "phone_key",
                    "card_key", "ip_key", "ip_prefix_key", "address_key");
        }
    }

    @Test
    void kindsAddedByConfigurationGetTheirConstraint() {
        Settings withNationalId = TestStore.settings().with(Map.of(
                "ringscope.kind.national_id.label", "NationalId",
                "ringscope.kind.national_id.relationship", "HAS_NATIONAL_ID"));
        TestStore.get().installSchema(withNationalId.kinds());
        try (var session = TestStore.get().session()) {
            assertThat(session.run("SHOW CONSTRAINTS YIELD name, labelsOrTypes WHERE name = 'national_id_key' "
                    + "RETURN labelsOrTypes[0]").single().get(0).asString()).isEqualTo("NationalId");
        }
    }

    @Test
    void externalServerInAnotherJvmIsUsedThroughItsUri(@TempDir Path dir) throws Exception {
        Path uriFile = dir.resolve("uri");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx512m"));
        command.addAll(List.of("-da:org.neo4j...", "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), StandaloneNeo4j.class.getName(),
                dir.resolve("server").toString(), "0", "s3cret-pass", uriFile.toString()));
        Process server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile()).start();
        try {
            String uri = awaitUri(uriFile, server, dir.resolve("server.log"));
            Settings external = Settings.of(Map.of("ringscope.neo4j.uri", uri, "ringscope.neo4j.password", "s3cret-pass",
                    "ringscope.data-dir", dir.resolve("unused").toString()));
            try (Neo4jStore store = Neo4jStore.open(external); var session = store.session()) {
                assertThat(store.isEmbedded()).isFalse();
                session.run("CREATE (:Account {id: 'ext-1'})").consume();
                assertThat(session.run("MATCH (a:Account) RETURN count(a)").single().get(0).asLong()).isEqualTo(1);
                assertThat(Files.exists(dir.resolve("unused"))).as("external mode starts no embedded store").isFalse();
            }
            Settings wrongPassword = Settings.of(Map.of("ringscope.neo4j.uri", uri, "ringscope.neo4j.password", "nope"));
            assertThatThrownBy(() -> Neo4jStore.open(wrongPassword)).isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("ringscope.neo4j.password");
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void unreachableServerSaysWhatToCheck() {
        Settings nowhere = Settings.of(Map.of("ringscope.neo4j.uri", "bolt://127.0.0.1:1"));
        assertThatThrownBy(() -> Neo4jStore.open(nowhere)).isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("bolt://127.0.0.1:1").hasMessageContaining("ringscope.neo4j.uri");
    }

    private static String awaitUri(Path uriFile, Process server, Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(uriFile)) {
                return Files.readString(uriFile).strip();
            }
            if (!server.isAlive()) {
                throw new AssertionError("standalone Neo4j exited: " + Files.readString(log));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("standalone Neo4j did not start in 90 s: " + Files.readString(log));
    }
}
