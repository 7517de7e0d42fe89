package dev.aigraph.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.stereotype.Component;

/**
 * Brings a backup file back into an empty database. The whole file is checked first — every line's shape, labels,
 * types and values, the order of its parts, and the trailer's line count, counts and checksum — so a bad file writes
 * nothing; then it is written in batches of {@code UNWIND … CREATE}, each a managed write transaction the driver
 * retries on transient errors. Labels, types and key properties come from the {@link Vocabulary}, never from the
 * file unchecked. Should the database fail midway, what was written is deleted again.
 */
@Component
public class GraphRestore {

    // A database whose schema migrations ran, but that holds nothing else, is empty.
    private static final String HOLDS_GRAPH = """
            RETURN EXISTS { MATCH (n) WHERE %s } AS holdsGraph""".formatted(GraphBackup.PRODUCT_NODE.formatted("n"));

    // Labels from the Vocabulary (checked in BackupLine), joined with ':'.
    private static final String CREATE_NODES = """
            UNWIND $rows AS properties
            CREATE (n:%s)
            SET n = properties
            RETURN count(n) AS created""";

    // Key labels, key properties and the type from the Vocabulary. MATCH on a constraint-backed key: an index seek.
    private static final String CREATE_RELATIONSHIPS = """
            UNWIND $rows AS row
            MATCH (a:%s {%s: row.from})
            MATCH (b:%s {%s: row.to})
            CREATE (a)-[r:%s]->(b)
            SET r = row.properties
            RETURN count(r) AS created""";

    // The database held no graph when the restore began, so every node in it now is the restore's. In batches, in
    // transactions of their own, so a large graph does not need one huge transaction to go.
    private static final String DELETE_RESTORED = """
            MATCH (n) WHERE %s
            CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"""
            .formatted(GraphBackup.PRODUCT_NODE.formatted("n"));

    static final int BATCH = 2000;
    private static final int PROGRESS_EVERY = 1000;

    private final Driver driver;
    private final AtomicBoolean restoring = new AtomicBoolean();

    GraphRestore(Driver driver) {
        this.driver = driver;
    }

    /**
     * Restores the backup in {@code file} into this database, which must hold no graph.
     *
     * @throws DatabaseNotEmptyException when the database holds a node (the schema migrations' aside), or another
     *                                   restore runs
     * @throws BackupFileException       when the file is not a whole, unchanged backup; nothing is written
     * @throws RestoreFailedException    when the database failed while writing; the message says what became of
     *                                   what was written
     */
    public GraphCounts restore(Path file, Progress progress) throws IOException {
        if (!restoring.compareAndSet(false, true)) {
            throw new DatabaseNotEmptyException("another restore is writing into this database; wait until it ends");
        }
        try {
            requireEmpty();
            BackupLine.Trailer trailer = check(file, progress);
            requireEmpty();
            write(file, trailer, progress);
            return trailer.counts();
        } finally {
            restoring.set(false);
        }
    }

    /**
     * Refuses a database that holds a graph; a restore does so itself, and a caller may too before it receives a
     * large file.
     *
     * @throws DatabaseNotEmptyException saying so
     */
    public void requireEmpty() {
        boolean holdsGraph = driver.executableQuery(HOLDS_GRAPH).execute().records().get(0).get("holdsGraph")
                .asBoolean();
        if (holdsGraph) {
            throw new DatabaseNotEmptyException("the database already holds a graph; a restore goes into an empty "
                    + "database only (a new data directory, or a server database emptied first), so that the result "
                    + "is the backup's graph and nothing else");
        }
    }

    /** Reads the whole file as a restore would, writing nothing; returns its trailer. */
    private static BackupLine.Trailer check(Path file, Progress progress) throws IOException {
        MessageDigest sha256 = GraphBackup.sha256();
        var nodes = new TreeMap<String, Long>();
        var relationships = new TreeMap<String, Long>();
        BackupLine.Trailer trailer = null;
        boolean inRelationships = false;
        progress.step(Progress.Stage.CHECK, 0, -1);
        try (var lines = new LineReader(Files.newInputStream(file))) {
            for (String text = lines.next(); text != null; text = lines.next()) {
                long number = lines.number();
                if (trailer != null) {
                    throw new BackupFileException(number, "a line after the trailer (line " + (number - 1) + ") "
                            + "that ends the backup");
                }
                BackupLine line = BackupLine.parse(text, number);
                boolean header = line instanceof BackupLine.Header;
                if (header != (number == 1)) {
                    throw new BackupFileException(number, number == 1 ? "the file does not begin with the header "
                            + "of an aigraph backup ({\"format\":\"" + BackupLine.FORMAT + "\",…})"
                            : "a second header: a backup has one, on its first line");
                }
                if (line instanceof BackupLine.Node node) {
                    if (inRelationships) {
                        throw new BackupFileException(number, "a node after the relationships; a backup lists "
                                + "every node first");
                    }
                    node.labels().forEach(label -> nodes.merge(label, 1L, Long::sum));
                } else if (line instanceof BackupLine.Relationship relationship) {
                    inRelationships = true;
                    relationships.merge(relationship.type(), 1L, Long::sum);
                } else if (line instanceof BackupLine.Trailer last) {
                    trailer = last;
                    verify(last, number, HexFormat.of().formatHex(sha256.digest()),
                            new GraphCounts(nodes, relationships));
                }
                if (trailer == null) {
                    sha256.update(text.getBytes(StandardCharsets.UTF_8));
                    sha256.update((byte) '\n');
                }
                if (number % PROGRESS_EVERY == 0) {
                    progress.step(Progress.Stage.CHECK, number, -1);
                }
            }
            if (trailer == null) {
                long last = lines.number();
                throw new BackupFileException(last + 1, last == 0 ? "the file is empty" : "the file ends after "
                        + "line " + last + " without the trailer that closes a backup: it is cut short (a copy, "
                        + "download or backup that did not finish)");
            }
            progress.step(Progress.Stage.CHECK, lines.number(), lines.number());
        }
        return trailer;
    }

