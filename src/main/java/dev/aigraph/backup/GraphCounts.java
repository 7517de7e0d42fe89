package dev.aigraph.backup;

import java.util.Map;

/**
 * What a backup holds or a restore wrote.
 *
 * @param nodes         nodes per label ({@code Entity} and {@code Organization} both count an organisation)
 * @param relationships relationships per type
 */
public record GraphCounts(Map<String, Long> nodes, Map<String, Long> relationships) {

    public GraphCounts {
        nodes = Map.copyOf(nodes);
        relationships = Map.copyOf(relationships);
    }

    /** Nodes in all, each counted once by its key label (Entity, Source, Claim, Proposal, Alias). */
    public long nodeCount() {
        return nodes.entrySet().stream().filter(e -> Vocabulary.isKeyLabel(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    public long relationshipCount() {
        return relationships.values().stream().mapToLong(Long::longValue).sum();
    }
}
