package dev.aigraph.query;

import java.util.List;
import java.util.Map;

import dev.aigraph.graph.PartialDate;
import dev.aigraph.graph.RelationType;
import dev.aigraph.query.GraphQueries.AsOf;

/**
 * The main Cypher statement of the API's questions, with its parameters, exactly as the API runs it (for every
 * dependency type, without {@code knownAt}). For callers that time the database's share of an answer: the benchmark
 * runs these through the driver beside the same question over HTTP.
 */
public final class QueryStatements {

    /** A Cypher statement and its parameters. */
    public record Statement(String cypher, Map<String, Object> parameters) {
    }

    private QueryStatements() {
    }

    /** {@code GET /api/entities/{id}/dependencies?depth=&asOf=}; {@code asOf} may be null. */
    public static Statement dependencies(String id, int depth, PartialDate asOf, int limit) {
        return GraphQueries.reachStatement(id, depth, Dependency.all(), AsOf.of(asOf, null),
                GraphQueries.DEPENDS_ON_HOP, limit);
    }

    /** {@code GET /api/entities/{id}/exposure?depth=&asOf=}; {@code asOf} may be null. */
    public static Statement exposure(String id, int depth, PartialDate asOf, int limit) {
        return GraphQueries.reachStatement(id, depth, Dependency.all(), AsOf.of(asOf, null),
                GraphQueries.DEPENDED_ON_BY_HOP, limit);
    }

    /** {@code GET /api/paths?from=&to=&maxHops=} over every relation type. */
    public static Statement paths(String from, String to, int maxHops, int limit) {
        return GraphQueries.pathsStatement(from, to, maxHops, List.of(RelationType.values()), AsOf.ALWAYS, limit);
    }

    /** {@code GET /api/entities/{id}/money}. */
    public static Statement money(String id) {
        return GraphQueries.moneyStatement(id, AsOf.ALWAYS);
    }

    /** The relation types a dependency follows from subject to object (X depends on Y when X -[type]-> Y). */
    public static List<RelationType> dependsOnObject() {
        return Dependency.forward(Dependency.all()).stream().map(RelationType::valueOf).toList();
    }

    /** The relation types a dependency follows from object to subject (X depends on Y when Y -[type]-> X). */
    public static List<RelationType> dependsOnSubject() {
        return Dependency.reverse(Dependency.all()).stream().map(RelationType::valueOf).toList();
    }
}