    private static void verify(BackupLine.Trailer trailer, long number, String sha256, GraphCounts counted) {
        if (trailer.lines() != number - 1) {
            throw new BackupFileException(number, "the trailer counts " + trailer.lines() + " lines before it, "
                    + "the file has " + (number - 1) + ": lines were added or removed since the backup");
        }
        if (!trailer.sha256().equals(sha256)) {
            throw new BackupFileException(number, "the SHA-256 of lines 1 to " + (number - 1) + " is " + sha256
                    + ", the trailer says " + trailer.sha256() + ": the file was changed since the backup");
        }
        if (!trailer.counts().equals(counted)) {
            throw new BackupFileException(number, "the file holds " + counted.nodes() + " nodes and "
                    + counted.relationships() + " relationships, the trailer says " + trailer.counts().nodes()
                    + " and " + trailer.counts().relationships());
        }
    }

    /** The relationships of one batch statement: one type between two key labels. */
    private record Ends(String type, String fromLabel, String toLabel) {
    }

    private void write(Path file, BackupLine.Trailer trailer, Progress progress) throws IOException {
        long total = trailer.lines() + 1;
        var nodes = new LinkedHashMap<List<String>, List<Map<String, Object>>>();
        var relationships = new LinkedHashMap<Ends, List<Map<String, Object>>>();
        long number = 0;
        progress.step(Progress.Stage.RESTORE, 0, total);
        try (var lines = new LineReader(Files.newInputStream(file)); var session = driver.session()) {
            for (String text = lines.next(); text != null; text = lines.next()) {
                number = lines.number();
                BackupLine line = BackupLine.parse(text, number);
                if (line instanceof BackupLine.Node node) {
                    var batch = nodes.computeIfAbsent(node.labels(), labels -> new ArrayList<>());
                    batch.add(node.properties());
                    if (batch.size() == BATCH) {
                        createNodes(session, node.labels(), nodes.remove(node.labels()));
                    }
                } else if (line instanceof BackupLine.Relationship relationship) {
                    // Every node is in before the first relationship, which may name any of them.
                    nodes.forEach((labels, batch) -> createNodes(session, labels, batch));
                    nodes.clear();
                    var ends = new Ends(relationship.type(), relationship.fromLabel(), relationship.toLabel());
                    var batch = relationships.computeIfAbsent(ends, e -> new ArrayList<>());
                    batch.add(Map.of("from", relationship.from(), "to", relationship.to(),
                            "properties", relationship.properties()));
                    if (batch.size() == BATCH) {
                        createRelationships(session, ends, relationships.remove(ends));
                    }
                } else if (line instanceof BackupLine.Trailer) {
                    nodes.forEach((labels, batch) -> createNodes(session, labels, batch));
                    relationships.forEach((ends, batch) -> createRelationships(session, ends, batch));
                }
                if (number % PROGRESS_EVERY == 0) {
                    progress.step(Progress.Stage.RESTORE, number, total);
                }
            }
            progress.step(Progress.Stage.RESTORE, total, total);
        } catch (IOException | RuntimeException failure) {
            throw new RestoreFailedException("the restore failed writing the batch that ends at line " + number
                    + " (" + failure.getMessage() + "); " + deleteRestored(), failure);
        }
    }

    private static void createNodes(Session session, List<String> labels, List<Map<String, Object>> rows) {
        String query = CREATE_NODES.formatted(String.join(":", labels));
        session.executeWrite(tx -> tx.run(query, Map.of("rows", rows)).consume());
    }

    private static void createRelationships(Session session, Ends ends, List<Map<String, Object>> rows) {
        String query = CREATE_RELATIONSHIPS.formatted(ends.fromLabel(), Vocabulary.keyProperty(ends.fromLabel()),
                ends.toLabel(), Vocabulary.keyProperty(ends.toLabel()), ends.type());
        long created = session.executeWrite(tx -> tx.run(query, Map.of("rows", rows)).single().get("created")
                .asLong());
        if (created != rows.size()) {
            throw new IllegalStateException((rows.size() - created) + " of " + rows.size() + " " + ends.type()
                    + " relationships name a " + ends.fromLabel() + " or " + ends.toLabel() + " the file does not "
                    + "hold (a backup taken while the graph was being written?)");
        }
    }

    private String deleteRestored() {
        try (var session = driver.session()) {
            session.run(DELETE_RESTORED).consume();
            return "what it had written was deleted again: the database is empty, as it was";
        } catch (RuntimeException failure) {
            return "deleting what it had written failed too (" + failure.getMessage() + "): the database holds part "
                    + "of the backup; empty it (MATCH (n) DETACH DELETE n, or use a new data directory) before "
                    + "restoring again";
        }
    }
}
