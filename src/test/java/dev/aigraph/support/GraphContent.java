package dev.aigraph.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The whole graph as sorted lines of text, one per node and one per relationship, each naming nodes by their natural
 * key ({@code id}, or {@code key} for aliases) rather than by Neo4j's internal ids, with every property in name order;
 * so two databases hold the same graph exactly when their lines (and so their checksums) are equal. Read here
 * independently of any code under test. The migration history is left out.
 *
 * @param counts nodes per label and relationships per type
 */
public record GraphContent(Map<String, Long> counts, List<String> lines) {

    private static final String NODES = """
            MATCH (n) WHERE NOT any(label IN labels(n) WHERE label STARTS WITH '__Neo4jMigration')
            RETURN labels(n) AS labels, coalesce(n.id, n.key) AS key, properties(n) AS properties""";

    private static final String RELATIONSHIPS = """
            MATCH (a)-[r]->(b)
            WHERE NOT any(label IN labels(a) + labels(b) WHERE label STARTS WITH '__Neo4jMigration')
            RETURN coalesce(a.id, a.key) AS from, type(r) AS type, coalesce(b.id, b.key) AS to,
                   properties(r) AS properties""";

    /** Reads every node and relationship with all their properties. */
    public static GraphContent of(Driver driver) {
        return of(driver, Set.of());
    }

    /**
     * Reads every node and relationship, leaving out the properties named; for comparing graphs written at different
     * times (such as {@code createdAt}).
     */
    public static GraphContent of(Driver driver, Set<String> ignoredProperties) {
        var counts = new TreeMap<String, Long>();
        var lines = new ArrayList<String>();
        try (var session = driver.session()) {
            session.executeRead(tx -> {
                for (Record node : tx.run(NODES).list()) {
                    List<String> labels = node.get("labels").asList(Value::asString).stream().sorted().toList();
                    labels.forEach(label -> counts.merge(":" + label, 1L, Long::sum));
                    lines.add("(" + String.join(":", labels) + " " + node.get("key") + " "
                            + properties(node.get("properties"), ignoredProperties) + ")");
                }
                for (Record relationship : tx.run(RELATIONSHIPS).list()) {
                    String type = relationship.get("type").asString();
                    counts.merge("[" + type + "]", 1L, Long::sum);
                    lines.add("(" + relationship.get("from") + ")-[" + type + " "
                            + properties(relationship.get("properties"), ignoredProperties) + "]->("
                            + relationship.get("to") + ")");
                }
                return null;
            });
        }
        lines.sort(null);
        return new GraphContent(counts, List.copyOf(lines));
    }

    private static String properties(Value properties, Collection<String> ignored) {
        return new TreeMap<>(properties.asMap(v -> v)).entrySet().stream()
                .filter(e -> !ignored.contains(e.getKey()))
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** How many nodes carry the label. */
    public long nodes(String label) {
        return counts.getOrDefault(":" + label, 0L);
    }

    /** How many relationships are of the type. */
    public long relationships(String type) {
        return counts.getOrDefault("[" + type + "]", 0L);
    }

    /** A SHA-256 of the lines: equal for equal graphs. */
    public String checksum() {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            lines.forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
