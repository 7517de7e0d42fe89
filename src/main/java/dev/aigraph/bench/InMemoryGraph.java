package dev.aigraph.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import dev.aigraph.graph.RelationType;
import dev.aigraph.query.QueryStatements;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The physical limit for the query benchmarks: the graph's direct edges in plain Java arrays, walked breadth-first.
 * No index, no query planning, no paths kept, no evidence read, no network: what a walk costs when the edges are
 * already in memory. It answers who is reached, not how; the API answers both.
 */
final class InMemoryGraph {

    private static final String EDGES = """
            MATCH (a:Entity)-[r]->(b:Entity) WHERE r.key IS NOT NULL
            RETURN a.id AS from, type(r) AS type, b.id AS to, r.validFrom AS validFrom, r.validTo AS validTo,
                   r.amount AS amount, r.currency AS currency""";

    private final Map<String, Integer> index = new HashMap<>();
    private String[] ids = new String[1024];
    private int[] from = new int[1024];
    private int[] to = new int[1024];
    private RelationType[] types = new RelationType[1024];
    private long[] validFrom = new long[1024];
    private long[] validTo = new long[1024];
    private long[] amounts = new long[1024];
    private String[] currencies = new String[1024];
    private int edges;
    private Adjacency dependsOn;
    private Adjacency dependedOnBy;
    private Adjacency either;
    private int[] seen;
    private int walk;

    private InMemoryGraph() {
    }

    /** Reads every direct edge, streaming, into arrays. */
    static InMemoryGraph load(Driver driver) {
        var graph = new InMemoryGraph();
        try (var session = driver.session()) {
            session.executeRead(tx -> {
                tx.run(EDGES).forEachRemaining(graph::add);
                return null;
            });
        }
        graph.link();
        return graph;
    }

    int entities() {
        return index.size();
    }

    int edges() {
        return edges;
    }

    String id(int entity) {
        return ids[entity];
    }

    Integer entity(String id) {
        return index.get(id);
    }

