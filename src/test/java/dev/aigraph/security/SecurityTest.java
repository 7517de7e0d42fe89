package dev.aigraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import dev.aigraph.support.AigraphTest;
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
 * The API's defaults: every write endpoint needs the key (401 without it or with a wrong one, and nothing written),
 * reads are open, the actuator shows health and info only, and no foreign page may call the API.
 */
@AigraphTest
class SecurityTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Each write endpoint with a body it accepts. */
    private record Write(String path, String contentType, String body) {
    }

    private static final List<Write> WRITES = List.of(
            new Write("/api/statements", "text/plain", "Microsoft invested $13B in OpenAI"),
            new Write("/api/statements", "application/json", "{\"statements\": [\"OpenAI runs on Azure\"]}"),
            new Write("/api/facts", "application/json",
                    "[{\"subject\": \"NVIDIA\", \"relation\": \"SUPPLIES\", \"object\": \"OpenAI\"}]"),
            new Write("/api/documents", "text/plain", "SoftBank invested $50 million in Veridian AI in 2024."),
            new Write("/api/entities/merge", "application/json", "{\"from\": \"open-ai-global\", \"into\": \"openai\"}"),
            new Write("/api/review/some-proposal/accept", "application/json", ""),
            new Write("/api/review/some-proposal/reject", "application/json", ""));

    private final GraphFixture graph;
    private final Api api;

    SecurityTest(@Autowired Driver driver, @LocalServerPort int port) {
        this.graph = new GraphFixture(driver);
        this.api = new Api(port);
    }

    @BeforeEach
    void emptyGraph() {
        graph.clear();
    }

    @Test
    void everyWriteEndpointAnswers401WithoutTheKeyOrWithAWrongOneAndWritesNothing() throws Exception {
        for (Write write : WRITES) {
            var anonymous = api.anonymous().post(write.path(), write.contentType(), write.body());
            assertUnauthorized(anonymous, write, "needs the API key: send 'Authorization: Bearer <key>'");
            assertThat(problem(anonymous).get("instance").asString()).isEqualTo(write.path());

            var wrong = api.authorization("Bearer not-" + Api.KEY).post(write.path(), write.contentType(),
                    write.body());
            assertUnauthorized(wrong, write, "is not this server's");

            var basic = api.authorization("Basic YWRtaW46YWRtaW4=").post(write.path(), write.contentType(),
                    write.body());
            assertUnauthorized(basic, write, "must be 'Bearer <key>'");
        }
        assertThat(graph.count("MATCH (n) WHERE NOT n:__Neo4jMigration RETURN count(n)")).isZero();
    }

    private static void assertUnauthorized(HttpResponse<String> response, Write write, String detail) {
        assertThat(response.statusCode()).as("%s %s", write.path(), write.contentType()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"aigraph\"");
        assertThat(problem(response).get("detail").asString()).contains(detail);
        assertThat(response.body()).doesNotContain(Api.KEY, "Exception");
    }

    @Test
    void withTheKeyEveryWriteEndpointDoesItsWork() throws Exception {
        for (Write write : WRITES.subList(0, 4)) {
            assertThat(api.post(write.path(), write.contentType(), write.body()).statusCode())
                    .as(write.path()).isEqualTo(200);
        }
        api.post("/api/statements", "text/plain", "Open AI Global runs on Azure");
        assertThat(api.post(WRITES.get(4).path(), WRITES.get(4).contentType(), WRITES.get(4).body()).statusCode())
                .isEqualTo(200);

        List<String> proposals = graph.strings("MATCH (p:Proposal {status: 'pending'}) RETURN p.id ORDER BY p.id");
        assertThat(proposals).hasSizeGreaterThanOrEqualTo(1);
        assertThat(api.post("/api/review/" + proposals.get(0) + "/reject", "application/json", "").statusCode())
                .isEqualTo(200);
        assertThat(api.post("/api/review/" + proposals.get(0) + "/accept", "application/json", "").statusCode())
                .as("already decided, and past the key check").isEqualTo(409);
    }

    @Test
    void readsAreOpenWithoutAKey() throws Exception {
        api.post("/api/statements", "text/plain", "Microsoft invested $13B in OpenAI");
        var anonymous = api.anonymous();
        assertThat(anonymous.get("/api/entities?q=open").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/api/entities/OpenAI/dependencies").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/api/reports").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/api/review").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/api-docs").statusCode()).isEqualTo(200);
    }

    @Test
    void theActuatorShowsHealthAndInfoOnly() throws Exception {
        var anonymous = api.anonymous();
        assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/info").statusCode()).isEqualTo(200);
        for (String hidden : List.of("env", "beans", "configprops", "heapdump", "loggers", "mappings", "shutdown")) {
            assertThat(api.get("/actuator/" + hidden).statusCode()).as(hidden).isEqualTo(404);
        }
        assertThat(JSON.readTree(anonymous.get("/actuator").body()).get("_links").propertyNames())
                .containsExactlyInAnyOrder("self", "health", "health-path", "info");
    }

    @Test
    void aPageOfAnotherOriginGetsNoCorsHeadersFromTheApi() throws Exception {
        var read = api.send(api.request("/api/reports").header("Origin", "https://evil.example"));
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(read.statusCode()).isEqualTo(403);

        var preflight = api.send(api.anonymous().request("/api/statements")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        var browserStyle = api.anonymous().send(api.anonymous().request("/browser/aigraph.grass")
                .header("Origin", "http://localhost:7474"));
        assertThat(browserStyle.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:7474");
    }

    @Test
    void theApiListensOnLoopbackByDefault(@Autowired org.springframework.boot.web.server.autoconfigure.ServerProperties server) {
        assertThat(server.getAddress().isLoopbackAddress()).isTrue();
        assertThat(server.getAddress().getHostAddress()).isEqualTo("127.0.0.1");
    }

    private static JsonNode problem(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
