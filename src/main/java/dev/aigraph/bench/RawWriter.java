package dev.aigraph.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.aigraph.graph.EntityKind;
import dev.aigraph.graph.RelationType;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;

/**
 * The limit for ingestion: the same graph aigraph writes (entities with their kind label, sources, claims with their
 * three relationships, one direct edge per subject, relation and object with its figures and claim count) written by
 * hand-tuned batched {@code UNWIND … MERGE} statements through the plain driver, with every id, key and edge property
 * worked out in Java beforehand. No parsing, no name resolution, no reading back of an edge's claims: what is left
 * is what the database itself costs.
 */
final class RawWriter {

    /** Facts per transaction. */
    static final int BATCH = 5_000;

    private static final String ENTITIES = """
            UNWIND $rows AS row
            MERGE (e:Entity {id: row.id})
              ON CREATE SET e:%s, e.name = row.name, e.kind = $kind, e.createdAt = datetime()""";

    // Sources are merged in the same statement as the claims that cite them: one statement less per batch.
    private static final String CLAIMS = """
            UNWIND $rows AS row
            MATCH (subject:Entity {id: row.subject}), (object:Entity {id: row.object})
            MERGE (source:Source {id: row.source.id})
              ON CREATE SET source += row.source, source.ingestedAt = datetime()
            MERGE (c:Claim {id: row.id})
              ON CREATE SET c += row.properties, c.ingestedAt = datetime()
            MERGE (c)-[:SUBJECT]->(subject)
            MERGE (c)-[:OBJECT]->(object)
            MERGE (c)-[:STATED_IN]->(source)""";

    // An edge reported again only counts one more claim; its figures stay those of its first report.
    private static final String EDGES = """
            UNWIND $rows AS row
            MATCH (subject:Entity {id: row.subject}), (object:Entity {id: row.object})
            MERGE (subject)-[r:%s {key: row.key}]->(object)
              ON CREATE SET r += row.properties
              ON MATCH SET r.claims = r.claims + row.properties.claims, r.sources = r.sources + row.properties.claims""";

    private final Driver driver;

    RawWriter(Driver driver) {
        this.driver = driver;
    }

    void write(Iterator<SyntheticFact> facts) {
        var batch = new ArrayList<SyntheticFact>(BATCH);
        while (facts.hasNext()) {
            batch.add(facts.next());
            if (batch.size() == BATCH) {
                writeBatch(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            writeBatch(batch);
        }
    }

    private void writeBatch(List<SyntheticFact> batch) {
        Map<EntityKind, Map<String, Map<String, Object>>> entities = new LinkedHashMap<>();
        var claims = new LinkedHashMap<String, Map<String, Object>>();
        Map<RelationType, Map<String, Map<String, Object>>> edges = new LinkedHashMap<>();
        for (SyntheticFact fact : batch) {
            for (SyntheticFact.Entity entity : List.of(fact.subject(), fact.object())) {
                entities.computeIfAbsent(entity.kind(), k -> new LinkedHashMap<>())
                        .putIfAbsent(entity.id(), Map.of("id", entity.id(), "name", entity.name()));
            }
            var article = fact.article();
            String claim = claimId(fact);
            if (claims.containsKey(claim)) {
                continue;
            }
            boolean swap = fact.relation().symmetric() && fact.subject().id().compareTo(fact.object().id()) > 0;
            String subject = swap ? fact.object().id() : fact.subject().id();
            String object = swap ? fact.subject().id() : fact.object().id();
            String key = subject + ">" + fact.relation() + ">" + object;
            claims.put(claim, Map.of("id", claim, "subject", fact.subject().id(), "object", fact.object().id(),
                    "source", Map.of("id", article.id(), "title", article.title(), "published", article.published(),
                            "language", "en"), "properties", claimProperties(fact, key)));
            edges.computeIfAbsent(fact.relation(), t -> new LinkedHashMap<>()).merge(key,
                    Map.of("subject", subject, "object", object, "key", key, "properties", edgeProperties(fact)),
                    RawWriter::oneMoreClaim);
        }
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                entities.forEach((kind, rows) -> run(tx, ENTITIES.formatted(kind.label()),
                        Map.of("rows", List.copyOf(rows.values()), "kind", kind.label())));
                run(tx, CLAIMS, Map.of("rows", List.copyOf(claims.values())));
                edges.forEach((type, rows) -> run(tx, EDGES.formatted(type.name()),
                        Map.of("rows", List.copyOf(rows.values()))));
            });
        }
    }

    private static void run(TransactionContext tx, String cypher, Map<String, Object> parameters) {
        tx.run(cypher, parameters).consume();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> oneMoreClaim(Map<String, Object> edge, Map<String, Object> again) {
        var properties = new HashMap<>((Map<String, Object>) edge.get("properties"));
        properties.merge("claims", 1L, (a, b) -> (Long) a + (Long) b);
        properties.merge("sources", 1L, (a, b) -> (Long) a + (Long) b);
        var merged = new HashMap<>(edge);
        merged.put("properties", properties);
        return merged;
    }

    // The same identity aigraph gives a claim: the article, the relation, the two entities and the sentence.
    private static String claimId(SyntheticFact fact) {
        String identity = String.join("\u001f", fact.article().id(), fact.relation().name(), fact.subject().id(),
                fact.object().id(), fact.sentence());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static Map<String, Object> claimProperties(SyntheticFact fact, String edge) {
        var properties = figures(fact);
        properties.put("edge", edge);
        properties.put("relation", fact.relation().name());
        properties.put("subjectName", fact.subject().name());
        properties.put("objectName", fact.object().name());
        properties.put("sentence", fact.sentence());
        properties.put("method", "structured_import");
        properties.put("confidence", 1.0);
        return properties;
    }

    private static Map<String, Object> edgeProperties(SyntheticFact fact) {
        var properties = figures(fact);
        properties.put("validFrom", fact.start() == null ? null : LocalDate.of(Integer.parseInt(fact.start()), 1, 1));
        properties.put("validTo", fact.end() == null ? null : LocalDate.of(Integer.parseInt(fact.end()), 12, 31));
        properties.put("claims", 1L);
        properties.put("sources", 1L);
        properties.put("firstReported", LocalDate.parse(fact.article().published()));
        return properties;
    }

    private static Map<String, Object> figures(SyntheticFact fact) {
        var properties = new HashMap<String, Object>();
        properties.put("amount", fact.amount());
        properties.put("currency", fact.currency());
        properties.put("amountQualifier", fact.amount() == null ? null : "exact");
        properties.put("start", fact.start());
        properties.put("end", fact.end());
        properties.put("date", fact.amount() == null ? null : fact.article().published());
        properties.put("hedged", false);
        return properties;
    }
}
