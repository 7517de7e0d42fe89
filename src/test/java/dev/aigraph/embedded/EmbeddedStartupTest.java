package dev.aigraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import dev.aigraph.AigraphApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The start-up contract of the embedded default: Bolt answers, HTTP serves Neo4j Browser, the schema is applied,
 * health is UP (and not before the start-up work, such as loading the sample data, is done), a restart on the same
 * store keeps the data, everything listens on loopback only, and writes need the API key generated into the store.
 * Runs on free ports so a dev instance can stay up.
 */
class EmbeddedStartupTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path store;

    @Test
    void embeddedDefaultServesBoltBrowserSchemaAndHealthAndKeepsDataAndApiKeyAcrossRestarts() throws Exception {
        String statement = "Microsoft invested $13B in OpenAI";
        try (var app = start()) {
            var neo4j = app.getBean(EmbeddedNeo4j.class);
            assertThat(neo4j.boltUri().getHost()).isEqualTo("127.0.0.1");

            try (var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
                var constraints = driver.executableQuery("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names")
                        .execute().records().get(0).get("names").asList(Value::asString);
                assertThat(constraints).contains("entity_id", "source_id", "claim_id");
                driver.executableQuery("CREATE (:Marker {name: 'survives restart'})").execute();
                var listening = driver.executableQuery("""
                                SHOW SETTINGS YIELD name, value
                                WHERE name IN ['server.bolt.listen_address', 'server.http.listen_address']
                                RETURN collect(value) AS addresses""")
                        .execute().records().get(0).get("addresses").asList(Value::asString);
                assertThat(listening).as("Bolt and HTTP listen on loopback").hasSize(2)
                        .allSatisfy(address -> assertThat(address).startsWith("127.0.0.1:"));
            }
            assertThat(app.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");

            var browser = get(neo4j.browserUri().orElseThrow());
            assertThat(browser.statusCode()).isEqualTo(200);
            assertThat(browser.body()).contains("<title>Neo4j Browser</title>");

            JsonNode health = JsonMapper.shared().readTree(get(apiUri(app, "/actuator/health")).body());
            assertThat(health.path("status").asString()).isEqualTo("UP");
            assertThat(health.path("components").path("neo4j").path("status").asString()).isEqualTo("UP");

            Path keyFile = store.resolve("api-key");
            assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            String key = Files.readString(keyFile).strip();
            assertThat(key).hasSize(43);
            assertThat(post(apiUri(app, "/api/statements"), statement, null).statusCode()).isEqualTo(401);
            assertThat(post(apiUri(app, "/api/statements"), statement, key).statusCode()).isEqualTo(200);
        }

        try (var restarted = start()) {
            var neo4j = restarted.getBean(EmbeddedNeo4j.class);
            try (var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
                long markers = driver.executableQuery("MATCH (m:Marker {name: 'survives restart'}) RETURN count(m)")
                        .execute().records().get(0).get(0).asLong();
                assertThat(markers).isEqualTo(1);
            }
            String key = Files.readString(store.resolve("api-key")).strip();
            assertThat(post(apiUri(restarted, "/api/statements"), statement, key).statusCode())
                    .as("the generated key is kept").isEqualTo(200);
        }
    }

    @Test
    void healthSaysUpOnlyOnceTheStartUpWorkSuchAsLoadingTheSampleDataIsDone() throws Exception {
        // The sample data is loaded by a start-up runner, after the web server is already answering: a runner that
        // asks for health sees what a client polling during the load sees.
        var duringStartUp = new AtomicReference<HttpResponse<String>>();
        ApplicationContextInitializer<ConfigurableApplicationContext> probe = context ->
                ((GenericApplicationContext) context).registerBean("healthProbe", ApplicationRunner.class,
                        () -> arguments -> duringStartUp.set(get(apiUri(context, "/actuator/health"))));
        try (var app = start(probe)) {
            assertThat(duringStartUp.get().statusCode()).isEqualTo(503);
            assertThat(JsonMapper.shared().readTree(duringStartUp.get().body()).path("status").asString())
                    .isEqualTo("OUT_OF_SERVICE");
            var ready = get(apiUri(app, "/actuator/health"));
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(JsonMapper.shared().readTree(ready.body()).path("components").path("readinessState")
                    .path("status").asString()).isEqualTo("UP");
        }
    }

    @Test
    void aSecondInstanceOnTheSameStoreIsRefusedWithAClearMessage() {
        try (var first = start()) {
            assertThatThrownBy(() -> EmbeddedNeo4j.start(first.getBean(EmbeddedNeo4jProperties.class)))
                    .isInstanceOf(EmbeddedNeo4jStartException.class)
                    .hasMessageContaining(store.toString())
                    .hasMessageContaining("in use by another process");
        }
    }

    @Test
    void withAPasswordBoltRequiresIt() {
        try (var app = start("--aigraph.embedded.password=s3cret-for-test")) {
            var bolt = app.getBean(EmbeddedNeo4j.class).boltUri();
            try (var anonymous = GraphDatabase.driver(bolt, AuthTokens.none())) {
                assertThatThrownBy(anonymous::verifyConnectivity).hasMessageContaining("auth");
            }
            try (var authenticated = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", "s3cret-for-test"))) {
                authenticated.verifyConnectivity();
            }
        }
    }

    private ConfigurableApplicationContext start(String... extra) {
        return start(context -> { }, extra);
    }

    private ConfigurableApplicationContext start(
            ApplicationContextInitializer<ConfigurableApplicationContext> initializer, String... extra) {
        var args = new ArrayList<>(List.of(
                "--server.port=0",
                "--aigraph.embedded.data-dir=" + store,
                "--aigraph.embedded.bolt-port=0",
                "--aigraph.embedded.http-port=0",
                "--aigraph.embedded.page-cache=64MB",
                "--aigraph.sample-data.enabled=false"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(AigraphApplication.class).initializers(initializer)
                .run(args.toArray(String[]::new));
    }

    private static URI apiUri(ConfigurableApplicationContext app, String path) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> post(URI uri, String statements, String key) throws Exception {
        var request = HttpRequest.newBuilder(uri).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(statements));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
