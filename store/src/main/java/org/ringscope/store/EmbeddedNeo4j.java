package org.ringscope.store;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Neo4j started inside this JVM with Bolt on localhost. Nothing reads or writes through its embedded API:
 * callers connect with the Java driver to {@link #boltUri()}, exactly as they would to a server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {
    private final DatabaseManagementService service;
    private final String boltUri;

    private EmbeddedNeo4j(DatabaseManagementService service, String boltUri) {
        this.service = service;
        this.boltUri = boltUri;
    }

    /**
     * @param home      store folder (created if missing)
     * @param pageCache page cache size such as {@code 512m} or {@code 2g}
     * @param port      Bolt port, 0 for any free one
     * @param auth      whether clients must authenticate (off for the local embedded default)
     */
    public static EmbeddedNeo4j start(Path home, String pageCache, int port, boolean auth) {
        return start(home, pageCache, port, auth, Map.of());
    }

    /** The same, with more server settings (e.g. the benchmark's Graph Data Science procedures). */
    public static EmbeddedNeo4j start(Path home, String pageCache, int port, boolean auth, Map<Setting<?>, Object> extra) {
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home.toAbsolutePath());
        extra.forEach((setting, value) -> set(builder, setting, value));
        DatabaseManagementService service = builder
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("localhost", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                // Without this every database preallocates 256 MB of transaction log.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                // The driver brings Netty 4.2; Neo4j's in-JVM local connector does not work with it.
                .setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
                // Shut-down otherwise waits ~10 s for Netty's quiet period.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
                .build();
        GraphDatabaseAPI system = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        var address = system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        return new EmbeddedNeo4j(service, "bolt://localhost:" + address.getPort());
    }

    @SuppressWarnings("unchecked")
    private static <T> void set(DatabaseManagementServiceBuilder builder, Setting<T> setting, Object value) {
        builder.setConfig(setting, (T) value);
    }

    /** A component of the default database (for embedded-only set-up such as registering procedures). */
    public <T> T resolve(Class<T> type) {
        return ((GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME))
                .getDependencyResolver().resolveDependency(type);
    }

    public String boltUri() {
        return boltUri;
    }

    /** Sets a user's password through the system database (standalone servers with auth enabled). */
    void setPassword(String user, String password) {
        service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER " + user + " SET PASSWORD '" + password.replace("'", "") + "' CHANGE NOT REQUIRED");
    }

    @Override
    public void close() {
        service.shutdown();
    }
}
