package dev.aigraph.support;

import java.util.Map;

import org.neo4j.driver.Driver;

/** Wipes and seeds the shared test graph through the driver; the schema and the migration history are kept. */
public final class GraphFixture {

    private final Driver driver;

    public GraphFixture(Driver driver) {
        this.driver = driver;
    }

    public void clear() {
        driver.executableQuery("MATCH (n) WHERE NOT n:__Neo4jMigration DETACH DELETE n").execute();
    }

    public long count(String cypher) {
        return count(cypher, Map.of());
    }

    /** Runs a query that returns one row with one number and returns that number. */
    public long count(String cypher, Map<String, Object> parameters) {
        return driver.executableQuery(cypher).withParameters(parameters).execute()
                .records().get(0).get(0).asLong();
    }

    public void run(String cypher, Map<String, Object> parameters) {
        driver.executableQuery(cypher).withParameters(parameters).execute();
    }
}
