package dev.aigraph.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.aigraph.ingest.IngestionService;
import dev.aigraph.support.AigraphTest;
import dev.aigraph.support.Api;
import dev.aigraph.support.CommandLineRun;
import dev.aigraph.support.GraphFixture;
import dev.aigraph.support.HostileInputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Random and malformed input to every write endpoint and the ingest command, on the sample graph. For every try: never
 * a 5xx, never a stack trace or exception name in the answer, a refusal (4xx) says what and where and leaves the graph
 * checksum unchanged, and an input built to be invalid is refused. Cypher-injection strings used as names become
 * plain entity names. The seed is {@code -Daigraph.fuzz.seed} (default below) and every failure names its try.
 */
@AigraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    /** Tries per endpoint and kind of input (anything / built to be invalid). */
    static final int TRIES = 60;

    private static final long SEED = Long.getLong("aigraph.fuzz.seed", 20261129L);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    // A Java stack frame, or a Java or driver exception's name: what must never reach a client.
    private static final Pattern LEAK = Pattern.compile(
            "\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(|Exception\\b|java\\.[a-z]+\\.|org\\.(neo4j|springframework)\\.");

    @Autowired
    Driver driver;

    @LocalServerPort
    int port;

    @Value("${aigraph.ingest.max-body-bytes}")
    long maxBodyBytes;

    GraphFixture graph;
    Api api;

    @BeforeAll
    void theSampleGraph(@Autowired IngestionService ingestion) {
        graph = new GraphFixture(driver);
        graph.loadSample(ingestion);
        api = new Api(port);
    }

    /**
     * One way in: its path and body for a try, which must be refused when {@code refuse} (anything goes otherwise).
     */
    private record Endpoint(String name, String contentType, BiFunction<HostileInputs, Boolean, String> path,
                            BiFunction<HostileInputs, Boolean, byte[]> body) {
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String query(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String json(String text) {
        return JSON.writeValueAsString(text);
    }

    private static byte[] withLine(byte[] body, String line) {
        byte[] tail = utf8("\n" + line + "\n");
        byte[] all = Arrays.copyOf(body, body.length + tail.length);
        System.arraycopy(tail, 0, all, body.length, tail.length);
        return all;
    }

    private static List<Endpoint> endpoints() {
        String unknownFact = "{\"subject\": \"Microsoft\", \"relation\": \"FROBNICATES\", \"object\": \"OpenAI\"}";
        return List.of(
                // Any invalid line rejects a whole statement input, so one unknown phrase makes it invalid.
                new Endpoint("POST /api/statements (text)", "text/plain",
                        (h, refuse) -> "/api/statements?source=" + query(h.name()) + "&published="
                                + query(h.date()),
                        (h, refuse) -> refuse ? withLine(h.body(), HostileInputs.UNKNOWN_RELATION) : h.body()),
                new Endpoint("POST /api/statements (JSON)", "application/json", (h, refuse) -> "/api/statements",
                        (h, refuse) -> utf8(refuse ? "{\"statements\": [" + json(h.text()) + ", "
                                + json(HostileInputs.UNKNOWN_RELATION) + "], \"source\": {\"id\": " + json(h.name())
                                + "}}" : h.json())),
                new Endpoint("POST /api/facts (JSON array)", "application/json", (h, refuse) -> "/api/facts",
                        (h, refuse) -> refuse ? utf8("[" + h.fact() + ", " + unknownFact + "]") : h.body()),
                new Endpoint("POST /api/facts (JSON Lines)", "application/x-ndjson", (h, refuse) -> "/api/facts",
                        (h, refuse) -> utf8(h.fact() + "\n" + (refuse ? unknownFact : h.line()) + "\n" + h.fact())),
                // An article is refused for its fields, not its text: a bad date refuses any text.
                new Endpoint("POST /api/documents (text)", "text/plain",
                        (h, refuse) -> "/api/documents?title=" + query(h.name()) + "&url=" + query(h.name())
                                + "&published=" + (refuse ? "2025-13" : query(h.date())),
                        (h, refuse) -> h.body()),
                new Endpoint("POST /api/documents (JSON)", "application/json", (h, refuse) -> "/api/documents",
                        (h, refuse) -> utf8(refuse ? "{\"text\": " + json(h.text()) + ", \"published\": \"2025-13\"}"
                                : h.json())),
                // No entity id starts with "no-such-", so a merge from one is refused whatever the other name.
                new Endpoint("POST /api/entities/merge", "application/json", (h, refuse) -> "/api/entities/merge",
                        (h, refuse) -> refuse ? utf8("{\"from\": " + json("no-such-" + h.name()) + ", \"into\": "
                                + json(h.name()) + "}") : h.body()),
                // These take no body, and Tomcat drops the connection rather than swallow megabytes nobody reads.
                new Endpoint("POST /api/review/{id}/accept", "application/json",
                        (h, refuse) -> "/api/review/" + query(h.name()) + "/accept", (h, refuse) -> new byte[0]),
                new Endpoint("POST /api/review/{id}/reject", "application/json",
                        (h, refuse) -> "/api/review/" + query(h.name()) + "/reject", (h, refuse) -> new byte[0]));
    }

    @TestFactory
    Stream<DynamicTest> everyWriteEndpointRefusesHostileInputWithA4xxThatSaysWhatAndWritesNothing() {
        return endpoints().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.name(), () -> {
            var failures = new ArrayList<String>();
            var random = new HostileInputs(SEED + endpoint.name().hashCode(), maxBodyBytes);
            for (int i = 0; i < TRIES; i++) {
                boolean mustRefuse = i % 2 == 1 || endpoint.name().startsWith("POST /api/review");
                String path = endpoint.path().apply(random, mustRefuse);
                check(endpoint, i, mustRefuse, path, endpoint.body().apply(random, mustRefuse), failures);
            }
            assertThat(failures).as("seed %d, %s", SEED, endpoint.name()).isEmpty();
        }));
    }

    private void check(Endpoint endpoint, int attempt, boolean mustRefuse, String path, byte[] body,
                       List<String> failures) throws Exception {
        String before = graph.checksum();
        HttpResponse<String> response;
        try {
            response = api.post(path, endpoint.contentType(), body);
        } catch (IOException dropped) {
            // Tomcat closes a connection whose request body it would not read to the end; the client may reuse it
            // before it sees the close, and then nothing reaches the server. Once more, on a new connection.
            response = api.post(path, endpoint.contentType(), body);
        }
        int status = response.statusCode();
        String what = "try %d (%s, %d bytes: %s) -> %d %s".formatted(attempt, mustRefuse ? "invalid" : "anything",
                body.length, preview(new String(body, StandardCharsets.UTF_8)), status, preview(response.body()));
        if (status >= 500) {
            failures.add("5xx: " + what);
        }
        if (LEAK.matcher(response.body()).find()) {
            failures.add("leaks Java internals: " + what);
        }
        if (mustRefuse && status < 400) {
            failures.add("accepted an invalid input: " + what);
        }
        if (status >= 400 && status < 500) {
            if (!saysWhatAndWhere(response.body())) {
                failures.add("a refusal without a message: " + what);
            }
            if (!graph.checksum().equals(before)) {
                failures.add("refused but wrote: " + what);
            }
        }
    }

    // A problem detail with a detail, or an ingest report whose errors each name a line or an item and a reason.
    private static boolean saysWhatAndWhere(String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return false;
        }
        if (json.hasNonNull("detail")) {
            return !json.get("detail").asString().isBlank();
        }
        JsonNode errors = json.path("errors");
        if (!errors.isArray() || errors.isEmpty()) {
            return false;
        }
        for (JsonNode error : errors) {
            if (error.path("reason").asString("").isBlank() || !(error.has("line") || error.has("index"))) {
                return false;
            }
        }
        return true;
    }

    private static String preview(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 160 ? flat : flat.substring(0, 160) + "…(" + flat.length() + ")";
    }

    @Test
    void theRefusalsTheFuzzingLedToSayWhatAndWhere() throws Exception {
        var notUtf8 = api.post("/api/statements", "text/plain", new byte[] {'O', 'K', '\n', (byte) 0xC3, 0x28});
        assertThat(notUtf8.statusCode()).isEqualTo(400);
        assertThat(detail(notUtf8)).isEqualTo("the body is not UTF-8 text: the byte 0xc3 at offset 3 (line 2, "
                + "column 1) is not part of a character");

        var longName = api.post("/api/facts", "application/json", "[{\"subject\": \"" + "A".repeat(300)
                + "\", \"relation\": \"PARTNERS_WITH\", \"object\": \"OpenAI\"}]");
        assertThat(longName.statusCode()).isEqualTo(422);
        JsonNode error = JSON.readTree(longName.body()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("subject");
        assertThat(error.get("reason").asString()).endsWith("is 300 characters long; a name is at most 200");

        var longSource = api.post("/api/statements?source=" + "s".repeat(1500), "text/plain", "OpenAI runs on Azure");
        assertThat(detail(longSource)).isEqualTo("source: the source id is 1500 characters long; at most 1000");

        var longUrl = api.post("/api/statements?source=" + "s".repeat(20_000), "text/plain", "OpenAI runs on Azure");
        assertThat(longUrl.statusCode()).isEqualTo(400);
        assertThat(longUrl.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(detail(longUrl)).startsWith("the request was refused before aigraph could read it");

        var merge = api.post("/api/entities/merge", "application/json", "{\"from\": \"openai\",\n \"into\": }");
        assertThat(detail(merge)).startsWith("not JSON at line 2, column ");
    }

    private static String detail(HttpResponse<String> response) {
        return JSON.readTree(response.body()).get("detail").asString();
    }

    @Test
    void injectionStringsInNamesBecomePlainNamesAndHarmNothing() throws Exception {
        var before = new HashSet<>(graph.strings("MATCH (n) WHERE NOT n:__Neo4jMigration RETURN elementId(n)"));
        for (String injection : HostileInputs.INJECTIONS) {
            var statement = api.post("/api/statements", "text/plain", injection + " partners with OpenAI");
            assertThat(statement.statusCode()).as(injection + " -> " + statement.body()).isEqualTo(200);
            var fact = api.post("/api/facts", "application/json", "[{\"subject\": \"OpenAI\", \"relation\": "
                    + "\"COMPETES_WITH\", \"object\": " + JSON.writeValueAsString(injection) + "}]");
            assertThat(fact.statusCode()).as(injection + " -> " + fact.body()).isEqualTo(200);
            assertThat(graph.count("MATCH (e:Entity {name: $name})-[:PARTNERS_WITH]-(:Entity {id: 'openai'}) "
                    + "MATCH (e)-[:COMPETES_WITH]-(:Entity {id: 'openai'}) RETURN count(DISTINCT e)",
                    Map.of("name", injection))).as(injection).isOne();
        }
        var after = new HashSet<>(graph.strings("MATCH (n) WHERE NOT n:__Neo4jMigration RETURN elementId(n)"));
        assertThat(after).as("every node there before is still there").containsAll(before);
    }

    @Test
    void theIngestCommandRefusesHostileFilesOneByOneWithAMessageAndWritesNothing(@TempDir Path dir)
            throws Exception {
        var random = new HostileInputs(SEED, maxBodyBytes);
        var names = new ArrayList<String>();
        var files = new ArrayList<String>();
        for (int i = 0; i < TRIES; i++) {
            String name = switch (i % 4) {
                case 0 -> "statements-" + i + ".txt";
                case 1 -> "facts-" + i + ".json";
                case 2 -> "facts-" + i + ".jsonl";
                default -> "article-" + i + ".txt";
            };
            // Each file is invalid by construction: an unknown phrase, relation or JSON line, or a bad date line.
            byte[] content = switch (i % 4) {
                case 0 -> withLine(random.body(), HostileInputs.UNKNOWN_RELATION);
                case 1 -> utf8("[" + random.fact() + ", {\"subject\": \"A\", \"relation\": \"NOPE\", \"object\": "
                        + "\"B\"}]");
                case 2 -> withLine(random.body(), "{not json");
                default -> utf8("date 2025-13-45\n" + random.text());
            };
            Files.write(dir.resolve(name), content);
            names.add(name);
            files.add(dir.resolve(name).toString());
        }
        String before = graph.checksum();

        var run = CommandLineRun.of("ingest", files.toArray(String[]::new));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).doesNotContain("\tat ").doesNotContainPattern(LEAK);
        assertThat(names).allSatisfy(name -> assertThat(run.err() + run.out()).contains(name));
        assertThat(graph.checksum()).isEqualTo(before);
    }
}
