package dev.aigraph.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.aigraph.graph.Amount;
import dev.aigraph.graph.EntityKind;
import dev.aigraph.graph.FactStatus;
import dev.aigraph.graph.PartialDate;
import dev.aigraph.graph.Quantity;
import dev.aigraph.graph.RelationType;
import dev.aigraph.graph.Source;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Writes a batch of resolved claims as entities, sources, claims and direct edges, all in one managed write
 * transaction: the batch lands whole or not at all, and the driver retries it on transient errors and deadlocks.
 * Every write is an {@code UNWIND $rows … MERGE} on a constraint-backed key, so writing the same batch twice changes
 * nothing.
 */
@Component
class GraphWriter {

    private static final String EXISTING_CLAIMS = """
            UNWIND $ids AS id
            MATCH (c:Claim {id: id})
            RETURN collect(c.id) AS ids""";

    // The kind label cannot be a parameter; it comes from the EntityKind enum, never from input. Whether this MERGE
    // created the entity is marked on it only until the end of the statement: a check made before the MERGE could be
    // overtaken by a concurrent batch creating the same entity.
    private static final String MERGE_ENTITIES = """
            UNWIND $rows AS row
            MERGE (e:Entity {id: row.id})
              ON CREATE SET e:%s, e.name = row.name, e.kind = $kind, e.createdAt = datetime(), e._created = true
            WITH e, row, e._created IS NOT NULL AS created
            REMOVE e._created
            SET e.aliases = reduce(all = coalesce(e.aliases, []), alias IN row.aliases |
                  CASE WHEN alias IN all THEN all ELSE all + alias END),
                e.wikidata = coalesce(e.wikidata, row.wikidata),
                e.website = coalesce(e.website, row.website)
            RETURN e.id AS id, elementId(e) AS node, created""";

    private static final String MERGE_PART_OF = """
            UNWIND $rows AS row
            MATCH (part) WHERE elementId(part) = row.part
            MATCH (whole) WHERE elementId(whole) = row.whole
            MERGE (part)-[:PART_OF]->(whole)""";

    private static final String MERGE_SOURCES = """
            UNWIND $rows AS row
            MERGE (s:Source {id: row.id})
              ON CREATE SET s += row, s.ingestedAt = datetime()
            RETURN s.id AS id, elementId(s) AS node""";

    // Only claims the graph does not hold, read under the entities' locks, so CREATE, not MERGE. Endpoints by element
    // id, which the statements before returned: a direct lookup instead of an index seek per row.
    private static final String CREATE_CLAIMS = """
            UNWIND $rows AS row
            MATCH (subject) WHERE elementId(subject) = row.subject
            MATCH (object) WHERE elementId(object) = row.object
            MATCH (source) WHERE elementId(source) = row.source
            CREATE (c:Claim {id: row.id})
            SET c += row.properties, c.ingestedAt = datetime()
            CREATE (c)-[:SUBJECT]->(subject)
            CREATE (c)-[:OBJECT]->(object)
            CREATE (c)-[:STATED_IN]->(source)""";

    static final String CLAIMS_OF_EDGES = """
            UNWIND $keys AS key
            MATCH (c:Claim {edge: key})-[:STATED_IN]->(s:Source)
            WHERE $knownAt IS NULL OR date(left(s.published + '-01-01', 10)) <= $knownAt
            WITH key, collect(c {.amount, .currency, .amountQualifier, .quantity, .unit, .start, .end, .date,
                                   .status, .hedged, source: s.id, published: s.published}) AS claims
            WHERE size(claims) > 0
            RETURN key, claims""";

    // The relationship type comes from the RelationType enum, never from input.
    private static final String MERGE_EDGES = """
            UNWIND $rows AS row
            MATCH (subject) WHERE elementId(subject) = row.subject
            MATCH (object) WHERE elementId(object) = row.object
            MERGE (subject)-[r:%s {key: row.key}]->(object)
            SET r += row.properties""";

    private static final String MERGE_ENDPOINTS = """
            MATCH (from:Entity {id: $from})
            MATCH (into:Entity {id: $into})
            RETURN from.name AS name, coalesce(from.aliases, []) AS aliases""";

