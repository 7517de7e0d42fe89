package dev.aigraph.graph;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of entity in the graph; each is a node label beside the common {@code Entity} label. */
public enum EntityKind {
    ORGANIZATION("Organization"),
    PERSON("Person"),
    AI_MODEL("AIModel"),
    PRODUCT("Product"),
    CLOUD_PLATFORM("CloudPlatform"),
    PROJECT("Project"),
    REGION("Region");

    private final String label;

    EntityKind(String label) {
        this.label = label;
    }

    /** The Neo4j label, e.g. {@code CloudPlatform}. */
    public String label() {
        return label;
    }

    /** Accepts the label ({@code AIModel}) or the constant name ({@code ai_model}), case-insensitively. */
    public static Optional<EntityKind> parse(String text) {
        String wanted = text.trim().replace('-', '_').replace(' ', '_');
        return Arrays.stream(values())
                .filter(kind -> kind.label.equalsIgnoreCase(wanted) || kind.name().equalsIgnoreCase(wanted))
                .findFirst();
    }

    @Override
    public String toString() {
        return label.toLowerCase(Locale.ROOT);
    }
}
