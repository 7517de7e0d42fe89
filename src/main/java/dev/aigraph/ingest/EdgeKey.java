package dev.aigraph.ingest;

import java.util.Locale;
import java.util.Optional;

import dev.aigraph.graph.RelationType;

/**
 * Identifies a direct edge: one per subject, relation, object and scope, however many sources report it. Symmetric
 * relations are keyed in a canonical direction so "A partners with B" and "B partners with A" are one edge.
 *
 * @param scope what the relation covers when one pair has several of the same type ("cloud hosting" and "models"
 *              exclusivity); empty when the sources do not distinguish
 */
public record EdgeKey(String subjectId, RelationType relation, String objectId, String scope) {

    static EdgeKey of(String subjectId, RelationType relation, String objectId, String scope) {
        String normalisedScope = scope == null ? "" : scope.strip().toLowerCase(Locale.ROOT);
        if (relation.symmetric() && subjectId.compareTo(objectId) > 0) {
            return new EdgeKey(objectId, relation, subjectId, normalisedScope);
        }
        return new EdgeKey(subjectId, relation, objectId, normalisedScope);
    }

    /**
     * The key whose {@link #value()} is this text ("subject>RELATION>object", and ">scope" when there is one); none
     * when the text is not one.
     */
    public static Optional<EdgeKey> parse(String text) {
        String[] parts = text.split(">", 4);
        if (parts.length < 3 || parts[0].isBlank() || parts[2].isBlank()) {
            return Optional.empty();
        }
        return RelationType.parse(parts[1]).filter(relation -> relation.name().equals(parts[1]))
                .map(relation -> new EdgeKey(parts[0], relation, parts[2], parts.length == 4 ? parts[3] : ""));
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
