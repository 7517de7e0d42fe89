package dev.aigraph.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigraph.graph.Source;
import dev.aigraph.ingest.IngestProgress;
import dev.aigraph.ingest.IngestionService;
import dev.aigraph.support.AigraphStrictTest;
import dev.aigraph.support.Api;
import dev.aigraph.support.GraphFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every limit answers with a clear error naming its property, or, for the number of answers, says the answer was
 * cut: body size, items per request, depth, answers per question (the query time limit: {@code ReadOnlyReportsTest}).
 */
@AigraphStrictTest
class LimitsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Driver driver;

    @Autowired
    IngestionService ingestion;

    @LocalServerPort
    int port;

    GraphFixture graph;
    Api api;

    @BeforeEach
    void fourDependenciesOfOpenAi() {
        graph = new GraphFixture(driver);
        graph.clear();
        var seeded = ingestion.ingestFacts("""
                {"subject": "OpenAI", "relation": "RUNS_ON", "object": "Azure"}
                {"subject": "OpenAI", "relation": "BUYS_COMPUTE_FROM", "object": "Oracle"}
                {"subject": "OpenAI", "relation": "BUYS_COMPUTE_FROM", "object": "CoreWeave"}
                {"subject": "NVIDIA", "relation": "SUPPLIES", "object": "OpenAI"}
                """, new Source("seed", null, null, "en", null, null), false, IngestProgress.NONE);
        assertThat(seeded.written()).as(seeded.errors().toString()).isTrue();
        api = new Api(port);
    }

    private long nodes() {
        return graph.count("MATCH (n) WHERE NOT n:__Neo4jMigration RETURN count(n)");
    }

    @Test
    void moreStatementsOrFactsThanMaxItemsAnswer413AndWriteNothing() throws Exception {
        long before = nodes();
        var lines = api.post("/api/statements", "text/plain", "# four\nA1 partners with B1\nA2 partners with B2\n"
                + "A3 partners with B3\nA4 partners with B4\n");
        assertThat(lines.statusCode()).isEqualTo(413);
        assertThat(detail(lines)).isEqualTo("the request holds 4 statements; at most 3 per request "
                + "(aigraph.ingest.max-items): split the input or use the ingest command");

        var list = api.post("/api/statements", "application/json", "{\"statements\": [\"A1 partners with B1\", "
                + "\"A2 partners with B2\", \"A3 partners with B3\", \"A4 partners with B4\"]}");
        assertThat(list.statusCode()).isEqualTo(413);

        String fact = "{\"subject\": \"A\", \"relation\": \"PARTNERS_WITH\", \"object\": \"B\"}";
        var facts = api.post("/api/facts", "application/json", "[" + String.join(",", fact, fact, fact, fact) + "]");
        assertThat(facts.statusCode()).isEqualTo(413);
        assertThat(detail(facts)).startsWith("the request holds 4 facts; at most 3");
        assertThat(nodes()).isEqualTo(before);

        assertThat(api.post("/api/statements", "text/plain", "A1 partners with B1\nA2 partners with B2\n"
                + "A3 partners with B3\n").statusCode()).as("three are allowed").isEqualTo(200);
    }

    @Test
    void aBodyLargerThanMaxBodyBytesAnswers413() throws Exception {
        var response = api.post("/api/documents", "text/plain", "OpenAI runs on Azure. ".repeat(200));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(detail(response)).contains("larger than 4096 bytes (aigraph.ingest.max-body-bytes)");
    }

    @Test
    void aDepthBeyondMaxDepthAnswers400NamingTheLimit() throws Exception {
        var response = api.get("/api/entities/OpenAI/dependencies?depth=3");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(detail(response)).isEqualTo("depth: must be between 1 and 2 (aigraph.query.max-depth), not 3");
        assertThat(api.get("/api/paths?from=Azure&to=Oracle&maxHops=9").statusCode()).isEqualTo(400);
    }

    @Test
    void answersAreCutAtMaxResultsAndSaySo() throws Exception {
        JsonNode dependencies = ok("/api/entities/OpenAI/dependencies?depth=1");
        assertThat(dependencies.get("results").size()).isEqualTo(2);
        assertThat(dependencies.get("truncated").asBoolean()).isTrue();

        JsonNode nvidia = ok("/api/entities/NVIDIA/exposure?depth=1");
        assertThat(nvidia.get("results").size()).isOne();
        assertThat(nvidia.get("truncated").asBoolean()).isFalse();

        JsonNode found = ok("/api/entities?q=o");
        assertThat(found.get("entities").size()).isEqualTo(2);
        assertThat(found.get("truncated").asBoolean()).isTrue();

        JsonNode subgraph = ok("/api/subgraph?focus=OpenAI&depth=1");
        assertThat(subgraph.get("nodes").size()).isEqualTo(2);
        assertThat(subgraph.get("truncated").asBoolean()).isTrue();
        assertThat(subgraph.get("edges").size()).isOne();
    }

    private JsonNode ok(String path) throws Exception {
        var response = api.get(path);
        assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String detail(java.net.http.HttpResponse<String> response) {
        return JSON.readTree(response.body()).get("detail").asString();
    }
}
