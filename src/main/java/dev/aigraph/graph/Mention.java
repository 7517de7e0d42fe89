package dev.aigraph.graph;

import java.util.Objects;

/**
 * An entity as a fact names it, before resolution: the name a statement or article used, and the kind the text gives
 * it (null when only the relation's role hints at it). A new entity gets that kind when the role admits it, else the
 * role's default.
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
