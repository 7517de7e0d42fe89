package dev.aigraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import dev.aigraph.graph.Source;
import dev.aigraph.ingest.IngestProgress;
import dev.aigraph.ingest.IngestionService;

import java.util.List;
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

    /** Empties the graph and ingests the bundled sample statements, as the start command does on a new store. */
    public void loadSample(IngestionService ingestion) {
        clear();
        try (var in = IngestionService.class.getResourceAsStream("/sample/statements.txt")) {
            var report = ingestion.ingestStatements(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    new Source("aigraph-sample", null, null, "en", null, null), false, IngestProgress.NONE);
            if (!report.valid()) {
                throw new IllegalStateException("the sample is invalid: " + report.errors());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long count(String cypher) {
        return count(cypher, Map.of());
    }

    /** Runs a query that returns one row with one number and returns that number. */
    public long count(String cypher, Map<String, Object> parameters) {
        return driver.executableQuery(cypher).withParameters(parameters).execute()
                .records().get(0).get(0).asLong();
    }

    /** Runs a query whose rows have one string each and returns them. */
    public List<String> strings(String cypher) {
        return driver.executableQuery(cypher).execute().records().stream().map(r -> r.get(0).asString()).toList();
    }

    public void run(String cypher, Map<String, Object> parameters) {
        driver.executableQuery(cypher).withParameters(parameters).execute();
    }
}
