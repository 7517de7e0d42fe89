package dev.aigraph.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.aigraph.graph.PartialDate;
import dev.aigraph.graph.RelationType;
import dev.aigraph.ingest.EdgesKnownAt;
import dev.aigraph.query.QueryStatements.Statement;
import dev.aigraph.resolve.Edits;
import dev.aigraph.resolve.Gazetteer;
import dev.aigraph.resolve.GazetteerEntry;
import dev.aigraph.resolve.NameKey;
import dev.aigraph.system.ReadTransactions;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.stereotype.Service;

/**
 * The questions the API answers, each one parameterised Cypher run in a read transaction with the query time limit
 * ({@link ReadTransactions}). Every answer carries its evidence: the hops of a path with their properties and the
 * claims and sources behind each edge.
 */
@Service
class GraphQueries {

    // A hop is valid "as of" an interval when its validity overlaps it (undated relations are always valid), and
    // "known at" a date when a source had reported it by then.
    private static final String VALID_HOP = """
            ($asOfStart IS NULL OR ((%1$s.validFrom IS NULL OR %1$s.validFrom <= $asOfEnd)
                                    AND (%1$s.validTo IS NULL OR %1$s.validTo >= $asOfStart)))
            AND ($knownAt IS NULL OR %1$s.firstReported <= $knownAt)""";
    private static final String VALID = VALID_HOP.formatted("r");

    // Every relation type, as a pattern's type list: Neo4j then reads only an entity's edges, not its claims. From the
    // RelationType enum, never from input.
    private static final String EDGE_TYPES = Reach.typeList(List.of(RelationType.values()));

    // A path's hops, from its entities and edges in order.
    private static final String HOPS = """
            [i IN range(0, size(edges) - 1) | {
                from: entities[i], to: entities[i + 1],
                relation: type(edges[i]), forward: startNode(edges[i]) = entities[i],
                properties: properties(edges[i])}]""";

    // The simple paths of one length between two entities. Each end walks half of the length and the halves are
    // joined on the entity where they meet: next to a hub, walking the whole length from one end reaches tens of
    // thousands of paths, half of it from each end a few thousand. (Neo4j's SHORTEST k walks from one end: for 10
    // paths between neighbours of hubs in a 1,000,000-fact graph it took from 0.1 to 19 s.) The relation types (from
    // the RelationType enum) and the lengths are formatted in, as a quantifier cannot be a parameter; the rest are
    // parameters.
    private static final String PATHS_OF_LENGTH = """
            MATCH (x:Entity {id: $from}), (y:Entity {id: $to})
            MATCH there = (x)(()-[r:%1$s]-() WHERE %2$s){%3$d}(%4$s)
            MATCH back = (y)%5$s
            WITH nodes(there) + reverse(nodes(back))[1..] AS entities,
                 relationships(there) + reverse(relationships(back)) AS edges
            WHERE all(i IN range(0, size(entities) - 2) WHERE NOT entities[i] IN entities[i + 1..])
            WITH entities, edges LIMIT $room
            RETURN """ + HOPS + " AS hops";

    // The half walked back from the far end, joined on the middle entity m.
    private static final String BACK_HALF = "(()-[s:%s]-() WHERE %s){%d}(m) USING JOIN ON m";

    // An edge's claims with their sources, earliest first, for the edge in "key"; "as known at" keeps only those
    // published by then.
    private static final String CLAIMS_OF_EDGE = """
              MATCH (c:Claim {edge: key})-[:STATED_IN]->(s:Source)
              WHERE $knownAt IS NULL OR date(left(s.published + '-01-01', 10)) <= $knownAt
              RETURN {source: s.id, title: s.title, url: s.url, published: s.published, sentence: c.sentence,
                      method: c.method}
              ORDER BY s.published, s.id""";

    // Each edge's claims gathered and sorted by themselves: one sort of a few rows per edge, not one of every claim
    // of the answer before grouping (measured ~20% faster for a walk's 400 edges). At most EVIDENCE_PER_EDGE each.
    private static final String EVIDENCE = """
            UNWIND $keys AS key
            RETURN key, COLLECT {
            %s
              LIMIT $evidencePerEdge
            } AS evidence""".formatted(CLAIMS_OF_EDGE);

    // One edge by its key (the relation type, from the enum, is formatted in so the key's index is used) and a page
    // of its evidence.
    private static final String EDGE_EVIDENCE = """
            MATCH ()-[r:%s {key: $key}]->()
            WITH r, $key AS key
            RETURN properties(r) AS edge, COLLECT {
            %s
              SKIP $offset LIMIT $limit
            } AS evidence""";

    /**
     * Pieces of evidence an answer gives per edge, earliest first. Edges between big names are reported again and
     * again (a chip maker supplying a big buyer: 311 articles in the 1,000,000-fact benchmark graph), and all of
     * them made a depth-3 answer 1 MB; the edge's {@code claims} and {@code sources} say how many there are, and
     * {@code /api/evidence?edge=} pages through all of them.
     */
    static final int EVIDENCE_PER_EDGE = 5;