    /** Entities by how many direct edges they have, most first. */
    int[] byDegree() {
        Integer[] order = new Integer[entities()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(either.degree(b), either.degree(a)));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    int degree(int entity) {
        return either.degree(entity);
    }

    /** The entities one edge away, either direction. */
    int[] neighbours(int entity) {
        int[] neighbours = new int[either.degree(entity)];
        for (int i = 0; i < neighbours.length; i++) {
            neighbours[i] = either.target(entity, i);
        }
        return neighbours;
    }

    /** Entities with an investment in them. */
    int[] investees() {
        return IntStream.range(0, entities()).filter(this::receivesInvestment).toArray();
    }

    private boolean receivesInvestment(int entity) {
        for (int i = 0; i < either.degree(entity); i++) {
            int edge = either.edge(entity, i);
            if (types[edge] == RelationType.INVESTED_IN && to[edge] == entity) {
                return true;
            }
        }
        return false;
    }

    /** How many entities {@code entity} depends on within {@code depth} hops, counting edges valid in the period. */
    int dependencies(int entity, int depth, LocalDate asOfStart, LocalDate asOfEnd) {
        return reach(dependsOn, entity, depth, -1, asOfStart, asOfEnd);
    }

    /** How many entities depend on {@code entity} within {@code depth} hops. */
    int exposure(int entity, int depth) {
        return reach(dependedOnBy, entity, depth, -1, null, null);
    }

    /** The length of a shortest path between two entities over any edge, or -1 beyond {@code maxHops}. */
    int distance(int a, int b, int maxHops) {
        return reach(either, a, maxHops, b, null, null);
    }

    /** Money into and out of an entity per currency and direction ("in USD", "out EUR"). */
    Map<String, Long> money(int entity) {
        var totals = new TreeMap<String, Long>();
        for (int i = 0; i < either.degree(entity); i++) {
            int edge = either.edge(entity, i);
            if (types[edge] == RelationType.INVESTED_IN && currencies[edge] != null) {
                totals.merge((to[edge] == entity ? "in " : "out ") + currencies[edge], amounts[edge], Long::sum);
            }
        }
        return totals;
    }

    // Breadth-first, level by level; with a target, the level it is found at (or -1), else how many were reached.
    private int reach(Adjacency adjacency, int start, int depth, int target, LocalDate asOfStart, LocalDate asOfEnd) {
        walk++;
        seen[start] = walk;
        int[] frontier = {start};
        int reached = 0;
        for (int level = 1; level <= depth && frontier.length > 0; level++) {
            int[] next = new int[16];
            int size = 0;
            for (int node : frontier) {
                for (int i = 0; i < adjacency.degree(node); i++) {
                    int edge = adjacency.edge(node, i);
                    int other = adjacency.target(node, i);
                    if (seen[other] == walk || !valid(edge, asOfStart, asOfEnd)) {
                        continue;
                    }
                    if (other == target) {
                        return level;
                    }
                    seen[other] = walk;
                    reached++;
                    if (size == next.length) {
                        next = Arrays.copyOf(next, size * 2);
                    }
                    next[size++] = other;
                }
            }
            frontier = Arrays.copyOf(next, size);
        }
        return target >= 0 ? -1 : reached;
    }

    private boolean valid(int edge, LocalDate asOfStart, LocalDate asOfEnd) {
        return asOfStart == null || (validFrom[edge] <= asOfEnd.toEpochDay() && validTo[edge] >= asOfStart.toEpochDay());
    }

    private void add(Record row) {
        if (edges == from.length) {
            int size = edges * 2;
            from = Arrays.copyOf(from, size);
            to = Arrays.copyOf(to, size);
            types = Arrays.copyOf(types, size);
            validFrom = Arrays.copyOf(validFrom, size);
            validTo = Arrays.copyOf(validTo, size);
            amounts = Arrays.copyOf(amounts, size);
            currencies = Arrays.copyOf(currencies, size);
        }
        from[edges] = entityOf(row.get("from").asString());
        to[edges] = entityOf(row.get("to").asString());
        types[edges] = RelationType.valueOf(row.get("type").asString());
        validFrom[edges] = day(row.get("validFrom"), Long.MIN_VALUE);
        validTo[edges] = day(row.get("validTo"), Long.MAX_VALUE);
        amounts[edges] = row.get("amount").isNull() ? 0 : row.get("amount").asLong();
        currencies[edges] = row.get("currency").isNull() ? null : row.get("currency").asString();
        edges++;
    }

    private static long day(Value date, long absent) {
        return date.isNull() ? absent : date.asLocalDate().toEpochDay();
    }

    private int entityOf(String id) {
        return index.computeIfAbsent(id, key -> {
            int at = index.size();
            if (at == ids.length) {
                ids = Arrays.copyOf(ids, at * 2);
            }
            ids[at] = key;
            return at;
        });
    }

    private void link() {
        List<RelationType> forward = QueryStatements.dependsOnObject();
        List<RelationType> reverse = QueryStatements.dependsOnSubject();
        var out = new Adjacency.Builder(entities());
        var in = new Adjacency.Builder(entities());
        var both = new Adjacency.Builder(entities());
        for (int e = 0; e < edges; e++) {
            if (forward.contains(types[e])) {
                out.add(from[e], to[e], e);
                in.add(to[e], from[e], e);
            }
            if (reverse.contains(types[e])) {
                out.add(to[e], from[e], e);
                in.add(from[e], to[e], e);
            }
            both.add(from[e], to[e], e);
            both.add(to[e], from[e], e);
        }
        dependsOn = out.build();
        dependedOnBy = in.build();
        either = both.build();
        seen = new int[entities()];
    }

    /** Compressed adjacency lists: for each entity, the edges leaving it and the entity at their other end. */
    private record Adjacency(int[] offsets, int[] targets, int[] edgeIds) {

        int degree(int node) {
            return offsets[node + 1] - offsets[node];
        }

        int target(int node, int i) {
            return targets[offsets[node] + i];
        }

        int edge(int node, int i) {
            return edgeIds[offsets[node] + i];
        }

        /** Collects (node, target, edge) triples, then lays them out per node. */
        static final class Builder {
            private final int nodes;
            private int[] sources = new int[1024];
            private int[] targets = new int[1024];
            private int[] edgeIds = new int[1024];
            private int size;

            Builder(int nodes) {
                this.nodes = nodes;
            }

            void add(int node, int target, int edge) {
                if (size == sources.length) {
                    sources = Arrays.copyOf(sources, size * 2);
                    targets = Arrays.copyOf(targets, size * 2);
                    edgeIds = Arrays.copyOf(edgeIds, size * 2);
                }
                sources[size] = node;
                targets[size] = target;
                edgeIds[size] = edge;
                size++;
            }

            Adjacency build() {
                int[] offsets = new int[nodes + 1];
                for (int i = 0; i < size; i++) {
                    offsets[sources[i] + 1]++;
                }
                for (int n = 0; n < nodes; n++) {
                    offsets[n + 1] += offsets[n];
                }
                int[] fill = Arrays.copyOf(offsets, nodes);
                int[] laidTargets = new int[size];
                int[] laidEdges = new int[size];
                for (int i = 0; i < size; i++) {
                    int at = fill[sources[i]]++;
                    laidTargets[at] = targets[i];
                    laidEdges[at] = edgeIds[i];
                }
                return new Adjacency(offsets, laidTargets, laidEdges);
            }
        }
    }
}
