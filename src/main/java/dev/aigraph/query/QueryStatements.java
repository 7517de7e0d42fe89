package dev.aigraph.query;

import java.util.List;
import java.util.Map;

import dev.aigraph.graph.PartialDate;
import dev.aigraph.graph.RelationType;
import dev.aigraph.query.GraphQueries.AsOf;
import org.neo4j.driver.TransactionContext;

/**
 * The database's share of the API's questions, exactly as the API runs it (for every dependency type, without
 * {@code knownAt}): the main Cypher statement with its parameters, or for the walks and paths their statements in
 * turn.
 * For callers that time the database's share of an answer: the benchmark runs these through the driver beside the
 * same question over HTTP.
 */
public final class QueryStatements {

    /** A Cypher statement and its parameters. */
    public record Statement(String cypher, Map<String, Object> parameters) {
    }

    private QueryStatements() {
    }

    /** The database's share of a question: its statements, run in a read transaction; returns the rows found. */
    public interface Direct {
        int askIn(TransactionContext tx);
    }

    /** A single statement as a question. */
    public static Direct of(Statement statement) {
        return tx -> tx.run(statement.cypher(), statement.parameters()).list().size();
    }

    /**
     * {@code GET /api/entities/{id}/dependencies?depth=&asOf=}: the walk, level by level, with the properties and the
     * evidence of the edges on its paths; {@code asOf} may be null, {@code limit} is
     * {@code aigraph.query.max-results} (the walk, like the API's, looks for one more).
     */
    public static Direct dependencies(String id, int depth, PartialDate asOf, int limit) {
        return tx -> GraphQueries.walkWithEvidence(tx, id, depth, Dependency.all(), AsOf.of(asOf, null),
                true, limit + 1).walk().reached().size();
    }

    /** {@code GET /api/entities/{id}/exposure?depth=&asOf=}; {@code asOf} may be null. */
    public static Direct exposure(String id, int depth, PartialDate asOf, int limit) {
        return tx -> GraphQueries.walkWithEvidence(tx, id, depth, Dependency.all(), AsOf.of(asOf, null),
                false, limit + 1).walk().reached().size();
    }

    /** {@code GET /api/paths?from=&to=&maxHops=&limit=} over every relation type. */
    public static Direct paths(String from, String to, int maxHops, int limit) {
        // The API asks for one more than the limit, to tell a cut answer from a complete one.
        return tx -> GraphQueries.shortestPaths(tx, from, to, maxHops, List.of(RelationType.values()), AsOf.ALWAYS,
                limit + 1).size();
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
