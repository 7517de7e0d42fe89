package dev.aigraph.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;

import dev.aigraph.ingest.IngestionService;
import dev.aigraph.support.AigraphTest;
import dev.aigraph.support.Api;
import dev.aigraph.support.GraphContent;
import dev.aigraph.support.GraphFixture;
import dev.aigraph.support.SecondStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A backup of a graph holding every kind of node and relationship aigraph makes, restored into a second, empty
 * embedded database, is the same graph (counts and whole-graph checksum, computed independently by
 * {@link GraphContent}); and every file or database a restore must refuse is refused with the line, writing nothing.
 */
@AigraphTest
class BackupRestoreTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static SecondStore target;

    @TempDir
    static Path folder;

    private final Driver source;
    private final GraphFixture graph;
    private final GraphBackup backup;
    private final IngestionService ingestion;
    private final Api api;

    BackupRestoreTest(@Autowired Driver source, @Autowired GraphBackup backup, @Autowired IngestionService ingestion,
                      @LocalServerPort int port) {
        this.source = source;
        this.graph = new GraphFixture(source);
        this.backup = backup;
        this.ingestion = ingestion;
        this.api = new Api(port);
    }

    @BeforeAll
    static void startTarget() {
        target = SecondStore.open(folder.resolve("target-store"));
    }

    @AfterAll
    static void stopTarget() {
        target.close();
    }

    @BeforeEach
    void everyKindInTheSourceNothingInTheTarget() {
        graph.loadEveryKind(ingestion, api);
        new GraphFixture(target.driver()).clear();
    }

    private Path backUp() throws IOException {
        Path file = Files.createTempFile(folder, "backup", ".jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            backup.write(out, Progress.NONE);
        }
        return file;
    }

    private GraphCounts restoreIntoTarget(Path file) throws IOException {
        return new GraphRestore(target.driver()).restore(file, Progress.NONE);
    }

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseIsTheSameGraph() throws IOException {
        GraphContent before = GraphContent.of(source);
        for (String label : List.of("Entity", "Organization", "CloudPlatform", "AIModel", "Product", "Source",
                "Claim", "Proposal", "Alias")) {
            assertThat(before.nodes(label)).as("the source holds :" + label).isPositive();
        }
        for (String type : List.of("SUBJECT", "OBJECT", "STATED_IN", "PROPOSED_IN", "ALIAS_OF", "PART_OF",
                "INVESTED_IN", "RUNS_ON")) {
            assertThat(before.relationships(type)).as("the source holds [" + type + "]").isPositive();
        }

        Path file = backUp();
        GraphCounts restored = restoreIntoTarget(file);
        GraphContent after = GraphContent.of(target.driver());

        assertThat(after.counts()).isEqualTo(before.counts());
        assertThat(after.checksum()).isEqualTo(before.checksum());
        assertThat(restored.nodeCount()).isEqualTo(before.lines().stream().filter(l -> !l.contains("]->(")).count());
        assertThat(restored.relationshipCount()).isEqualTo(before.lines().stream().filter(l -> l.contains("]->("))
                .count());
        // Dates and datetimes come back as such, not as strings that print alike.
        assertThat(new GraphFixture(target.driver()).strings("""
                MATCH (e:Entity) WITH e LIMIT 1
                MATCH ()-[d]->() WHERE d.validFrom IS NOT NULL AND d.firstReported IS NOT NULL WITH e, d LIMIT 1
                MATCH ()-[m]->() WHERE m.amount IS NOT NULL WITH e, d, m LIMIT 1
                MATCH (p:Proposal {status: 'accepted'})
                RETURN valueType(e.createdAt) + ', ' + valueType(d.validFrom) + ', ' + valueType(d.firstReported)
                       + ', ' + valueType(p.decidedAt) + ', ' + valueType(p.confidence) + ', '
                       + valueType(m.amount)"""))
                .containsExactly("ZONED DATETIME NOT NULL, DATE NOT NULL, DATE NOT NULL, ZONED DATETIME NOT NULL, "
                        + "FLOAT NOT NULL, INTEGER NOT NULL");
        System.out.printf("backup round trip: %d nodes, %d relationships, %,d bytes%n", restored.nodeCount(),
                restored.relationshipCount(), Files.size(file));
    }

    @Test
    void aDatabaseThatHoldsAGraphIsRefusedAndLeftAsItWas() throws IOException {
        Path file = backUp();
        String before = GraphContent.of(source).checksum();

        assertThatThrownBy(() -> new GraphRestore(source).restore(file, Progress.NONE))
                .isInstanceOf(DatabaseNotEmptyException.class).hasMessageContaining("already holds a graph");

        assertThat(GraphContent.of(source).checksum()).isEqualTo(before);
    }

    @Test
    void aFileCutShortIsRefusedAtTheLineWhereItsTrailerShouldBe() throws IOException {
        List<String> lines = Files.readAllLines(backUp());
        Path cut = write(lines.subList(0, lines.size() - 1));

        assertRefused(cut, lines.size(), "without the trailer that closes a backup: it is cut short");
    }

    @Test
    void aChangedPropertyIsCaughtByTheChecksumOnTheTrailerLine() throws IOException {
        List<String> lines = Files.readAllLines(backUp());
        int node = indexOf(lines, "\"name\":\"OpenAI\"");
        Path tampered = write(edit(lines, node, line -> line.replace("\"name\":\"OpenAI\"", "\"name\":\"ClosedAI\"")));

        assertRefused(tampered, lines.size(), "the file was changed since the backup");
    }

    @Test
    void anUnknownRelationshipTypeIsRefusedOnItsLine() throws IOException {
        List<String> lines = Files.readAllLines(backUp());
        int relationship = indexOf(lines, "\"type\":\"RUNS_ON\"");
        Path unknown = write(edit(lines, relationship,
                line -> line.replace("RUNS_ON", "OWNS`]->() DETACH DELETE x//")));

        assertRefused(unknown, relationship + 1, "is not one aigraph writes");
    }

    @Test
    void badJsonIsRefusedOnItsLine() throws IOException {
        List<String> lines = Files.readAllLines(backUp());
        Path broken = write(edit(lines, 5, line -> line.substring(0, line.length() / 2)));

        assertRefused(broken, 6, "not JSON");
    }

    @Test
    void anotherFormatVersionIsRefusedOnTheFirstLine() throws IOException {
        List<String> lines = Files.readAllLines(backUp());
        Path later = write(edit(lines, 0, line -> line.replace("\"version\":1", "\"version\":2")));

        assertRefused(later, 1, "version 2 of the backup format; this aigraph reads version 1");
    }

    @Test
    void aFailureWhileWritingDeletesWhatWasWritten() throws IOException {
        // A relationship to a node the file does not hold passes the check (the checksum is made to fit), and fails
        // only once the nodes are written.
        List<String> lines = Files.readAllLines(backUp());
        int subject = indexOf(lines, "\"type\":\"SUBJECT\"");
        List<String> dangling = edit(lines, subject, line -> {
            ObjectNode json = (ObjectNode) JSON.readTree(line);
            json.putArray("to").add("Entity").add("no-such-entity");
            return JSON.writeValueAsString(json);
        });
        Path file = write(resealed(dangling));

        assertThatThrownBy(() -> restoreIntoTarget(file)).isInstanceOf(RestoreFailedException.class)
                .hasMessageContaining("SUBJECT relationships name a Claim or Entity the file does not hold")
                .hasMessageContaining("what it had written was deleted again: the database is empty");

        assertThat(GraphContent.of(target.driver()).lines()).isEmpty();
    }

    private void assertRefused(Path file, long line, String problem) {
        assertThatThrownBy(() -> restoreIntoTarget(file)).isInstanceOfSatisfying(BackupFileException.class, e -> {
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.getMessage()).startsWith("line " + line + ": ").contains(problem);
        });
        assertThat(GraphContent.of(target.driver()).lines()).as("nothing written").isEmpty();
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line holds " + text);
    }

    private static List<String> edit(List<String> lines, int index, UnaryOperator<String> change) {
        var edited = new ArrayList<>(lines);
        edited.set(index, change.apply(lines.get(index)));
        return edited;
    }

    /** The lines with a trailer whose checksum fits them again, as a forger would make it. */
    private static List<String> resealed(List<String> lines) {
        try {
            var sha256 = MessageDigest.getInstance("SHA-256");
            lines.subList(0, lines.size() - 1).forEach(l -> sha256.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
            ObjectNode trailer = (ObjectNode) JSON.readTree(lines.get(lines.size() - 1));
            ((ObjectNode) trailer.get("trailer")).put("sha256", HexFormat.of().formatHex(sha256.digest()));
            return edit(lines, lines.size() - 1, l -> JSON.writeValueAsString(trailer));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path write(List<String> lines) throws IOException {
        Path file = Files.createTempFile(folder, "edited", ".jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
