package dev.aigraph.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import dev.aigraph.AigraphApplication;
import dev.aigraph.embedded.EmbeddedNeo4j;
import dev.aigraph.security.ApiKeyException;
import dev.aigraph.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The server deployment, without Docker: the app gets exactly the environment docker-compose.yml gives its container,
 * with the Neo4j address, password and API key swapped for the test run's own, and must run against it; without an API
 * key it must refuse to start.
 */
class ServerModeTest {

    private static final Path COMPOSE_FILE = Path.of("docker-compose.yml");

    @Test
    void composeFileRunsNeo4jWithAuthHealthcheckAndAVolumeAndTheAppInServerMode() {
        JsonNode compose = YAMLMapper.shared().readTree(COMPOSE_FILE.toFile());
        JsonNode neo4j = compose.path("services").path("neo4j");
        JsonNode app = compose.path("services").path("app");

        String embeddedLine = System.getProperty("aigraph.test.neo4j-version", "5.26").replaceAll("^(\\d+\\.\\d+).*", "$1");
        assertThat(neo4j.path("image").asString()).startsWith("neo4j:" + embeddedLine).endsWith("-community");
        assertThat(neo4j.path("environment").path("NEO4J_AUTH").asString())
                .isEqualTo("neo4j/${NEO4J_PASSWORD:-change-me-please}");
        assertThat(neo4j.path("healthcheck").path("test").isArray()).isTrue();
        assertThat(neo4j.path("ports").valueStream().map(JsonNode::asString))
                .contains("127.0.0.1:7474:7474", "127.0.0.1:7687:7687");
        String volume = neo4j.path("volumes").get(0).asString();
        assertThat(volume).endsWith(":/data");
        assertThat(compose.path("volumes").has(volume.substring(0, volume.indexOf(':')))).isTrue();

        assertThat(app.path("build").asString()).isEqualTo(".");
        assertThat(app.path("depends_on").path("neo4j").path("condition").asString()).isEqualTo("service_healthy");
        assertThat(app.path("environment").path("SPRING_NEO4J_AUTHENTICATION_PASSWORD").asString())
                .isEqualTo("${NEO4J_PASSWORD:-change-me-please}");
        assertThat(app.path("environment").path("AIGRAPH_API_KEY").asString())
                .as("required from the environment, never a default in the file").startsWith("${AIGRAPH_API_KEY:?");
        assertThat(app.path("ports").get(0).asString()).isEqualTo("127.0.0.1:8080:8080");
    }

    @Test
    void appStartedWithTheComposeEnvironmentRunsAgainstARemoteNeo4jServer() throws Exception {
        var server = TestNeo4j.connection();
        Map<String, Object> environment = composeAppEnvironment();
        assertThat(environment).containsEntry("AIGRAPH_EMBEDDED_ENABLED", "false")
                .containsEntry("SPRING_NEO4J_URI", "bolt://neo4j:7687");
        environment.put("SPRING_NEO4J_URI", server.boltUri().toString());
        environment.put("SPRING_NEO4J_AUTHENTICATION_PASSWORD", server.password());
        environment.put("AIGRAPH_API_KEY", "a-key-from-the-deployment-environment");
        environment.put("SERVER_ADDRESS", "127.0.0.1");
        environment.put("SERVER_PORT", "0");
        environment.put("AIGRAPH_SAMPLE_DATA_ENABLED", "false");

        var springEnvironment = new StandardEnvironment();
        springEnvironment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("compose", environment));
        try (var context = new SpringApplicationBuilder(AigraphApplication.class).environment(springEnvironment).run()) {
            assertThat(context.getBeanNamesForType(EmbeddedNeo4j.class)).isEmpty();

            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode neo4j = JsonMapper.shared().readTree(response.body()).path("components").path("neo4j");
            assertThat(neo4j.path("status").asString()).isEqualTo("UP");
            assertThat(neo4j.path("details").path("server").asString())
                    .endsWith("@" + server.boltUri().getHost() + ":" + server.boltUri().getPort());
        }
    }

    @Test
    void serverModeWithoutAnApiKeyRefusesToStartSayingWhatToSet() {
        var server = TestNeo4j.connection();
        var start = new SpringApplicationBuilder(AigraphApplication.class);
        assertThatThrownBy(() -> start.run("--aigraph.embedded.enabled=false", "--server.port=0",
                "--aigraph.sample-data.enabled=false", "--aigraph.security.api-key=",
                "--spring.neo4j.uri=" + server.boltUri(),
                "--spring.neo4j.authentication.password=" + server.password()).close())
                .hasRootCauseInstanceOf(ApiKeyException.class)
                .rootCause().hasMessageContaining("No API key is set").hasMessageContaining("server mode");
    }

    private static Map<String, Object> composeAppEnvironment() {
        JsonNode environment = YAMLMapper.shared().readTree(COMPOSE_FILE.toFile())
                .path("services").path("app").path("environment");
        var variables = new HashMap<String, Object>();
        environment.properties().forEach(entry -> variables.put(entry.getKey(), entry.getValue().asString()));
        return variables;
    }
}
