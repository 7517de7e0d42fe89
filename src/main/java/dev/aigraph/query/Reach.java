package dev.aigraph.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.aigraph.graph.RelationType;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * A breadth-first walk from one entity over the hops a question allows, one level of the graph per statement. Each
 * entity reached is found at its distance with the number of shortest paths that lead to it and up to
 * {@link #PATHS_PER_ENTITY} of them. Because answers are ranked nearest first, the walk stops after the level at which
 * more entities are reached than the answer can hold: the deeper levels could not appear in it. So the work is
 * bounded by the answer, not by everything within the depth (which for a neighbour of a cloud or a chip maker is a
 * large part of the graph). Earlier, every simple path within the depth was enumerated and sorted, which grew with the
 * number of paths rather than the number of entities.
 */
final class Reach {

    static final int PATHS_PER_ENTITY = 3;

    // One level: the entities one allowed hop from the frontier that no earlier level reached, the most shortest paths
    // first, no more than the answer has room for. Each hop is a typed, directed pattern, so Neo4j reads only those
    // relationships of a node (a cloud's thousands of customers are not read when walking to its suppliers); the types
    // come from the RelationType enum, never from input, and the validity predicate is parameterised. The candidates
    // are grouped as bare relationships, and only the few hops kept for each entity the answer takes are turned into
    // maps with their properties: a level next to a hub groups thousands of candidates for a few dozen entities.
    // Entities reached before are dropped only from the ranked head: at most size($seen) of them can be among the
    // candidates, so the first room + size($seen) hold the answer, and the ids of the thousands of other candidates
    // are never read (a level next to a hub at 1,000,000 facts: 63 ms filtering per relationship, 52 ms per entity,
    // 38 ms on the head).
    private static final String LEVEL = """
            UNWIND $frontier AS f
            MATCH (a:Entity {id: f.id})
            CALL (a) {
              %s
            }
            WITH f, r, b WHERE %s
            WITH b, sum(f.paths) AS paths, collect(r) AS hops
            ORDER BY paths DESC, b.name
            LIMIT $room + size($seen)
            WITH b, paths, hops WHERE NOT b.id IN $seen
            LIMIT $room
            RETURN b {.id, .name, .kind} AS entity, paths,
                   [r IN hops[..$viaPerEntity] | {
                     from: CASE WHEN endNode(r) = b THEN startNode(r).id ELSE endNode(r).id END,
                     relation: type(r), forward: endNode(r) = b, properties: properties(r)}] AS via""";

    private static final String OUTGOING = "MATCH (a)-[r:%s]->(b:Entity) RETURN r, b";
    private static final String INCOMING = "MATCH (a)<-[r:%s]-(b:Entity) RETURN r, b";

    /** An entity reached: its distance, how many shortest paths lead to it and a few of them. */
    record Reached(Map<String, Object> entity, int distance, long shortestPaths, List<List<Step>> paths) {

        String id() {
            return (String) entity.get("id");
        }

        String name() {
            return (String) entity.get("name");
        }
    }

    /** One hop of a path, in the walking direction: from and to as entity maps, the edge's type and properties. */
    record Step(Map<String, Object> from, String relation, Map<String, Object> to, boolean forward,
                Value properties) {
    }

    /** The entities reached, nearest first, then by the number of shortest paths and by name; at most {@code limit}. */
    record Result(Map<String, Object> start, List<Reached> reached) {
    }

    private record Via(String from, String relation, boolean forward, Value properties) {
    }

    private record Node(Map<String, Object> entity, int distance, long paths, List<Via> via) {
    }

    private Reach() {
    }

    /**
     * Walks from {@code start} (its id, name and kind) up to {@code depth} hops.
     *
     * @param outgoing   the relation types walked from subject to object
     * @param incoming   the relation types walked from object to subject
     * @param valid      the validity predicate over {@code r}, with its parameters in {@code parameters}
     */
    static Result walk(TransactionContext tx, Map<String, Object> start, int depth, List<RelationType> outgoing,
                       List<RelationType> incoming, String valid, Map<String, Object> parameters, int limit) {
        String id = (String) start.get("id");
        Map<String, Node> reached = new LinkedHashMap<>();
        var hops = new ArrayList<String>();
        if (!outgoing.isEmpty()) {
            hops.add(OUTGOING.formatted(typeList(outgoing)));
        }
        if (!incoming.isEmpty()) {
            hops.add(INCOMING.formatted(typeList(incoming)));
        }
        if (!hops.isEmpty()) {
            String level = LEVEL.formatted(String.join("\n  UNION ALL\n  ", hops), valid);
            var seen = new LinkedHashSet<String>();
            seen.add(id);
            List<Map<String, Object>> frontier = List.of(Map.of("id", id, "paths", 1L));
            // A level that fills the answer is the last: deeper entities would rank after all of it.
            for (int distance = 1; distance <= depth && !frontier.isEmpty() && reached.size() < limit; distance++) {
                var levelParameters = new HashMap<>(parameters);
                levelParameters.put("frontier", frontier);
                levelParameters.put("seen", List.copyOf(seen));
                levelParameters.put("viaPerEntity", PATHS_PER_ENTITY);
                levelParameters.put("room", limit - reached.size());
                var next = new ArrayList<Map<String, Object>>();
                for (Record row : tx.run(level, levelParameters).list()) {
                    var node = new Node(row.get("entity").asMap(), distance, row.get("paths").asLong(),
                            row.get("via").asList(v -> new Via(v.get("from").asString(), v.get("relation").asString(),
                                    v.get("forward").asBoolean(), v.get("properties"))));
                    String reachedId = (String) node.entity().get("id");
                    reached.put(reachedId, node);
                    seen.add(reachedId);
                    next.add(Map.of("id", reachedId, "paths", node.paths()));
                }
                frontier = next;
            }
        }
        List<Node> ranked = reached.values().stream()
                .sorted(Comparator.comparingInt(Node::distance)
                        .thenComparing(Comparator.comparingLong(Node::paths).reversed())
                        .thenComparing(n -> (String) n.entity().get("name")))
                .limit(limit).toList();
        return new Result(start, paths(start, reached, ranked));
    }

    /** Relation types as a pattern's type list ({@code A|B}); from the enum, never from input. */
    static String typeList(List<RelationType> types) {
        return types.stream().map(Enum::name).distinct().collect(Collectors.joining("|"));
    }

    // Each shortest path to an entity is a shortest path to one of its predecessors and the hop from there.
    private static List<Reached> paths(Map<String, Object> start, Map<String, Node> reached, List<Node> ranked) {
        Map<String, List<List<Via>>> routes = new HashMap<>();
        routes.put((String) start.get("id"), List.of(List.of()));
        var answer = new ArrayList<Reached>();
        for (Node node : ranked) {
            List<List<Step>> steps = routes((String) node.entity().get("id"), reached, routes).stream().map(path -> {
                var hops = new ArrayList<Step>();
                for (int h = 0; h < path.size(); h++) {
                    Via via = path.get(h);
                    Map<String, Object> to = h + 1 < path.size()
                            ? entity(path.get(h + 1).from(), start, reached) : node.entity();
                    hops.add(new Step(entity(via.from(), start, reached), via.relation(), to, via.forward(),
                            via.properties()));
                }
                return List.copyOf(hops);
            }).toList();
            answer.add(new Reached(node.entity(), node.distance(), node.paths(), steps));
        }
        return answer;
    }

    // The start's one route is the empty path; every other entity's are built once, from its predecessors'.
    private static List<List<Via>> routes(String id, Map<String, Node> reached, Map<String, List<List<Via>>> routes) {
        List<List<Via>> known = routes.get(id);
        if (known != null) {
            return known;
        }
        var found = new ArrayList<List<Via>>();
        for (Via via : reached.get(id).via()) {
            for (List<Via> before : routes(via.from(), reached, routes)) {
                if (found.size() == PATHS_PER_ENTITY) {
                    break;
                }
                var path = new ArrayList<>(before);
                path.add(via);
                found.add(List.copyOf(path));
            }
        }
        routes.put(id, found);
        return found;
    }

    private static Map<String, Object> entity(String id, Map<String, Object> start, Map<String, Node> reached) {
        return id.equals(start.get("id")) ? start : reached.get(id).entity();
    }
}