    private static final String CLAIMS_OF_ENTITY = """
            MATCH (c:Claim)-[:SUBJECT]->(s:Entity), (c)-[:OBJECT]->(o:Entity)
            WHERE s.id = $from OR o.id = $from
            RETURN c.id AS id, c.relation AS relation, coalesce(c.scope, '') AS scope, s.id AS subject,
                   o.id AS object""";

    // Direct edges are derived from claims; the merged entity's are dropped and rebuilt from the moved claims.
    private static final String MOVE_TO_SURVIVOR = """
            MATCH (from:Entity {id: $from})
            MATCH (into:Entity {id: $into})
            OPTIONAL MATCH (from)-[edge]-() WHERE edge.key IS NOT NULL
            DELETE edge
            WITH DISTINCT from, into
            CALL (from, into) {
              MATCH (c:Claim)-[r:SUBJECT]->(from) MERGE (c)-[:SUBJECT]->(into) DELETE r
            }
            CALL (from, into) {
              MATCH (c:Claim)-[r:OBJECT]->(from) MERGE (c)-[:OBJECT]->(into) DELETE r
            }
            CALL (from, into) {
              MATCH (part)-[r:PART_OF]->(from) WHERE part <> into MERGE (part)-[:PART_OF]->(into) DELETE r
            }
            CALL (from, into) {
              MATCH (a:Alias)-[r:ALIAS_OF]->(from) MERGE (a)-[:ALIAS_OF]->(into) DELETE r
            }
            CALL (from, into) {
              UNWIND $names AS name
              MERGE (a:Alias {key: name.key}) ON CREATE SET a.name = name.name
              WITH a, into
              OPTIONAL MATCH (a)-[old:ALIAS_OF]->(other) WHERE other <> into
              DELETE old
              MERGE (a)-[:ALIAS_OF]->(into)
            }
            SET into.aliases = reduce(all = coalesce(into.aliases, []), alias IN [n IN $names | n.name] |
                  CASE WHEN alias IN all OR alias = into.name THEN all ELSE all + alias END),
                into.mergedFrom = coalesce(into.mergedFrom, []) + $from
            DETACH DELETE from""";

    private static final String NODES_OF_ENTITIES = """
            UNWIND $ids AS id
            MATCH (e:Entity {id: id})
            RETURN e.id AS id, elementId(e) AS node""";

    private static final String SET_CLAIM_EDGES = """
            UNWIND $rows AS row
            MATCH (c:Claim {id: row.id})
            SET c.edge = row.edge""";

    private final Driver driver;

    GraphWriter(Driver driver) {
        this.driver = driver;
    }

    /** What a write changed: the entities, claims and edges that did not exist before. */
    record Written(Set<String> createdEntities, Set<String> createdClaims, Set<String> createdEdges) {
    }

