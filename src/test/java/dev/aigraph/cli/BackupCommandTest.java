package dev.aigraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.aigraph.ingest.IngestionService;
import dev.aigraph.support.AigraphTest;
import dev.aigraph.support.Api;
import dev.aigraph.support.CommandLineRun;
import dev.aigraph.support.GraphContent;
import dev.aigraph.support.GraphFixture;
import dev.aigraph.support.SecondStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code aigraph backup FILE} and {@code aigraph restore FILE} as a user types them: a backup of the test server
 * restored into a new embedded store ({@code --aigraph.embedded.data-dir}) is the same graph; a database that holds a
 * graph and a bad file exit 2 writing nothing, a database that cannot be opened exits 1.
 */
@AigraphTest
class BackupCommandTest {

    @TempDir
    Path folder;

    private final Driver driver;
    private final GraphFixture graph;
    private final IngestionService ingestion;
    private final Api api;

    BackupCommandTest(@Autowired Driver driver, @Autowired IngestionService ingestion, @LocalServerPort int port) {
        this.driver = driver;
        this.graph = new GraphFixture(driver);
        this.ingestion = ingestion;
        this.api = new Api(port);
    }

    @Test
    void aBackupRestoredIntoANewStoreIsTheSameGraphAndBadInputExits2() throws Exception {
        graph.loadEveryKind(ingestion, api);
        GraphContent before = GraphContent.of(driver);
        Path file = folder.resolve("graph.jsonl");

        var backup = CommandLineRun.of("backup", file.toString());
        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("nodes and").contains("relationships written to " + file);
        assertThat(Files.exists(folder.resolve("graph.jsonl.partial"))).isFalse();

        var intoServer = CommandLineRun.of("restore", file.toString());
        assertThat(intoServer.exit()).isEqualTo(2);
        assertThat(intoServer.err()).contains("already holds a graph").contains("nothing was written");
        assertThat(GraphContent.of(driver).checksum()).isEqualTo(before.checksum());

        Path store = folder.resolve("restored-store");
        var restore = CommandLineRun.onStore(store, "restore", file.toString());
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("restore: " + before.lines().stream().filter(l -> !l.contains("]->("))
                .count() + " nodes and");

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Path cut = folder.resolve("cut.jsonl");
        Files.write(cut, lines.subList(0, lines.size() / 2), StandardCharsets.UTF_8);
        var badFile = CommandLineRun.onStore(folder.resolve("another-store"), "restore", cut.toString());
        assertThat(badFile.exit()).isEqualTo(2);
        assertThat(badFile.err()).contains("cut.jsonl: line " + (lines.size() / 2 + 1) + ": ")
                .contains("nothing was written").doesNotContain("Exception");

        var noDatabase = CommandLineRun.run(List.of("restore", file.toString(), "--uri", "bolt://127.0.0.1:1"));
        assertThat(noDatabase.exit()).isEqualTo(1);
        assertThat(noDatabase.err()).contains("Could not open the database");

        try (var restored = SecondStore.open(store)) {
            GraphContent after = GraphContent.of(restored.driver());
            assertThat(after.counts()).isEqualTo(before.counts());
            assertThat(after.checksum()).isEqualTo(before.checksum());
            assertThat(new GraphFixture(restored.driver()).count("MATCH (n:Entity) RETURN count(n)"))
                    .isEqualTo(before.nodes("Entity")).isPositive();
        }
    }
}
