package org.ringscope.store;

import org.ringscope.core.Settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One real embedded Neo4j per test JVM (starting one costs seconds), emptied by {@link #reset()} between tests.
 * Shared as a test-jar with the modules that test against the store.
 */
public final class TestStore {
    private static Neo4jStore store;
    private static Settings settings;

    private TestStore() {
    }

    public static synchronized Neo4jStore get() {
        if (store == null) {
            try {
                Path dir = Files.createTempDirectory("ringscope-test-store");
                settings = Settings.of(Map.of("ringscope.data-dir", dir.toString(), "ringscope.neo4j.page-cache", "128m"));
                store = Neo4jStore.open(settings);
                Runtime.getRuntime().addShutdownHook(new Thread(store::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    /** The settings the shared store was opened with (data dir under /tmp). */
    public static synchronized Settings settings() {
        get();
        return settings;
    }

    /**
     * Empties the shared store and returns its settings with {@code dataDir} for everything else a test writes
     * (dead letters, outputs), plus any other overrides.
     */
    public static Settings emptyStoreWithDataDir(java.nio.file.Path dataDir, java.util.Map<String, String> overrides) {
        reset();
        java.util.Map<String, String> all = new java.util.HashMap<>(overrides);
        all.put("ringscope.data-dir", dataDir.toString());
        return settings().with(all);
    }

    /** Deletes every node and relationship (the schema stays). */
    public static void reset() {
        try (var session = get().session()) {
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }
}