    /**
     * Writes a batch in one transaction.
     *
     * @param alongside a caller's own writes, run in the same transaction after the claims and edges; what it throws
     *                  rolls the whole batch back
     */
    Written write(Collection<EntityRow> entities, Collection<Source> sources, List<ClaimRow> claims,
                  Consumer<TransactionContext> alongside) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> write(tx, entities, sources, claims, alongside));
        }
    }

    private Written write(TransactionContext tx, Collection<EntityRow> entities, Collection<Source> sources,
                          List<ClaimRow> claims, Consumer<TransactionContext> alongside) {
        var nodes = new HashMap<String, String>();
        Set<String> createdEntities = writeEntities(tx, entities, nodes);
        // Read under the locks writeEntities took: a concurrent batch with the same claims has committed or waits.
        Set<String> existingClaims = ids(tx, EXISTING_CLAIMS, claims.stream().map(ClaimRow::id).toList());
        var sourceNodes = nodes(tx.run(MERGE_SOURCES, Map.of("rows",
                sources.stream().map(GraphWriter::sourceProperties).toList())));

        // The same claim twice in one input is written once.
        var unseen = new HashSet<>(existingClaims);
        List<ClaimRow> newClaims = claims.stream().filter(c -> unseen.add(c.id())).toList();
        // Edges are derived from all their claims, old and new, so a new source refines rather than overwrites. The
        // earlier claims are read before the new ones are written, so a new edge reads nothing back; an edge exists
        // exactly when it has earlier claims.
        List<ClaimRow> withEdges = newClaims.stream().filter(c -> !c.edge().selfLoop()).toList();
        var figures = claimsOf(tx, withEdges.stream().map(ClaimRow::edge).toList());
        Set<String> createdEdges = new HashSet<>();
        for (ClaimRow claim : withEdges) {
            figures.computeIfAbsent(claim.edge(), k -> {
                createdEdges.add(k.value());
                return new ArrayList<>();
            }).add(ClaimFigures.of(claim));
        }
        tx.run(CREATE_CLAIMS, Map.of("rows", newClaims.stream().map(c -> claimRow(c, nodes, sourceNodes)).toList()))
                .consume();
        writeEdges(tx, figures, nodes);
        alongside.accept(tx);

        Set<String> createdClaims = newClaims.stream().map(ClaimRow::id).collect(Collectors.toSet());
        return new Written(createdEntities, createdClaims, createdEdges);
    }

    /** What a merge did. */
    record Merged(String from, String into, int claimsMoved, int edges, List<String> aliasesAdded) {
    }

    /**
     * Merges one entity into another in one transaction: the survivor takes the other's claims, names (as
     * aliases, so later input with those names resolves to it) and parts; edges are rebuilt from the claims, so
     * provenance is kept whole. Empty when either entity does not exist.
     */
    Optional<Merged> merge(String from, String into, Function<String, String> key) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                var endpoints = tx.run(MERGE_ENDPOINTS, Map.of("from", from, "into", into)).list();
                if (endpoints.isEmpty()) {
                    return Optional.empty();
                }
                var names = new ArrayList<String>();
                names.add(endpoints.get(0).get("name").asString());
                names.addAll(endpoints.get(0).get("aliases").asList(Value::asString));
                var claims = tx.run(CLAIMS_OF_ENTITY, Map.of("from", from)).list();
                tx.run(MOVE_TO_SURVIVOR, Map.of("from", from, "into", into, "names", names.stream().distinct()
                        .map(n -> Map.of("key", key.apply(n), "name", n)).toList())).consume();
                var rows = new ArrayList<Map<String, Object>>();
                var keys = new LinkedHashSet<EdgeKey>();
                for (Record claim : claims) {
                    var edge = EdgeKey.of(survivor(claim.get("subject").asString(), from, into),
                            RelationType.valueOf(claim.get("relation").asString()),
                            survivor(claim.get("object").asString(), from, into), claim.get("scope").asString());
                    rows.add(Map.of("id", claim.get("id").asString(), "edge", edge.value()));
                    keys.add(edge);
                }
                tx.run(SET_CLAIM_EDGES, Map.of("rows", rows)).consume();
                keys.removeIf(EdgeKey::selfLoop);
                var nodes = nodes(tx.run(NODES_OF_ENTITIES, Map.of("ids", keys.stream()
                        .flatMap(k -> Stream.of(k.subjectId(), k.objectId())).distinct().toList())));
                var figures = claimsOf(tx, keys);
                writeEdges(tx, figures, nodes);
                int edges = figures.size();
                return Optional.of(new Merged(from, into, claims.size(), edges, names));
            });
        }
    }

    private static String survivor(String id, String from, String into) {
        return id.equals(from) ? into : id;
    }

    private static Set<String> ids(TransactionContext tx, String query, List<String> ids) {
        return new HashSet<>(tx.run(query, Map.of("ids", ids)).single().get("ids").asList(Value::asString));
    }

    /** Element ids by id, from a statement that returns {@code id} and {@code node}. */
    private static Map<String, String> nodes(Result result) {
        var nodes = new HashMap<String, String>();
        result.forEachRemaining(r -> nodes.put(r.get("id").asString(), r.get("node").asString()));
        return nodes;
    }

    /**
     * Merges the entities and their parts; returns the ids of those that did not exist. Setting an entity's
     * properties takes its write lock until commit, so batches that share an entity (and so may write the same claims
     * and summarise the same edges) run one after the other. Every batch takes those locks in one order, kind then
     * id, which spares most deadlocks; the driver retries the others.
     */
    private static Set<String> writeEntities(TransactionContext tx, Collection<EntityRow> entities,
                                             Map<String, String> nodes) {
        Map<EntityKind, List<Map<String, Object>>> byKind = new EnumMap<>(EntityKind.class);
        for (EntityRow entity : entities.stream().sorted(Comparator.comparing(EntityRow::id)).toList()) {
            var row = new HashMap<String, Object>();
            row.put("id", entity.id());
            row.put("name", entity.name());
            row.put("aliases", entity.aliases());
            row.put("wikidata", entity.wikidata());
            row.put("website", entity.website());
            byKind.computeIfAbsent(entity.kind(), k -> new ArrayList<>()).add(row);
        }
        var created = new TreeSet<String>();
        byKind.forEach((kind, rows) -> tx.run(MERGE_ENTITIES.formatted(kind.label()),
                Map.of("rows", rows, "kind", kind.label())).forEachRemaining(r -> {
                    nodes.put(r.get("id").asString(), r.get("node").asString());
                    if (r.get("created").asBoolean()) {
                        created.add(r.get("id").asString());
                    }
                }));
        // A part's whole is one of the batch's entities: the resolver adds every entity's parents.
        var partOf = entities.stream().filter(e -> e.partOf() != null)
                .map(e -> Map.<String, Object>of("part", node(nodes, e.id()), "whole", node(nodes, e.partOf())))
                .toList();
        tx.run(MERGE_PART_OF, Map.of("rows", partOf)).consume();
        return created;
    }

    /** Sets the properties of each edge from its claims' figures, creating the edges that do not exist. */
    private static void writeEdges(TransactionContext tx, Map<EdgeKey, List<ClaimFigures>> figures,
                                   Map<String, String> nodes) {
        Map<RelationType, List<Map<String, Object>>> byType = new LinkedHashMap<>();
        figures.forEach((key, claims) -> byType.computeIfAbsent(key.relation(), t -> new ArrayList<>()).add(Map.of(
                "subject", node(nodes, key.subjectId()), "object", node(nodes, key.objectId()), "key", key.value(),
                "properties", edgeProperties(key, EdgeSummary.of(claims)))));
        byType.forEach((type, rows) -> tx.run(MERGE_EDGES.formatted(type.name()), Map.of("rows", rows)).consume());
    }

    /** The figures of every claim of each edge, as the graph holds them; an edge without claims is absent. */
    private static Map<EdgeKey, List<ClaimFigures>> claimsOf(TransactionContext tx, Collection<EdgeKey> keys) {
        Map<String, EdgeKey> byValue = new LinkedHashMap<>();
        keys.forEach(k -> byValue.put(k.value(), k));
        Map<EdgeKey, List<ClaimFigures>> claims = new LinkedHashMap<>();
        if (!byValue.isEmpty()) {
            tx.run(CLAIMS_OF_EDGES, keysKnownAt(List.copyOf(byValue.keySet()), null)).forEachRemaining(r -> claims.put(
                    byValue.get(r.get("key").asString()), new ArrayList<>(r.get("claims").asList(GraphWriter::figures))));
        }
        return claims;
    }

    private static String node(Map<String, String> nodes, String id) {
        String node = nodes.get(id);
        if (node == null) {
            throw new IllegalStateException(id + " was not written before the claims and edges that name it");
        }
        return node;
    }

    static Map<String, Object> keysKnownAt(List<String> keys, java.time.LocalDate knownAt) {
        var parameters = new HashMap<String, Object>();
        parameters.put("keys", keys);
        parameters.put("knownAt", knownAt);
        return parameters;
    }

    private static Map<String, Object> sourceProperties(Source source) {
        var row = new HashMap<String, Object>();
        row.put("id", source.id());
        row.put("title", source.title());
        row.put("url", source.url());
        row.put("language", source.language());
        row.put("published", text(source.published()));
        row.put("contentHash", source.contentHash());
        return row;
    }

    private static Map<String, Object> claimRow(ClaimRow claim, Map<String, String> nodes,
                                                Map<String, String> sourceNodes) {
        var fact = claim.fact();
        var properties = new HashMap<String, Object>();
        properties.put("edge", claim.edge().value());
        properties.put("relation", fact.relation().name());
        properties.put("scope", claim.edge().scope().isEmpty() ? null : claim.edge().scope());
        properties.put("subjectName", fact.subject().name());
        properties.put("objectName", fact.object().name());
        properties.put("sentence", claim.evidence().sentence());
        properties.put("method", lower(claim.evidence().method()));
        properties.put("confidence", claim.evidence().confidence());
        properties.put("position", claim.position());
        putAmount(properties, fact.amount());
        putQuantity(properties, fact.quantity());
        properties.put("start", text(fact.start()));
        properties.put("end", text(fact.end()));
        properties.put("date", text(fact.date()));
        properties.put("status", lower(fact.status()));
        properties.put("hedged", fact.hedged());
        properties.put("role", fact.role());
        return Map.of("id", claim.id(), "subject", node(nodes, claim.edge().subjectId()),
                "object", node(nodes, claim.edge().objectId()),
                "source", node(sourceNodes, claim.evidence().source().id()), "properties", properties);
    }

    static Map<String, Object> edgeProperties(EdgeKey key, EdgeSummary summary) {
        var properties = new HashMap<String, Object>();
        properties.put("scope", key.scope().isEmpty() ? null : key.scope());
        putAmount(properties, summary.amount());
        properties.put("amountConflict", summary.amountConflict() ? true : null);
        putQuantity(properties, summary.quantity());
        properties.put("start", text(summary.start()));
        properties.put("end", text(summary.end()));
        properties.put("validFrom", summary.start() == null ? null : summary.start().firstDay());
        properties.put("validTo", summary.end() == null ? null : summary.end().lastDay());
        properties.put("date", text(summary.date()));
        properties.put("status", lower(summary.status()));
        properties.put("hedged", summary.hedged());
        properties.put("claims", summary.claims());
        properties.put("sources", summary.sources());
        properties.put("firstReported", summary.firstReported());
        return properties;
    }

    private static void putAmount(Map<String, Object> properties, Amount amount) {
        properties.put("amount", amount == null ? null : amount.value());
        properties.put("currency", amount == null ? null : amount.currency());
        properties.put("amountQualifier", amount == null ? null : lower(amount.qualifier()));
    }

    private static void putQuantity(Map<String, Object> properties, Quantity quantity) {
        properties.put("quantity", quantity == null ? null : quantity.value().doubleValue());
        properties.put("unit", quantity == null ? null : quantity.unit());
    }

    static ClaimFigures figures(Value claim) {
        Amount amount = claim.get("amount").isNull() ? null : new Amount(claim.get("amount").asLong(),
                claim.get("currency").asString(), upper(Amount.Qualifier.class, claim.get("amountQualifier")));
        Quantity quantity = claim.get("quantity").isNull() ? null
                : new Quantity(BigDecimal.valueOf(claim.get("quantity").asDouble()), claim.get("unit").asString());
        PartialDate published = date(claim.get("published"));
        return new ClaimFigures(amount, quantity, date(claim.get("start")), date(claim.get("end")),
                date(claim.get("date")),
                claim.get("status").isNull() ? null : upper(FactStatus.class, claim.get("status")),
                claim.get("hedged").asBoolean(false), claim.get("source").asString(),
                published == null ? null : published.firstDay());
    }

    // Enum values are stored in lower case, the way Cypher users type them.
    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> E upper(Class<E> type, Value stored) {
        return Enum.valueOf(type, stored.asString().toUpperCase(Locale.ROOT));
    }

    private static PartialDate date(Value value) {
        return value.isNull() ? null : PartialDate.parse(value.asString());
    }

    private static String text(PartialDate date) {
        return date == null ? null : date.toString();
    }
}
