package dev.aigraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.aigraph.graph.Source;
import dev.aigraph.ingest.IngestProgress;
import dev.aigraph.ingest.IngestionService;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

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

    /**
     * A fingerprint of the whole graph but the migration history: every node's labels and properties and every
     * relationship's type, ends and properties, sorted and hashed. Equal before and after a request means the
     * request wrote nothing.
     */
    public String checksum() {
        var lines = new ArrayList<String>();
        driver.executableQuery("""
                        MATCH (n) WHERE NOT n:__Neo4jMigration
                        RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties""")
                .execute().records().forEach(r -> lines.add("node " + r.get("id").asString() + " "
                        + new TreeSet<>(r.get("labels").asList(Value::asString)) + " "
                        + new TreeMap<>(r.get("properties").asMap())));
        driver.executableQuery("""
                        MATCH (a)-[r]->(b) WHERE NOT a:__Neo4jMigration AND NOT b:__Neo4jMigration
                        RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS from, elementId(b) AS to,
                               properties(r) AS properties""")
                .execute().records().forEach(r -> lines.add("relationship " + r.get("id").asString() + " "
                        + r.get("type").asString() + " " + r.get("from").asString() + " " + r.get("to").asString()
                        + " " + new TreeMap<>(r.get("properties").asMap())));
        Collections.sort(lines);
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            lines.forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
            return lines.size() + " elements, sha-256 " + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
