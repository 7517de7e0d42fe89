package dev.aigraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
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
     * Empties the graph and builds one with every kind of node and relationship aigraph makes: the sample statements
     * (entities of every kind, parts, sources, claims, edges), an article over HTTP whose unsure facts become
     * proposals, one accepted and the others rejected, and a merge, which leaves aliases.
     */
    public void loadEveryKind(IngestionService ingestion, Api api) {
        loadSample(ingestion);
        try {
            expect(api.post("/api/documents?published=2025-03-04&title=AI%20deals&url=https://example.com/deals",
                    "text/plain", "SoftBank invested $50 million in Veridian AI in 2024. Nebula Forge partners "
                            + "with OpenAI. Microsoft invested $10 billion in OpenAI in 2023."));
            List<String> proposals = strings("MATCH (p:Proposal {status: 'pending'}) RETURN p.id ORDER BY p.id");
            if (proposals.size() < 2) {
                throw new IllegalStateException("the article should leave two proposals, not " + proposals);
            }
            expect(api.post("/api/review/" + proposals.get(0) + "/accept", "application/json", ""));
            expect(api.post("/api/review/" + proposals.get(1) + "/reject", "application/json", ""));
            expect(api.post("/api/statements", "text/plain", "Open AI Global runs on Azure"));
            expect(api.post("/api/entities/merge", "application/json",
                    "{\"from\": \"open-ai-global\", \"into\": \"openai\"}"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void expect(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
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
