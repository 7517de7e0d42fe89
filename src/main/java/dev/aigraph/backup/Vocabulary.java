package dev.aigraph.backup;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.aigraph.graph.EntityKind;
import dev.aigraph.graph.RelationType;

/**
 * The labels and relationship types aigraph writes, and the constraint-backed key of each node label: the whitelist a
 * backup is read and written with. A restore puts only these names into Cypher, and a backup refuses a graph holding
 * others, since it could not restore them.
 */
final class Vocabulary {

    // The label every node carries beside any kind label, with the property its uniqueness constraint is on
    // (cypher/migrations V0001, V0002).
    private static final Map<String, String> KEYS = new TreeMap<>(Map.of("Entity", "id", "Source", "id", "Claim",
            "id", "Proposal", "id", "Alias", "key"));

    private static final String ENTITY = "Entity";

    private static final Set<String> KINDS = Arrays.stream(EntityKind.values()).map(EntityKind::label)
            .collect(Collectors.toCollection(TreeSet::new));

    // The direct edges, plus the relationships between entities, claims, sources, aliases and proposals that
    // GraphWriter and ReviewQueue write.
    private static final Set<String> TYPES = new TreeSet<>(List.of("PART_OF", "SUBJECT", "OBJECT", "STATED_IN",
            "ALIAS_OF", "PROPOSED_IN"));

    static {
        Arrays.stream(RelationType.values()).map(RelationType::name).forEach(TYPES::add);
    }

    private Vocabulary() {
    }

    /**
     * The key label of a node with these labels: the one of Entity, Source, Claim, Proposal, Alias it carries.
     *
     * @throws IllegalArgumentException naming the label that is unknown, or saying which combination is not one
     *                                  aigraph makes (an entity may add kind labels; other nodes have one label)
     */
    static String keyLabel(List<String> labels) {
        String key = null;
        for (String label : labels) {
            if (KEYS.containsKey(label)) {
                if (key != null) {
                    throw new IllegalArgumentException("a node labelled both " + key + " and " + label);
                }
                key = label;
            } else if (!KINDS.contains(label)) {
                throw new IllegalArgumentException("the label '" + label + "' is not one aigraph writes (known: "
                        + known() + ")");
            }
        }
        if (key == null) {
            throw new IllegalArgumentException("a node labelled " + labels + " has none of the labels "
                    + KEYS.keySet());
        }
        if (!key.equals(ENTITY) && labels.size() > 1) {
            throw new IllegalArgumentException("a " + key + " node has only that label, not " + labels);
        }
        return key;
    }

    /** Whether {@code label} is the key label of some node, e.g. {@code Entity}. */
    static boolean isKeyLabel(String label) {
        return KEYS.containsKey(label);
    }

    /** The property the label's uniqueness constraint is on: {@code id}, or {@code key} for aliases. */
    static String keyProperty(String keyLabel) {
        return KEYS.get(keyLabel);
    }

    static boolean isType(String type) {
        return TYPES.contains(type);
    }

    static String known() {
        var all = new TreeSet<>(KEYS.keySet());
        all.addAll(KINDS);
        return String.join(", ", all);
    }

    static String knownTypes() {
        return String.join(", ", TYPES);
    }
}
