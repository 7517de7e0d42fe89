package dev.aigraph.embedded;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A whole Neo4j Community DBMS running inside this JVM, with Bolt and (optionally) the HTTP server that serves Neo4j
 * Browser. Clients, including this application's own driver, reach it over Bolt exactly as they would a server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService dbms;
    private final GraphDatabaseAPI defaultDatabase;
    private final EmbeddedNeo4jProperties properties;

    private EmbeddedNeo4j(DatabaseManagementService dbms, EmbeddedNeo4jProperties properties) {
        this.dbms = dbms;
        this.properties = properties;
        this.defaultDatabase = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    /**
     * Starts the DBMS; returns once Bolt accepts connections.
     *
     * @throws EmbeddedNeo4jStartException when the store is locked by another process or a port is taken
     */
    public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) {
        return start(properties, null);
    }

    /**
     * Starts the DBMS with commands Neo4j Browser runs when it connects (e.g. apply a style, open a guide).
     *
     * @param browserPostConnect Browser commands separated by ';', or null
     */
    public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties, String browserPostConnect) {
        long started = System.nanoTime();
        Path home = properties.dataDir().toAbsolutePath().normalize();
        var builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
                .setConfig(GraphDatabaseSettings.auth_enabled, properties.authEnabled())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(properties.listenAddress(), properties.boltPort()))
                .setConfig(HttpConnector.enabled, properties.httpEnabled())
                .setConfig(HttpConnector.listen_address, new SocketAddress(properties.listenAddress(), properties.httpPort()))
                // Neo4j 5.26's in-JVM "local" Bolt channel does not work on Netty 4.2, which the Java driver 6
                // requires. It only backs the HTTP Query API v2; Bolt, Browser and the classic HTTP API are unaffected.
                .setConfig(BoltConnectorInternalSettings.enable_local_connector, false);
        if (browserPostConnect != null) {
            builder.setConfig(ServerSettings.browser_post_connect_cmd, browserPostConnect);
        }
        DatabaseManagementService dbms;
        try {
            dbms = builder.build();
        } catch (RuntimeException e) {
            throw EmbeddedNeo4jStartException.explain(e, home, properties);
        }
        var embedded = new EmbeddedNeo4j(dbms, properties);
        try {
            if (properties.authEnabled()) {
                embedded.setNeo4jPassword(properties.password());
            }
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
        log.info("Embedded Neo4j ready in {} ms: store {}, Bolt {}, Browser {}",
                Duration.ofNanos(System.nanoTime() - started).toMillis(), home, embedded.boltUri(),
                embedded.browserUri().map(URI::toString).orElse("off"));
        return embedded;
    }

    // The embedded API runs with full rights, so it resets the password to the configured one on every start:
    // a user never has to go through Neo4j's "change the initial password" step, and a changed setting takes effect.
    private void setNeo4jPassword(String password) {
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER neo4j IF EXISTS SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                Map.of("password", password));
    }

    /** The Bolt URI on which the DBMS accepts connections, with the port it actually bound. */
    public URI boltUri() {
        HostnamePort bolt = ports().getLocalAddress(ConnectorType.BOLT);
        return URI.create("bolt://" + properties.listenAddress() + ":" + bolt.getPort());
    }

    /** Neo4j Browser's address, when HTTP is on. */
    public Optional<URI> browserUri() {
        if (!properties.httpEnabled()) {
            return Optional.empty();
        }
        HostnamePort http = ports().getLocalAddress(ConnectorType.HTTP);
        return Optional.of(URI.create("http://" + properties.listenAddress() + ":" + http.getPort() + "/browser/"));
    }

    /** The store folder: what an export or a backup copies. */
    public Path home() {
        return properties.dataDir().toAbsolutePath().normalize();
    }

    private ConnectorPortRegister ports() {
        return defaultDatabase.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
    }

    @Override
    public void close() {
        dbms.shutdown();
        log.info("Embedded Neo4j stopped");
    }
}
