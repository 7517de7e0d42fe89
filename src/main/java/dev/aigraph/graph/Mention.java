package dev.aigraph.graph;

import java.util.Objects;

/**
 * An entity as a fact names it, before resolution: the name a statement or article used, and the kind it must be if
 * the text says (null when only the relation's role hints at it).
 */
public record Mention(String name, EntityKind kind) {

    public Mention {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("an entity name cannot be empty");
        }
    }

    public static Mention of(String name) {
        return new Mention(name, null);
    }
}