    // An entity's relationships, a page per relation type and direction (by the other entity's name) with the number
    // there are: a cloud or a chip maker has tens of thousands of customers (26,710 relationships and a 15 MB answer
    // at 1,000,000 facts), and a page per group keeps the rarer relations in view beside the many. The relation types
    // come from the RelationType enum, never from input.
    private static final String ENTITY = """
            MATCH (e:Entity {id: $id})
            OPTIONAL MATCH (e)-[:PART_OF]->(whole:Entity)
            RETURN e {.id, .name, .kind, .aliases, .wikidata, .website} AS entity, whole {.id, .name, .kind} AS partOf,
                   COLLECT {
                     MATCH (e)-[r:%s]-(other:Entity) WHERE %s
                     WITH type(r) AS relation, startNode(r) = e AS outgoing, r, other
                     ORDER BY other.name
                     WITH relation, outgoing, count(*) AS total, collect([r, other])[$offset..$offset + $limit] AS page
                     RETURN {relation: relation, outgoing: outgoing, total: total,
                             page: [x IN page | {relation: relation, outgoing: outgoing,
                                                 other: {id: x[1].id, name: x[1].name, kind: x[1].kind},
                                                 properties: properties(x[0])}]}
                     ORDER BY relation, outgoing DESC
                   } AS groups""";

    private static final String ENTITY_NAMES = """
            MATCH (e:Entity) WHERE $kind IS NULL OR e.kind = $kind
            RETURN e.id AS id, e.name AS name, e.kind AS kind, coalesce(e.aliases, []) AS aliases""";

    // An alias wins over an id: "Redmond" names Microsoft even if an entity had that id. One statement for both, which
    // also reads the id, name and kind the answer starts with.
    private static final String RESOLVE = """
            OPTIONAL MATCH (:Alias {key: $key})-[:ALIAS_OF]->(aliased:Entity)
            WITH aliased LIMIT 1
            OPTIONAL MATCH (e:Entity) WHERE e.id IN $candidates
            RETURN aliased {.id, .name, .kind} AS aliased, collect(e {.id, .name, .kind}) AS entities""";

    private static final String SUMMARY = "MATCH (e:Entity {id: $id}) RETURN e {.id, .name, .kind} AS entity";

    private static final String MONEY = """
            MATCH (x:Entity {id: $id})
            MATCH (x)-[r:INVESTED_IN]-(other:Entity) WHERE %s
            RETURN startNode(r) = x AS outgoing, other {.id, .name, .kind} AS counterparty, properties(r) AS edge
            ORDER BY other.name""".formatted(VALID);

    private static final String SUBGRAPH = """
            MATCH (x:Entity {id: $id})
            OPTIONAL MATCH p = (x)((a)-[r:%s]-(b) WHERE %s){1,%d}(y)
            WITH x, collect(p) AS paths
            WITH x, [p IN paths | nodes(p)] AS nodeLists, [p IN paths | relationships(p)] AS relLists
            WITH x, reduce(all = [x], ns IN nodeLists | all + ns) AS nodes,
                 reduce(all = [], rs IN relLists | all + rs) AS rels
            UNWIND nodes AS n
            WITH collect(DISTINCT n) AS near, rels
            WITH near[..$limit] AS nodes, size(near) > $limit AS truncated, rels
            UNWIND (CASE WHEN rels = [] THEN [null] ELSE rels END) AS r
            WITH nodes, truncated, collect(DISTINCT r) AS rels
            RETURN [n IN nodes | n {.id, .name, .kind}] AS nodes, truncated,
                   [r IN rels WHERE startNode(r) IN nodes AND endNode(r) IN nodes |
                     {from: startNode(r).id, relation: type(r), to: endNode(r).id, properties: properties(r)}] AS edges""";

    // A cycle is reported once, from its entity with the smallest id; money flows along the hop.
    private static final String CYCLES = """
            MATCH p = (a:Entity)((x)-[r]-(y) WHERE r.key IS NOT NULL
                        AND ((type(r) IN $forward AND startNode(r) = x) OR (type(r) IN $reverse AND startNode(r) = y))
                        AND %s){2,%d}(b)
            WHERE a = b AND all(n IN nodes(p)[1..-1] WHERE a.id < n.id)
              AND all(i IN range(1, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
              AND ($through IS NULL OR any(n IN nodes(p) WHERE n.id = $through))
            WITH p ORDER BY length(p), a.id
            LIMIT $limit
            WITH nodes(p) AS entities, relationships(p) AS edges
            RETURN """ + HOPS + " AS hops";

    private final ReadTransactions reads;
    private final Gazetteer gazetteer;
    private final int maxDepth;
    private final int maxResults;

    GraphQueries(ReadTransactions reads, Gazetteer gazetteer,
                 @org.springframework.beans.factory.annotation.Value("${aigraph.query.max-depth:6}") int maxDepth,
                 @org.springframework.beans.factory.annotation.Value("${aigraph.query.max-results:200}") int maxResults) {
        this.reads = reads;
        this.gazetteer = gazetteer;
        this.maxDepth = maxDepth;
        this.maxResults = maxResults;
    }

    int maxDepth() {
        return maxDepth;
    }

    /**
     * At most {@code aigraph.query.max-results} answers; {@code truncated} when there were more, so a caller knows to
     * narrow the question rather than believe the list complete.
     */
    record Limited<T>(List<T> items, boolean truncated) {
    }

    // One more row than the limit is read, to tell a full answer from a cut one.
    private <T> Limited<T> limited(List<T> rows) {
        return new Limited<>(rows.stream().limit(maxResults).toList(), rows.size() > maxResults);
    }

    /** An entity as other answers name it. */
    record EntitySummary(String id, String name, String kind) {
    }

