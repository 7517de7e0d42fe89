package dev.aigraph.ingest;

import java.util.Locale;

import dev.aigraph.graph.RelationType;

/**
 * Identifies a direct edge: one per subject, relation, object and scope, however many sources report it. Symmetric
 * relations are keyed in a canonical direction so "A partners with B" and "B partners with A" are one edge.
 *
 * @param scope what the relation covers when one pair has several of the same type ("cloud hosting" and "models"
 *              exclusivity); empty when the sources do not distinguish
 */
record EdgeKey(String subjectId, RelationType relation, String objectId, String scope) {

    static EdgeKey of(String subjectId, RelationType relation, String objectId, String scope) {
        String normalisedScope = scope == null ? "" : scope.strip().toLowerCase(Locale.ROOT);
        if (relation.symmetric() && subjectId.compareTo(objectId) > 0) {
            return new EdgeKey(objectId, relation, subjectId, normalisedScope);
        }
        return new EdgeKey(subjectId, relation, objectId, normalisedScope);
    }

    /** A claim whose two names turned out to be one entity (after a merge): it keeps its evidence but has no edge. */
    boolean selfLoop() {
        return subjectId.equals(objectId);
    }

    /** The value of the edge's {@code key} property and the claims' {@code edge} property. */
    String value() {
        return subjectId + ">" + relation + ">" + objectId + (scope.isEmpty() ? "" : ">" + scope);
    }
}
