package org.ringscope.store;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.ringscope.core.IdentifierKinds;
import org.ringscope.core.Setting;
import org.ringscope.core.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The one way to the graph: a Neo4j Java Driver, pointed at an embedded Neo4j (no URI configured) or at an
 * external server or cluster ({@code ringscope.neo4j.uri}). The schema is installed on open.
 */
public final class Neo4jStore implements AutoCloseable {
    private static final int BULK_FETCH = 20_000;
    private static final Logger LOG = LoggerFactory.getLogger(Neo4jStore.class);
    private final EmbeddedNeo4j embedded;
    private final Driver driver;
    private final String database;
    private final String uri;

    private Neo4jStore(EmbeddedNeo4j embedded, Driver driver, String database, String uri) {
        this.embedded = embedded;
        this.driver = driver;
        this.database = database;
        this.uri = uri;
    }

    public static Neo4jStore open(Settings settings) {
        EmbeddedNeo4j embedded = null;
        String uri = settings.get(Setting.NEO4J_URI);
        AuthToken auth;
        if (settings.embedded()) {
            Path home = settings.dataDir().resolve("neo4j");
            long started = System.nanoTime();
            embedded = EmbeddedNeo4j.start(home, settings.get(Setting.PAGE_CACHE), 0, false);
            uri = embedded.boltUri();
            auth = AuthTokens.none();
            LOG.info("embedded Neo4j in {} listening at {} (started in {} ms)", home, uri,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        } else {
            auth = AuthTokens.basic(settings.get(Setting.NEO4J_USER), settings.get(Setting.NEO4J_PASSWORD));
        }
        Driver driver = GraphDatabase.driver(uri, auth, Config.builder()
                .withMaxTransactionRetryTime(30, TimeUnit.SECONDS)
                .withConnectionTimeout(15, TimeUnit.SECONDS)
                .build());
        Neo4jStore store = new Neo4jStore(embedded, driver, settings.get(Setting.NEO4J_DATABASE), uri);
        try {
            driver.verifyConnectivity();
            SchemaInstaller.install(store, settings.kinds());
        } catch (ServiceUnavailableException e) {
            store.close();
            throw new StoreUnavailableException("cannot reach Neo4j at " + uri + ": " + e.getMessage()
                    + ". Check that the server is running and " + Setting.NEO4J_URI.key()
                    + " is right, or unset it to use the embedded store.", e);
        } catch (Neo4jException e) {
            store.close();
            throw new StoreUnavailableException("Neo4j at " + uri + " refused the connection: " + e.getMessage()
                    + ". Check " + Setting.NEO4J_USER.key() + " / " + Setting.NEO4J_PASSWORD.key() + ".", e);
        }
        return store;
    }

    /** Installs the schema for these kinds (idempotent; used when kinds are added at run time). */
    public void installSchema(IdentifierKinds kinds) {
        SchemaInstaller.install(this, kinds);
    }

    public Driver driver() {
        return driver;
    }

    public Session session() {
        return driver.session(SessionConfig.forDatabase(database));
    }

    /**
     * A session for reading a large result as fast as it can be decoded: records are pulled in batches of
     * {@value #BULK_FETCH} instead of the driver's 1,000, so the server waits for fewer round trips.
     */
    public Session bulkReadSession() {
        return driver.session(SessionConfig.builder().withDatabase(database).withFetchSize(BULK_FETCH).build());
    }

    public String uri() {
        return uri;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        driver.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