    /** A claim and its source, behind an edge. */
    record Evidence(String source, String title, String url, String published, String sentence, String method) {
    }

    /**
     * One step of a path, in the walking direction, by the ids of its entities and its edge: the answer's
     * {@code entities} and {@code edges} describe each once. {@code forward} tells whether the edge points the same
     * way (Microsoft INVESTED_IN OpenAI walked from OpenAI is not forward).
     */
    record Hop(String from, String relation, String to, boolean forward, String edge) {
    }

    /** An edge on an answer's paths: its properties and evidence. */
    record EdgeDetail(Map<String, Object> properties, List<Evidence> evidence) {
    }

    /** Paths, and the entities and edges on them. */
    record HopPaths(Limited<List<Hop>> paths, Map<String, EntitySummary> entities, Map<String, EdgeDetail> edges) {
    }

    /**
     * The entities and edges an answer's hops name, each described once, in the order the hops first name them. A hop
     * near the start lies on many paths: described on every hop, a walk's answer for 200 entities was 541 KB, not
     * 330 KB.
     */
    private static final class OnPaths {

        private final Support support;
        private final Map<String, EntitySummary> entities = new LinkedHashMap<>();
        private final Map<String, EdgeDetail> edges = new LinkedHashMap<>();

        OnPaths(Support support) {
            this.support = support;
        }

        Hop hop(EntitySummary from, String relation, EntitySummary to, boolean forward, Value properties) {
            String key = properties.get("key").asString();
            entities.putIfAbsent(from.id(), from);
            entities.putIfAbsent(to.id(), to);
            edges.computeIfAbsent(key, k -> new EdgeDetail(support.properties(properties), support.of(k)));
            return new Hop(from.id(), relation, to.id(), forward, key);
        }

        List<Hop> hops(Value path) {
            return path.asList(h -> hop(summary(h.get("from")), h.get("relation").asString(), summary(h.get("to")),
                    h.get("forward").asBoolean(), h.get("properties")));
        }

        List<Hop> hops(List<Reach.Step> path) {
            return path.stream().map(step -> hop(summary(step.from()), step.relation(), summary(step.to()),
                    step.forward(), step.properties())).toList();
        }
    }

