package dev.aigraph.backup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Writes the whole graph — every node and relationship aigraph makes, with all properties, but not the schema
 * migrations' bookkeeping — to a backup file (see {@link BackupLine}). The nodes and relationships stream through
 * the driver as they are written, so a graph of millions of facts needs no more memory than a small one.
 */
@Component
public class GraphBackup {

    private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

    // neo4j-migrations keeps its history as :__Neo4jMigration nodes (and a lock node); that is the schema's, which
    // the migrations rebuild on the restored database.
    static final String PRODUCT_NODE = "NOT any(label IN labels(%s) WHERE label STARTS WITH '__Neo4jMigration')";

    private static final String COUNT = """
            MATCH (n) WHERE %s
            WITH count(n) AS nodes
            RETURN nodes, COUNT { MATCH (a)-[]->(b) WHERE %s AND %s } AS relationships"""
            .formatted(PRODUCT_NODE.formatted("n"), PRODUCT_NODE.formatted("a"), PRODUCT_NODE.formatted("b"));

    private static final String NODES = """
            MATCH (n) WHERE %s
            RETURN labels(n) AS labels, properties(n) AS properties""".formatted(PRODUCT_NODE.formatted("n"));

    // Both possible key properties: which one names the end depends on its labels, decided by the Vocabulary.
    private static final String RELATIONSHIPS = """
            MATCH (a)-[r]->(b) WHERE %s AND %s
            RETURN type(r) AS type, labels(a) AS fromLabels, a.id AS from_id, a.key AS from_key,
                   labels(b) AS toLabels, b.id AS to_id, b.key AS to_key, properties(r) AS properties"""
            .formatted(PRODUCT_NODE.formatted("a"), PRODUCT_NODE.formatted("b"));

    private static final int PROGRESS_EVERY = 1000;

    private final Driver driver;

    GraphBackup(Driver driver) {
        this.driver = driver;
    }

    /**
     * Writes the backup to {@code out} (which the caller closes), reading in one read transaction. Neo4j isolates
     * transactions at read-committed: a write committed while the backup runs may be half in it, so take a backup
     * while nothing writes (a restore checks every relationship's ends and refuses a file where one is missing).
     *
     * @throws IllegalStateException when the graph holds a label, relationship type or property value that aigraph
     *                               does not write (and a restore could not bring back); the output is then cut
     *                               short, without a trailer
     */
    public GraphCounts write(OutputStream out, Progress progress) throws IOException {
        MessageDigest sha256 = sha256();
        var digested = new DigestOutputStream(out, sha256);
        Writer writer = new BufferedWriter(new OutputStreamWriter(digested, StandardCharsets.UTF_8), 64 * 1024);
        var nodes = new TreeMap<String, Long>();
        var relationships = new TreeMap<String, Long>();
        long lines;
        try (var session = driver.session(READ); var tx = session.beginTransaction()) {
            // An explicit transaction, not a managed one: the driver retries a managed one from the start, and the
            // lines already sent cannot be taken back.
            Record size = tx.run(COUNT).single();
            long total = 2 + size.get("nodes").asLong() + size.get("relationships").asLong();
            line(writer, new BackupLine.Header(version(), Instant.now().toString()).json());
            lines = 1;
            progress.step(Progress.Stage.BACKUP, lines, total);
            lines = writeNodes(tx, writer, nodes, lines, total, progress);
            lines = writeRelationships(tx, writer, relationships, lines, total, progress);
            writer.flush();
            digested.on(false);
            var trailer = new BackupLine.Trailer(lines, new GraphCounts(nodes, relationships),
                    HexFormat.of().formatHex(sha256.digest()));
            line(writer, trailer.json());
            writer.flush();
            progress.step(Progress.Stage.BACKUP, lines + 1, lines + 1);
            return trailer.counts();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static long writeNodes(Transaction tx, Writer writer, Map<String, Long> counts, long lines, long total,
                                   Progress progress) {
        var result = tx.run(NODES);
        while (result.hasNext()) {
            Record record = result.next();
            List<String> labels = record.get("labels").asList(Value::asString);
            Map<String, Object> properties = record.get("properties").asMap();
            String keyLabel = keyLabel(labels, properties);
            Object key = properties.get(Vocabulary.keyProperty(keyLabel));
            String owner = keyLabel + " '" + key + "'";
            if (!(key instanceof String)) {
                throw new IllegalStateException("the " + owner + " has no " + Vocabulary.keyProperty(keyLabel)
                        + " string, so a relationship could not name it");
            }
            line(writer, new BackupLine.Node(keyLabel, labels, (String) key,
                    PropertyValues.encode(properties, owner)).json());
            labels.forEach(label -> counts.merge(label, 1L, Long::sum));
            lines = step(lines, total, progress);
        }
        return lines;
    }

    private static long writeRelationships(Transaction tx, Writer writer, Map<String, Long> counts, long lines,
                                           long total, Progress progress) {
        var result = tx.run(RELATIONSHIPS);
        while (result.hasNext()) {
            Record record = result.next();
            String type = record.get("type").asString();
            if (!Vocabulary.isType(type)) {
                throw new IllegalStateException("the graph holds a relationship of type " + type + ", which aigraph "
                        + "does not write and a backup cannot restore (known: " + Vocabulary.knownTypes() + ")");
            }
            String fromLabel = keyLabel(record.get("fromLabels").asList(Value::asString), "the start of a " + type);
            String toLabel = keyLabel(record.get("toLabels").asList(Value::asString), "the end of a " + type);
            String from = key(record, "from", fromLabel);
            String to = key(record, "to", toLabel);
            String owner = "the " + type + " from " + fromLabel + " '" + from + "' to " + toLabel + " '" + to + "'";
            line(writer, new BackupLine.Relationship(type, fromLabel, from, toLabel, to,
                    PropertyValues.encode(record.get("properties").asMap(), owner)).json());
            counts.merge(type, 1L, Long::sum);
            lines = step(lines, total, progress);
        }
        return lines;
    }

    /** The key label of a node, which must have only labels aigraph writes; {@code node} describes it if not. */
    private static String keyLabel(List<String> labels, Object node) {
        try {
            return Vocabulary.keyLabel(labels);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalStateException("the graph holds a node that a backup could not restore ("
                    + unknown.getMessage() + "): " + node);
        }
    }

    private static String key(Record record, String end, String keyLabel) {
        return record.get(end + "_" + Vocabulary.keyProperty(keyLabel)).asString();
    }

    private static long step(long lines, long total, Progress progress) {
        long done = lines + 1;
        if (done % PROGRESS_EVERY == 0) {
            progress.step(Progress.Stage.BACKUP, done, total);
        }
        return done;
    }

    private static void line(Writer writer, Map<String, Object> json) {
        try {
            writer.write(BackupLine.JSON.writeValueAsString(json));
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String version() {
        String version = GraphBackup.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
