package dev.aigraph.support;

import java.nio.file.Path;

import dev.aigraph.embedded.EmbeddedNeo4j;
import dev.aigraph.embedded.EmbeddedNeo4jProperties;
import dev.aigraph.system.SchemaMigrations;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.util.unit.DataSize;

/**
 * An embedded Neo4j on a store folder of a test's own, beside the shared {@link TestNeo4j}, with the application's
 * schema applied: a second database to restore into, or to open a store a command wrote.
 */
public final class SecondStore implements AutoCloseable {

    private final EmbeddedNeo4j neo4j;
    private final Driver driver;

    private SecondStore(EmbeddedNeo4j neo4j, Driver driver) {
        this.neo4j = neo4j;
        this.driver = driver;
    }

    /** Opens the store in {@code folder}, making it when the folder is empty or missing. */
    public static SecondStore open(Path folder) {
        var neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(true, folder, "127.0.0.1", 0, 0, false,
                DataSize.ofMegabytes(64), ""));
        Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
        SchemaMigrations.apply(driver);
        return new SecondStore(neo4j, driver);
    }

    public Driver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.close();
        neo4j.close();
    }
}