    /**
     * An entity reached from the start, at its shortest distance, with the number of shortest paths that reach it
     * ({@code pathCount}: independent routes at that distance), up to three of them, and the money on those paths
     * per currency ({@code atStake}: the sum of the distinct edges' amounts).
     */
    record Reached(EntitySummary entity, int distance, long pathCount, Map<String, Long> atStake,
                   List<List<Hop>> paths) {

        static Reached of(EntitySummary entity, int distance, long pathCount, List<List<Hop>> paths,
                          Map<String, EdgeDetail> edges) {
            var atStake = new TreeMap<String, Long>();
            paths.stream().flatMap(List::stream).map(Hop::edge).distinct().map(edge -> edges.get(edge).properties())
                    .filter(properties -> properties.get("amount") instanceof Long)
                    .forEach(properties -> atStake.merge((String) properties.get("currency"),
                            (Long) properties.get("amount"), Long::sum));
            return new Reached(entity, distance, pathCount, atStake, paths);
        }

        long largestAtStake() {
            return atStake.values().stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }

    /**
     * Which relations count: those valid at some time in the interval of {@code asOf} ("2024" is the whole year),
     * and those a source had reported by {@code knownAt} (the last day of that partial date); null means no limit.
     */
    record AsOf(LocalDate start, LocalDate end, LocalDate knownAt) {
        static final AsOf ALWAYS = new AsOf(null, null, null);

        static AsOf of(PartialDate asOf, PartialDate knownAt) {
            return new AsOf(asOf == null ? null : asOf.firstDay(), asOf == null ? null : asOf.lastDay(),
                    knownAt == null ? null : knownAt.lastDay());
        }

        /**
         * The validity predicate over a relationship variable, for statements whose cost is in their relationships:
         * a question without asOf or knownAt leaves it out, as reading every relationship's dates to find them all
         * valid took a quarter of a walk's level next to a hub (86 → 63 ms at 1,000,000 facts).
         */
        String validity(String relationship) {
            return equals(ALWAYS) ? "true" : VALID_HOP.formatted(relationship);
        }

        Map<String, Object> parameters() {
            var parameters = new HashMap<String, Object>();
            parameters.put("asOfStart", start);
            parameters.put("asOfEnd", end);
            parameters.put("knownAt", knownAt);
            return parameters;
        }
    }

    // ---- resolving a reference ----

    /** An entity as a caller names it (an id, canonical name or alias), and the parameter that names it. */
    record EntityRef(String text, String parameter) {
    }

    /** No entity in the graph answers to a reference. */
    static final class UnknownEntityException extends RuntimeException {

        private final transient EntityRef ref;

        UnknownEntityException(EntityRef ref) {
            super(ref.parameter() + ": no entity '" + ref.text() + "' in the graph");
            this.ref = ref;
        }

        EntityRef ref() {
            return ref;
        }
    }

    /**
     * The id of the entity a reference names.
     *
     * @throws UnknownEntityException when the graph has none
     */
    String resolve(EntityRef ref) {
        return (String) reads.run(tx -> resolve(tx, ref)).get("id");
    }

    // Questions resolve their references in their own transaction, and get the entity's id, name and kind with it:
    // round trips to the database fewer.
    private Map<String, Object> resolve(TransactionContext tx, EntityRef ref) {
        String text = ref.text();
        var candidates = new ArrayList<String>();
        candidates.add(text.strip());
        // Only the gazetteer's exact names: the near-miss search is for the answer to an unknown reference.
        List<GazetteerEntry> named = gazetteer.named(text);
        if (named.size() == 1) {
            candidates.add(named.get(0).id());
        }
        candidates.add(NameKey.slug(text));
        Record row = tx.run(RESOLVE, Map.of("key", NameKey.of(text), "candidates", candidates)).single();
        if (!row.get("aliased").isNull()) {
            return row.get("aliased").asMap();
        }
        Map<String, Map<String, Object>> found = new HashMap<>();
        row.get("entities").asList(Value::asMap).forEach(e -> found.put((String) e.get("id"), e));
        return candidates.stream().filter(found::containsKey).findFirst().map(found::get)
                .orElseThrow(() -> new UnknownEntityException(ref));
    }

    // ---- find ----

    /** A search hit and how it matched. */
    record Found(String id, String name, String kind, String matched) {
    }

    // A search hit with the key of the name it matched by, folded once: sorting tens of thousands of hits folded the
    // names again on every comparison.
    private record Hit(Found found, String matchedKey) {
    }

    /** Entities whose name or an alias contains the text, ignoring case and accents; exact matches first. */
    Limited<Found> find(String query, String kind) {
        String key = NameKey.of(query);
        var hits = new ArrayList<Hit>();
        for (Record row : entityNames(kind)) {
            names(row).stream().map(n -> Map.entry(n, NameKey.of(n))).filter(n -> n.getValue().contains(key))
                    .min(Comparator.comparingInt((Map.Entry<String, String> n) -> n.getValue().equals(key) ? 0 : 1)
                            .thenComparingInt(n -> n.getKey().length()))
                    .ifPresent(n -> hits.add(new Hit(new Found(row.get("id").asString(), row.get("name").asString(),
                            row.get("kind").asString(), n.getKey()), n.getValue())));
        }
        hits.sort(Comparator.comparingInt((Hit h) -> h.matchedKey().equals(key) ? 0 : 1)
                .thenComparing(h -> !h.matchedKey().startsWith(key))
                .thenComparing(h -> h.found().name()));
        return limited(hits.stream().map(Hit::found).toList());
    }

    /** Names in the graph within two edits of the text, closest first: "did you mean". */
    List<String> suggestions(String text) {
        String key = NameKey.of(text);
        var scored = new TreeMap<Integer, List<String>>();
        for (Record row : entityNames(null)) {
            int allowed = key.length() < 5 ? 1 : 2;
            names(row).stream().mapToInt(n -> Edits.distance(key, NameKey.of(n), allowed)).min().ifPresent(d -> {
                if (d <= allowed) {
                    scored.computeIfAbsent(d, k -> new ArrayList<>()).add(row.get("name").asString());
                }
            });
        }
        return scored.values().stream().flatMap(List::stream).distinct().limit(5).toList();
    }

    // An entity's name and then its aliases, from a row of ENTITY_NAMES.
    private static List<String> names(Record row) {
        var names = new ArrayList<String>();
        names.add(row.get("name").asString());
        names.addAll(row.get("aliases").asList(Value::asString));
        return names;
    }

    private List<Record> entityNames(String kind) {
        var parameters = new HashMap<String, Object>();
        parameters.put("kind", kind);
        return reads.run(tx -> tx.run(ENTITY_NAMES, parameters).list());
    }

    // ---- one entity ----

    /** The id, name and kind of an entity already resolved, without its relationships. */
    private EntitySummary summary(String id) {
        return reads.run(tx -> summary(tx.run(SUMMARY, Map.of("id", id)).single().get("entity")));
    }

    /**
     * An entity with its relationships in and out, each with its properties and evidence: for each relation type and
     * direction at most {@code aigraph.query.max-results} from {@code offset}, by the other entity's name, and in
     * {@code counts} how many there are; {@code truncated} when a group has more than its page.
     */
    record EntityDetail(String id, String name, String kind, List<String> aliases, String wikidata, String website,
                        EntitySummary partOf, List<Relationship> relationships, List<RelationshipCount> counts,
                        boolean truncated) {

        EntitySummary summary() {
            return new EntitySummary(id, name, kind);
        }
    }

    /** One relationship seen from the entity: {@code outgoing} when the entity is its subject. */
    record Relationship(String relation, boolean outgoing, EntitySummary other, Map<String, Object> properties,
                        List<Evidence> evidence) {
    }

    /** How many relationships of one type and direction the entity has (valid as asked). */
    record RelationshipCount(String relation, boolean outgoing, long count) {
    }

    /** The entity's relationships of the given types, a page of each type and direction from {@code offset}. */
    EntityDetail entity(String id, AsOf asOf, List<RelationType> types, int offset) {
        var parameters = asOf.parameters();
        parameters.put("id", id);
        parameters.put("offset", offset);
        parameters.put("limit", maxResults);
        return reads.run(tx -> {
            Record row = tx.run(ENTITY.formatted(Reach.typeList(types), asOf.validity("r")), parameters).single();
            Value entity = row.get("entity");
            List<Value> groups = row.get("groups").asList(v -> v);
            List<Value> relationships = groups.stream().flatMap(g -> g.get("page").asList(v -> v).stream()).toList();
            var support = support(tx, relationships.stream()
                    .map(r -> r.get("properties").get("key").asString()).toList(), asOf);
            return new EntityDetail(entity.get("id").asString(), entity.get("name").asString(),
                    entity.get("kind").asString(), entity.get("aliases").isNull() ? List.of()
                    : entity.get("aliases").asList(Value::asString), text(entity.get("wikidata")),
                    text(entity.get("website")), summary(row.get("partOf")),
                    relationships.stream().map(r -> relationship(r, support)).toList(),
                    groups.stream().map(g -> new RelationshipCount(g.get("relation").asString(),
                            g.get("outgoing").asBoolean(), g.get("total").asLong())).toList(),
                    groups.stream().anyMatch(g -> g.get("total").asLong() > offset + g.get("page").size()));
        });
    }

    private static Relationship relationship(MapAccessor row, Support support) {
        return new Relationship(row.get("relation").asString(), row.get("outgoing").asBoolean(),
                summary(row.get("other")), support.properties(row.get("properties")),
                support.of(row.get("properties").get("key").asString()));
    }

    // ---- timeline ----

    // An entity's relations (with one other entity, or all) in time order: a relation's time is its start, else the
    // date it was announced, else when it was first reported; undated last. Ordered and cut in the database: a hub's
    // tens of thousands of relations are not all sent to be sorted.
    private static final String TIMELINE = """
            MATCH (e:Entity {id: $id})-[r:%s]-(other:Entity)
            WHERE $with IS NULL OR other.id = $with
            WITH r, other, startNode(r) = e AS outgoing, coalesce(r.start, r.date, toString(r.firstReported)) AS when
            ORDER BY when IS NULL, when, type(r), other.name
            LIMIT $limit
            RETURN when, type(r) AS relation, outgoing, other {.id, .name, .kind} AS other,
                   properties(r) AS properties""".formatted(EDGE_TYPES);

    /** One relationship on a timeline and its time: its start, else its date, else when it was first reported. */
    record Dated(String when, Relationship relationship) {
    }

    /** An entity, the other one of the pair when one was named, and their relationships in time order. */
    record History(EntitySummary entity, EntitySummary with, Limited<Dated> relationships) {
    }

    /**
     * The entity's relationships, or those with {@code with} when not null, in time order; at most
     * {@code aigraph.query.max-results}, {@code truncated} when there are more.
     */
    History timeline(EntityRef ref, EntityRef with) {
        return reads.run(tx -> {
            EntitySummary entity = summary(resolve(tx, ref));
            EntitySummary other = with == null ? null : summary(resolve(tx, with));
            var parameters = new HashMap<String, Object>();
            parameters.put("id", entity.id());
            parameters.put("with", other == null ? null : other.id());
            parameters.put("limit", maxResults + 1);
            Limited<Record> rows = limited(tx.run(TIMELINE, parameters).list());
            var support = support(tx, rows.items().stream()
                    .map(r -> r.get("properties").get("key").asString()).toList(), AsOf.ALWAYS);
            return new History(entity, other, new Limited<>(rows.items().stream()
                    .map(r -> new Dated(text(r.get("when")), relationship(r, support))).toList(), rows.truncated()));
        });
    }

    // ---- one edge ----

    /**
     * An edge with a page of its evidence, earliest first: {@code offset} pieces skipped, then at most
     * {@code aigraph.query.max-results}; {@code truncated} when there are more.
     */
    record EdgeEvidence(String edge, Map<String, Object> properties, int offset, List<Evidence> evidence,
                        boolean truncated) {
    }

    /** An edge key that names no edge in the graph (or none a source had reported by {@code knownAt}). */
    static final class UnknownEdgeException extends RuntimeException {

        UnknownEdgeException(String key) {
            super("edge: no edge '" + key + "' in the graph");
        }
    }

    /**
     * The edge with this key and a page of its evidence; {@code relation} is the type the key names (an edge's key
     * is subject, relation and object, and a scope when there is one, joined by '>').
     *
     * @throws UnknownEdgeException when there is no such edge
     */
    EdgeEvidence evidence(String key, RelationType relation, int offset, AsOf asOf) {
        var parameters = asOf.parameters();
        parameters.put("key", key);
        parameters.put("offset", offset);
        parameters.put("limit", maxResults + 1);
        return reads.run(tx -> {
            List<Record> rows = tx.run(EDGE_EVIDENCE.formatted(relation.name(), CLAIMS_OF_EDGE), parameters).list();
            Map<String, Map<String, Object>> known = knownProperties(tx, List.of(key), asOf);
            if (rows.isEmpty() || asOf.knownAt() != null && !known.containsKey(key)) {
                throw new UnknownEdgeException(key);
            }
            Limited<Evidence> page = limited(rows.get(0).get("evidence").asList(GraphQueries::evidence));
            return new EdgeEvidence(key, new Support(Map.of(), known).properties(rows.get(0).get("edge")), offset,
                    page.items(), page.truncated());
        });
    }

    // ---- dependencies and exposure ----

    /** A walk's answer: the entity walked from, those it reached and the edges on their paths. */
    record Walk(EntitySummary from, Limited<Reached> reached, Map<String, EntitySummary> entities,
                Map<String, EdgeDetail> edges) {
    }

    /** What the entity depends on, transitively: see {@link Dependency} for which relations count. */
    Walk dependencies(EntityRef ref, int depth, List<RelationType> types, AsOf asOf) {
        return reach(ref, depth, types, asOf, true);
    }

    /** Who depends on the entity, transitively: who is affected if it fails. */
    Walk exposure(EntityRef ref, int depth, List<RelationType> types, AsOf asOf) {
        return reach(ref, depth, types, asOf, false);
    }

    private Walk reach(EntityRef ref, int depth, List<RelationType> types, AsOf asOf, boolean dependencies) {
        return reads.run(tx -> {
            // One more than the bound, to tell a cut answer from a complete one.
            Walked walked = walkWithEvidence(tx, resolve(tx, ref), depth, types, asOf, dependencies, maxResults + 1);
            Limited<Reach.Reached> rows = limited(walked.walk().reached());
            var onPaths = new OnPaths(walked.support());
            // Nearest first, then by how many shortest paths lead there, then by the money at stake on them.
            var reached = rows.items().stream()
                    .map(r -> Reached.of(summary(r.entity()), r.distance(), r.shortestPaths(),
                            r.paths().stream().map(onPaths::hops).toList(), onPaths.edges))
                    .sorted(Comparator.comparingInt(Reached::distance)
                            .thenComparing(Comparator.comparingLong(Reached::pathCount).reversed())
                            .thenComparing(Comparator.comparingLong(Reached::largestAtStake).reversed()))
                    .toList();
            return new Walk(summary(walked.walk().start()), new Limited<>(reached, rows.truncated()),
                    onPaths.entities, onPaths.edges);
        });
    }

    /** What a walk reads from the database: the entities reached and the evidence of the edges on their paths. */
    record Walked(Reach.Result walk, Support support) {
    }

    /** The walk from the entity with this id; none when it does not exist. */
    static Walked walkWithEvidence(TransactionContext tx, String id, int depth, List<RelationType> types,
                                   AsOf asOf, boolean dependencies, int limit) {
        var start = tx.run(SUMMARY, Map.of("id", id)).list();
        return start.isEmpty() ? new Walked(new Reach.Result(null, List.of()), new Support(Map.of(), Map.of()))
                : walkWithEvidence(tx, start.get(0).get("entity").asMap(), depth, types, asOf, dependencies, limit);
    }

    private static Walked walkWithEvidence(TransactionContext tx, Map<String, Object> start, int depth,
                                           List<RelationType> types, AsOf asOf, boolean dependencies, int limit) {
        Reach.Result walk = walk(tx, start, depth, types, asOf, dependencies, limit);
        var keys = walk.reached().stream().flatMap(r -> r.paths().stream()).flatMap(List::stream)
                .map(step -> step.properties().get("key").asString()).distinct().toList();
        return new Walked(walk, support(tx, keys, asOf));
    }

    /**
     * The walk behind dependencies (X depends on Y: forward types walked subject to object, reverse types object to
     * subject) and exposure (the same relations walked the other way).
     */
    private static Reach.Result walk(TransactionContext tx, Map<String, Object> start, int depth,
                                     List<RelationType> types, AsOf asOf, boolean dependencies, int limit) {
        List<RelationType> forward = Dependency.forward(types).stream().map(RelationType::valueOf).toList();
        List<RelationType> reverse = Dependency.reverse(types).stream().map(RelationType::valueOf).toList();
        return Reach.walk(tx, start, depth, dependencies ? forward : reverse, dependencies ? reverse : forward,
                asOf.validity("r"), asOf.parameters(), limit);
    }

    // ---- paths ----

    /** The two entities a paths question names, and the paths between them. */
    record Paths(EntitySummary from, EntitySummary to, HopPaths paths) {
    }

    /**
     * The shortest simple paths between two entities, shortest first, over the given relation types in either
     * direction; at most {@code limit}, {@code truncated} when there were more.
     */
    Paths paths(EntityRef from, EntityRef to, int maxHops, int limit, List<RelationType> types, AsOf asOf) {
        return reads.run(tx -> {
            EntitySummary fromEntity = summary(resolve(tx, from));
            EntitySummary toEntity = summary(resolve(tx, to));
            List<Record> rows = shortestPaths(tx, fromEntity.id(), toEntity.id(), maxHops, types, asOf, limit + 1);
            return new Paths(fromEntity, toEntity,
                    pathsOf(tx, new Limited<>(rows.stream().limit(limit).toList(), rows.size() > limit), asOf));
        });
    }

    int maxResults() {
        return maxResults;
    }

    /**
     * The statements behind {@link #paths}, before the evidence of each hop is read: the paths of each length in
     * turn, shortest first, until {@code most} are found; rows of one column, "hops".
     */
    static List<Record> shortestPaths(TransactionContext tx, String from, String to, int maxHops,
                                      List<RelationType> types, AsOf asOf, int most) {
        var found = new ArrayList<Record>();
        if (types.isEmpty()) {
            return found;
        }
        String typeList = Reach.typeList(types);
        var parameters = asOf.parameters();
        parameters.put("from", from);
        parameters.put("to", to);
        for (int length = 1; length <= maxHops && found.size() < most; length++) {
            int back = length / 2;
            String cypher = PATHS_OF_LENGTH.formatted(typeList, asOf.validity("r"), length - back,
                    back == 0 ? "y" : "m", back == 0 ? "" : BACK_HALF.formatted(typeList, asOf.validity("s"), back));
            parameters.put("room", most - found.size());
            found.addAll(tx.run(cypher, parameters).list());
        }
        return found;
    }

    // ---- subgraph and cycles ----

    /** Nodes and edges around an entity, for drawing; {@code truncated} when more nodes than the limit were near. */
    record Subgraph(List<EntitySummary> nodes, List<Edge> edges, boolean truncated) {
    }

    /** An edge of a subgraph, by entity ids. */
    record Edge(String from, String relation, String to, Map<String, Object> properties) {
    }

    Subgraph subgraph(String id, int depth, AsOf asOf) {
        var parameters = asOf.parameters();
        parameters.put("id", id);
        parameters.put("limit", maxResults);
        return reads.run(tx -> {
            Record row = tx.run(SUBGRAPH.formatted(EDGE_TYPES, VALID, depth), parameters).single();
            List<Value> edges = row.get("edges").asList(e -> e);
            var support = support(tx, edges.stream().map(e -> e.get("properties").get("key").asString())
                    .toList(), asOf);
            return new Subgraph(row.get("nodes").asList(GraphQueries::summary), edges.stream().map(e ->
                    new Edge(e.get("from").asString(), e.get("relation").asString(), e.get("to").asString(),
                            support.properties(e.get("properties")))).toList(), row.get("truncated").asBoolean());
        });
    }

    /** Closed flows of money, compute and supply ({@link MoneyFlow}), each hop in the direction money moves. */
    HopPaths cycles(int maxHops, List<RelationType> types, String through, AsOf asOf) {
        var parameters = asOf.parameters();
        parameters.put("forward", MoneyFlow.forward(types));
        parameters.put("reverse", MoneyFlow.reverse(types));
        parameters.put("through", through);
        parameters.put("limit", maxResults + 1);
        return reads.run(tx -> {
            return pathsOf(tx, limited(tx.run(CYCLES.formatted(VALID, maxHops), parameters).list()), asOf);
        });
    }

    // Rows of one column, "hops", with the evidence of every edge on them.
    private HopPaths pathsOf(TransactionContext tx, Limited<Record> rows, AsOf asOf) {
        var keys = rows.items().stream().flatMap(r -> r.get("hops").asList(v -> v).stream())
                .map(h -> h.get("properties").get("key").asString()).distinct().toList();
        var onPaths = new OnPaths(support(tx, keys, asOf));
        return new HopPaths(new Limited<>(rows.items().stream().map(r -> onPaths.hops(r.get("hops"))).toList(),
                rows.truncated()), onPaths.entities, onPaths.edges);
    }

    /**
     * The entities that are members of the same projects as this one, per project: at most the first
     * {@code maxResults} by name, and how many there are ({@code memberCount}); a project's own answer pages through
     * all of them.
     */
    record CoMembers(EntitySummary project, List<EntitySummary> members, int memberCount) {
    }

    private static final String CO_MEMBERS = """
            MATCH (x:Entity {id: $id})-[r:MEMBER_OF]->(project:Entity) WHERE %s
            WITH DISTINCT x, project
            CALL (x, project) {
              MATCH (other:Entity)-[r:MEMBER_OF]->(project) WHERE other <> x AND %s
              WITH DISTINCT other ORDER BY other.name
              RETURN collect(other) AS members
            }
            WITH project, members WHERE size(members) > 0
            RETURN project {.id, .name, .kind} AS project,
                   [other IN members[..$limit] | other {.id, .name, .kind}] AS members, size(members) AS memberCount
            ORDER BY project.name
            LIMIT $limit + 1""".formatted(VALID, VALID);

    /** At most {@code maxResults} projects by name; truncated when there are more, or a project has more members. */
    Limited<CoMembers> coMembers(String id, AsOf asOf) {
        var parameters = asOf.parameters();
        parameters.put("id", id);
        parameters.put("limit", maxResults);
        Limited<CoMembers> projects = limited(reads.run(tx -> tx.run(CO_MEMBERS, parameters).list(r -> new CoMembers(
                summary(r.get("project")), r.get("members").asList(GraphQueries::summary),
                r.get("memberCount").asInt()))));
        return new Limited<>(projects.items(), projects.truncated()
                || projects.items().stream().anyMatch(p -> p.memberCount() > p.members().size()));
    }

    // ---- money ----

    /** One investment edge seen from the entity. */
    record Investment(String direction, EntitySummary counterparty, Long amount, String currency, String qualifier,
                      boolean conflict, String start, String date, int sources) {
    }

    /** Sums per currency, never converted; {@code approximate} when any figure in the sum is qualified. */
    record Total(String currency, long amount, boolean approximate, int investments) {
    }

    /** A total for one year (the year the investment started, else when it was announced). */
    record YearTotal(String year, String currency, long amount, boolean approximate, int investments) {
    }

    /**
     * Money into and out of an entity, by counterparty, with totals per direction, currency and year. The totals
     * count every investment; each list holds at most {@code aigraph.query.max-results} (by counterparty name),
     * {@code truncated} when one had more.
     */
    record Money(EntitySummary entity, List<Investment> received, List<Investment> invested,
                 List<Total> receivedTotals, List<Total> investedTotals, List<YearTotal> receivedByYear,
                 List<YearTotal> investedByYear, int withoutAmount, boolean truncated) {
    }

    Money money(String id, AsOf asOf) {
        var statement = moneyStatement(id, asOf);
        var received = new ArrayList<Investment>();
        var invested = new ArrayList<Investment>();
        reads.run(tx -> {
            List<Record> rows = tx.run(statement.cypher(), statement.parameters()).list();
            // Only the figures are needed, not the evidence: "as known at", the figures as then reported.
            var support = new Support(Map.of(), knownProperties(tx,
                    rows.stream().map(r -> r.get("edge").get("key").asString()).toList(), asOf));
            for (Record row : rows) {
                // The edge as then known, when the question is "as known at".
                Map<String, Object> edge = support.properties(row.get("edge"));
                boolean outgoing = row.get("outgoing").asBoolean();
                (outgoing ? invested : received).add(new Investment(outgoing ? "invested" : "received",
                        summary(row.get("counterparty")), (Long) edge.get("amount"),
                        (String) edge.get("currency"), (String) edge.get("amountQualifier"),
                        Boolean.TRUE.equals(edge.get("amountConflict")), (String) edge.get("start"),
                        (String) edge.get("date"), ((Number) edge.getOrDefault("sources", 0)).intValue()));
            }
            return rows.size();
        });
        int withoutAmount = (int) java.util.stream.Stream.concat(received.stream(), invested.stream())
                .filter(i -> i.amount() == null).count();
        Limited<Investment> receivedListed = limited(received);
        Limited<Investment> investedListed = limited(invested);
        return new Money(summary(id), receivedListed.items(), investedListed.items(), totals(received),
                totals(invested), byYear(received), byYear(invested), withoutAmount,
                receivedListed.truncated() || investedListed.truncated());
    }

    /** The statement behind {@link #money}: the entity's investment edges, before the evidence is read. */
    static Statement moneyStatement(String id, AsOf asOf) {
        var parameters = asOf.parameters();
        parameters.put("id", id);
        return new Statement(MONEY, parameters);
    }

    private static List<YearTotal> byYear(List<Investment> investments) {
        var byYear = new TreeMap<String, List<Investment>>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (Investment i : investments) {
            String when = i.start() != null ? i.start() : i.date();
            byYear.computeIfAbsent(when == null ? null : when.substring(0, 4), y -> new ArrayList<>()).add(i);
        }
        var years = new ArrayList<YearTotal>();
        byYear.forEach((year, list) -> totals(list).forEach(t -> years.add(new YearTotal(year, t.currency(),
                t.amount(), t.approximate(), t.investments()))));
        return years;
    }

    private static List<Total> totals(List<Investment> investments) {
        var totals = new LinkedHashMap<String, Total>();
        for (Investment i : investments) {
            if (i.amount() == null) {
                continue;
            }
            boolean approximate = i.qualifier() != null && !i.qualifier().equals("exact");
            totals.merge(i.currency(), new Total(i.currency(), i.amount(), approximate, 1),
                    (a, b) -> new Total(a.currency(), a.amount() + b.amount(), a.approximate() || b.approximate(),
                            a.investments() + b.investments()));
        }
        return List.copyOf(totals.values());
    }

    // ---- shared ----

    /** The evidence of each edge and, for "known at" questions, its properties as then known. */
    record Support(Map<String, List<Evidence>> evidence, Map<String, Map<String, Object>> knownProperties) {

        List<Evidence> of(String key) {
            return evidence.getOrDefault(key, List.of());
        }

        Map<String, Object> properties(Value edge) {
            Map<String, Object> known = knownProperties.get(edge.get("key").asString());
            return known != null ? clean(known) : clean(edge.asMap(Value::asObject));
        }
    }

    private static Support support(TransactionContext tx, List<String> keys, AsOf asOf) {
        if (keys.isEmpty()) {
            // An answer without edges (no paths found, no relation type allowed) has no evidence to read.
            return new Support(Map.of(), Map.of());
        }
        var parameters = new HashMap<String, Object>();
        parameters.put("keys", keys);
        parameters.put("knownAt", asOf.knownAt());
        parameters.put("evidencePerEdge", EVIDENCE_PER_EDGE);
        var evidence = new HashMap<String, List<Evidence>>();
        for (Record row : tx.run(EVIDENCE, parameters).list()) {
            evidence.put(row.get("key").asString(), row.get("evidence").asList(GraphQueries::evidence));
        }
        return new Support(evidence, knownProperties(tx, keys, asOf));
    }

    // For "as known at" questions, the edges' properties summarised from the claims then reported; else none.
    private static Map<String, Map<String, Object>> knownProperties(TransactionContext tx, List<String> keys,
                                                                    AsOf asOf) {
        return asOf.knownAt() == null ? Map.of() : EdgesKnownAt.properties(tx, keys, asOf.knownAt());
    }

    private static Evidence evidence(Value e) {
        return new Evidence(text(e.get("source")), text(e.get("title")), text(e.get("url")), text(e.get("published")),
                text(e.get("sentence")), text(e.get("method")));
    }

    private static EntitySummary summary(Map<String, Object> entity) {
        return entity == null ? null : new EntitySummary((String) entity.get("id"), (String) entity.get("name"),
                (String) entity.get("kind"));
    }

    private static EntitySummary summary(Value entity) {
        return entity.isNull() ? null : new EntitySummary(entity.get("id").asString(), entity.get("name").asString(),
                entity.get("kind").asString());
    }

    // Dates become ISO text; absent values and the internal edge key stay out of answers.
    private static Map<String, Object> clean(Map<String, Object> properties) {
        var map = new TreeMap<String, Object>();
        properties.forEach((k, v) -> {
            if (!k.equals("key") && v != null) {
                map.put(k, v instanceof java.time.temporal.TemporalAccessor ? v.toString() : v);
            }
        });
        return map;
    }

    private static String text(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }
}
