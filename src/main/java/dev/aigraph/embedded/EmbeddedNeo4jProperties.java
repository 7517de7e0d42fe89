package dev.aigraph.embedded;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the in-process Neo4j DBMS that aigraph runs by default ({@code aigraph.embedded.*}).
 *
 * @param enabled       run Neo4j in-process; {@code false} is server mode, where {@code spring.neo4j.uri} points at a
 *                      Neo4j server, cluster or Aura
 * @param dataDir       the DBMS home: store, transaction logs and Neo4j's own logs live below it
 * @param listenAddress the interface Bolt and HTTP bind to; loopback unless deliberately opened
 * @param boltPort      Bolt port (0 picks a free one)
 * @param httpPort      HTTP port serving Neo4j Browser (0 picks a free one)
 * @param httpEnabled   serve Neo4j Browser over HTTP
 * @param pageCache     page cache size; Neo4j's own heuristic would claim half the machine's memory
 * @param password      when set, Neo4j authentication is on and the {@code neo4j} user has this password; when empty,
 *                      authentication is off, which is why the listeners default to loopback
 */
@ConfigurationProperties("aigraph.embedded")
public record EmbeddedNeo4jProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("data/neo4j") Path dataDir,
        @DefaultValue("127.0.0.1") String listenAddress,
        @DefaultValue("7687") int boltPort,
        @DefaultValue("7474") int httpPort,
        @DefaultValue("true") boolean httpEnabled,
        @DefaultValue("256MB") DataSize pageCache,
        @DefaultValue("") String password) {

    boolean authEnabled() {
        return !password.isEmpty();
    }
}
