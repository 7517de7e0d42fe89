package dev.aigraph.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.aigraph.ingest.IngestionService;
import dev.aigraph.support.AigraphTest;
import dev.aigraph.support.Api;
import dev.aigraph.support.GraphContent;
import dev.aigraph.support.GraphFixture;
import dev.aigraph.support.HostileInputs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/backup} and {@code POST /api/restore}: the key on both, and a round trip over HTTP. */
@AigraphTest
class BackupApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NDJSON = "application/x-ndjson";

    private final Driver driver;
    private final GraphFixture graph;
    private final IngestionService ingestion;
    private final Api api;

    BackupApiTest(@Autowired Driver driver, @Autowired IngestionService ingestion, @LocalServerPort int port) {
        this.driver = driver;
        this.graph = new GraphFixture(driver);
        this.ingestion = ingestion;
        this.api = new Api(port);
    }

    @BeforeEach
    void everyKind() {
        graph.loadEveryKind(ingestion, api);
    }

    @Test
    void bothNeedTheKeyThoughOtherReadsAreOpen() throws Exception {
        var anonymous = api.anonymous();
        assertThat(anonymous.get("/api/reports").statusCode()).as("reads are open").isEqualTo(200);

        var backup = anonymous.get("/api/backup");
        assertThat(backup.statusCode()).isEqualTo(401);
        assertThat(problem(backup).get("detail").asString()).contains("GET /api/backup needs the API key");
        assertThat(backup.body()).doesNotContain("\"labels\"");

        graph.clear();
        var restore = anonymous.post("/api/restore", NDJSON, "{}");
        assertThat(restore.statusCode()).isEqualTo(401);
        assertThat(problem(restore).get("detail").asString()).contains("POST /api/restore needs the API key");
        assertThat(api.authorization("Bearer not-" + Api.KEY).get("/api/backup").statusCode()).isEqualTo(401);
        assertThat(GraphContent.of(driver).lines()).as("nothing restored").isEmpty();
    }

    @Test
    void aBackupPostedBackIntoTheEmptiedDatabaseIsTheSameGraph() throws Exception {
        GraphContent before = GraphContent.of(driver);
        var backup = api.get("/api/backup");
        assertThat(backup.statusCode()).isEqualTo(200);
        assertThat(backup.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith(NDJSON));
        assertThat(backup.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value)
                .contains("attachment; filename=\"aigraph-backup-"));

        var refused = api.post("/api/restore", NDJSON, backup.body());
        assertThat(refused.statusCode()).as("the graph is still there").isEqualTo(409);
        assertThat(problem(refused).get("detail").asString()).contains("already holds a graph");
        assertThat(GraphContent.of(driver).checksum()).isEqualTo(before.checksum());

        graph.clear();
        var restored = api.post("/api/restore", NDJSON, backup.body());
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        GraphContent after = GraphContent.of(driver);
        assertThat(after.counts()).isEqualTo(before.counts());
        assertThat(after.checksum()).isEqualTo(before.checksum());
        JsonNode report = JSON.readTree(restored.body());
        assertThat(report.get("nodes").get("Claim").asLong()).isEqualTo(before.nodes("Claim"));
        assertThat(report.get("relationships").get("STATED_IN").asLong()).isEqualTo(before.relationships("STATED_IN"));
    }

    @Test
    void aBadBodyAnswers400WithTheLineAndWritesNothing() throws Exception {
        String body = api.get("/api/backup").body();
        graph.clear();

        var cut = api.post("/api/restore", NDJSON, body.substring(0, body.lastIndexOf("{\"trailer\"")));
        assertThat(cut.statusCode()).isEqualTo(400);
        long lines = body.lines().count();
        assertThat(problem(cut).get("detail").asString()).contains("nothing was written: line " + lines + ": ")
                .contains("cut short");

        var notJson = api.post("/api/restore", NDJSON, "not a backup\n");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(problem(notJson).get("detail").asString()).contains("line 1: not JSON");
        assertThat(notJson.body()).doesNotContain("Exception");
        assertThat(GraphContent.of(driver).lines()).isEmpty();
    }

    @Test
    void hostileBodiesAnswer400WithTheLineAndWriteNothing() throws Exception {
        List<String> backup = api.get("/api/backup").body().lines().toList();
        graph.clear();
        long seed = Long.getLong("aigraph.fuzz.seed", System.nanoTime());
        var random = new HostileInputs(seed, 1 << 20);
        var failures = new ArrayList<String>();
        for (int i = 0; i < 30; i++) {
            // Half anything, half a real backup with one line replaced by something hostile.
            byte[] body;
            if (i % 2 == 0) {
                body = random.body();
            } else {
                var lines = new ArrayList<>(backup);
                lines.set(1 + i % (lines.size() - 1), i % 4 == 1 ? random.line() : random.json());
                body = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
            }
            var response = api.post("/api/restore", NDJSON, body);
            String detail = response.statusCode() == 400 ? problem(response).get("detail").asString("") : "";
            if (response.statusCode() != 400 || !detail.matches("(?s).*: line \\d+: .+")
                    || response.body().contains("Exception") || !GraphContent.of(driver).lines().isEmpty()) {
                failures.add("try " + i + " -> " + response.statusCode() + " " + response.body());
            }
        }
        assertThat(failures).as("seed %d (-Daigraph.fuzz.seed=%d replays it)", seed, seed).isEmpty();
    }

    private static JsonNode problem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return JSON.readTree(response.body());
    }
}
