package dev.aigraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.aigraph.support.AigraphTest;
import dev.aigraph.support.Api;
import dev.aigraph.support.CommandLineRun;
import dev.aigraph.support.GraphFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The ways in: {@code POST /api/statements}, {@code POST /api/facts}, merges, and the ingest command. */
@AigraphTest
class IngestApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    GraphFixture graph;
    Api api;

    @BeforeEach
    void emptyGraph() {
        graph = new GraphFixture(driver);
        graph.clear();
        api = new Api(port);
    }

    @Test
    void plainTextStatementsAnswerWithPerLineResults() throws Exception {
        var response = api.post("/api/statements?source=https://example.com/n1&published=2025-02", "text/plain",
                "# header\nMicrosoft invested $13B in OpenAI since 2019\nAcme AI runs on Azure\n");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("written").asBoolean()).isTrue();
        assertThat(body.get("results").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(body.get("results").get(0).get("status").asString()).isEqualTo("written");
        assertThat(body.get("results").get(0).get("facts").get(0).get("subject").asString()).isEqualTo("microsoft");
        assertThat(body.get("entitiesCreated").get(0).get("id").asString()).isEqualTo("acme-ai");
        assertThat(graph.count("MATCH (s:Source {id: 'https://example.com/n1', published: '2025-02'}) "
                + "RETURN count(s)")).isOne();
    }

    @Test
    void anInvalidLineAnswers422WithLineColumnAndReasonAndWritesNothing() throws Exception {
        var response = api.post("/api/statements", "text/plain", "Microsoft invested $13B in OpenAI\n"
                + "OpenAI bought compute from Oracle from 2032 to 2027\n");

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode error = JSON.readTree(response.body()).get("errors").get(0);
        assertThat(error.get("line").asInt()).isEqualTo(2);
        assertThat(error.get("column").asInt()).isEqualTo(35);
        assertThat(error.get("reason").asString()).contains("before the start");
        assertThat(graph.count("MATCH (n) WHERE NOT n:__Neo4jMigration RETURN count(n)")).isZero();
    }

    @Test
    void jsonStatementsAndJsonFactsAreAccepted() throws Exception {
        var statements = api.post("/api/statements", "application/json",
                "{\"statements\": [\"OpenAI partners with Oracle\"], \"source\": {\"id\": \"s1\", \"lang\": \"en\"}}");
        assertThat(statements.statusCode()).isEqualTo(200);
        var misspelt = api.post("/api/statements", "application/json",
                "{\"statements\": [\"OpenAI partners with Oracle\"], \"sorce\": {\"id\": \"s1\"}}");
        assertThat(misspelt.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(misspelt.body()).get("detail").asString()).startsWith("unknown field 'sorce'")
                .contains("source");

        var facts = api.post("/api/facts", "application/json", "[{\"subject\": \"NVIDIA\", \"relation\": \"SUPPLIES\", "
                + "\"object\": \"OpenAI\", \"source\": \"s2\"}]");
        assertThat(facts.statusCode()).isEqualTo(200);
        assertThat(graph.count("MATCH (:Entity {id: 'nvidia'})-[r:SUPPLIES]->(:Entity {id: 'openai'}) "
                + "RETURN count(r)")).isOne();

        var invalid = api.post("/api/facts", "application/x-ndjson", "{\"subject\": \"NVIDIA\"}\n{not json\n");
        assertThat(invalid.statusCode()).isEqualTo(422);
        JsonNode errors = JSON.readTree(invalid.body()).get("errors");
        assertThat(errors.get(0).get("field").asString()).isEqualTo("object");
        assertThat(errors.get(errors.size() - 1).get("line").asInt()).isEqualTo(2);
        assertThat(errors.get(errors.size() - 1).get("reason").asString()).startsWith("not JSON");
    }

    @Test
    void aTooLargeBodyIsRefusedWith413() throws Exception {
        var response = api.post("/api/statements", "text/plain", "Microsoft partners with OpenAI\n".repeat(400_000));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("max-body-bytes");
        assertThat(graph.count("MATCH (e:Entity) RETURN count(e)")).isZero();
    }

    @Test
    void mergeAnswers404ForAnUnknownEntity() throws Exception {
        api.post("/api/statements", "text/plain", "Open AI Inc runs on Azure\nOpenAI Global runs on Azure\n");
        var unknown = api.post("/api/entities/merge", "application/json",
                "{\"from\": \"nobody\", \"into\": \"openai\"}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        var merged = api.post("/api/entities/merge", "application/json",
                "{\"from\": \"openai-global\", \"into\": \"openai\"}");
        assertThat(merged.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(merged.body()).get("claimsMoved").asInt()).isOne();
    }

    @Test
    void theIngestCommandWritesAFileAndRejectsAnInvalidOne(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("deals.txt"), "Microsoft invested $13B in OpenAI\n");
        Path bad = Files.writeString(dir.resolve("bad.txt"), "Microsoft likes OpenAI\n");

        var run = CommandLineRun.of("ingest", good.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("deals.txt: 1 statements, 1 facts");
        assertThat(graph.count("MATCH (:Source {id: 'deals.txt'})<-[:STATED_IN]-(c:Claim) RETURN count(c)")).isOne();

        assertThat(CommandLineRun.of("ingest", bad.toString()).exit()).isEqualTo(2);
    }
}
