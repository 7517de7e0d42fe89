package dev.aigraph.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.aigraph.support.AigraphTest;
import dev.aigraph.support.Api;
import dev.aigraph.support.GraphContent;
import dev.aigraph.support.GraphFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Many clients writing the same facts at once through the API, while others read: the graph ends exactly as one
 * client posting each input once would leave it (same nodes, relationships and properties, so no duplicate and no
 * lost update), no request fails, each claim, edge and new entity is reported created by exactly one response, and
 * every answer a reader gets holds together. Transactions that deadlock are
 * retried by the driver, which logs each retry; the test counts those lines.
 */
@AigraphTest
@ExtendWith(OutputCaptureExtension.class)
class ConcurrentWritesTest {

    static final int WRITERS = 8;
    static final int READERS = 2;
    static final int ROUNDS = 3;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    // Written at a different moment by each run, so not part of the comparison.
    private static final Set<String> WRITE_TIMES = Set.of("createdAt", "ingestedAt", "proposedAt");

    /** A request a writer makes. */
    private record Post(String path, String contentType, String body) {
    }

    // Overlapping inputs: the same entities and edges stated by several sources, a name the gazetteer does not know
    // (created by whichever request comes first), and articles whose facts repeat the statements'.
    private static final List<Post> INPUTS = List.of(
            statements("https://example.com/reliability/s1", """
                    Microsoft invested $13B in OpenAI since 2019
                    OpenAI runs on Azure
                    OpenAI bought $300B of compute from Oracle from 2027 to 2032
                    NVIDIA supplies chips to Oracle
                    Acme Robotics runs on Azure"""),
            statements("https://example.com/reliability/s2", """
                    Microsoft invested over $10B in OpenAI since 2019
                    Amazon invested $4B in Anthropic
                    Anthropic runs on Amazon Web Services
                    Acme Robotics partners with Anthropic
                    Oracle partners with OpenAI"""),
            statements("https://example.com/reliability/s3", """
                    OpenAI runs on Azure
                    NVIDIA supplies chips to Microsoft
                    Microsoft competes with Amazon
                    Anthropic partners with Google
                    Acme Robotics runs on Amazon Web Services"""),
            statements(null, """
                    OpenAI buys 4.5 GW of compute from Oracle
                    Amazon competes with Microsoft
                    NVIDIA supplies chips to Anthropic"""),
            article("https://example.com/reliability/a1", "2025-06-02", """
                    Amazon invested $4 billion in Anthropic in 2024. Anthropic runs on Amazon Web Services, and the \
                    company also buys chips from NVIDIA. Oracle partners with OpenAI on new data centres in Texas."""),
            article("https://example.com/reliability/a2", "2025-06-03", """
                    Microsoft invested $13 billion in OpenAI since 2019. OpenAI runs on Azure, Microsoft's cloud. \
                    NVIDIA supplies chips to Oracle. Microsoft competes with Amazon in cloud computing."""),
            article("https://example.com/reliability/a3", "2025-06-04", """
                    OpenAI bought $300 billion of compute from Oracle. Anthropic partners with Google. Brightwave \
                    Labs runs on Azure, people familiar with the matter said. NVIDIA supplies GPUs to Microsoft."""));

    // Readers ask from the start, so the entity they ask about is there before the writers begin.
    private static final Post SEED = statements("https://example.com/reliability/seed",
            "OpenAI runs on Azure\nMicrosoft develops Azure");

    private final Driver driver;
    private final GraphFixture graph;
    private final Api api;

    ConcurrentWritesTest(@Autowired Driver driver, @LocalServerPort int port) {
        this.driver = driver;
        this.graph = new GraphFixture(driver);
        this.api = new Api(port);
    }

    private static Post statements(String source, String lines) {
        String query = source == null ? "" : "?source=" + URLEncoder.encode(source, StandardCharsets.UTF_8);
        return new Post("/api/statements" + query, "text/plain", lines + "\n");
    }

    private static Post article(String url, String published, String text) {
        return new Post("/api/documents", "application/json", JSON.writeValueAsString(java.util.Map.of(
                "text", text, "url", url, "published", published, "language", "en", "title", "Reliability " + url)));
    }

    /** What the responses together say they created. */
    private record Created(AtomicInteger claims, AtomicInteger edges, AtomicInteger entities) {

        Created() {
            this(new AtomicInteger(), new AtomicInteger(), new AtomicInteger());
        }

        void add(HttpResponse<String> response) {
            JsonNode report = JSON.readTree(response.body());
            claims.addAndGet(report.path("claimsCreated").asInt(0));
            edges.addAndGet(report.path("edgesCreated").asInt(0));
            entities.addAndGet(report.path("entitiesCreated").size());
        }

        List<Integer> counts() {
            return List.of(claims.get(), edges.get(), entities.get());
        }
    }

    private HttpResponse<String> send(Post post, Created created) throws Exception {
        var response = api.post(post.path(), post.contentType(), post.body());
        if (response.statusCode() == 200) {
            created.add(response);
        }
        return response;
    }

    @Test
    void eightClientsPostingOverlappingInputsAtOnceLeaveExactlyTheGraphOneClientWould(CapturedOutput output)
            throws Exception {
        graph.clear();
        var createdOnce = new Created();
        assertThat(send(SEED, createdOnce).statusCode()).isEqualTo(200);
        for (Post post : INPUTS) {
            assertThat(send(post, createdOnce).statusCode()).as(post.path()).isEqualTo(200);
        }
        GraphContent sequential = GraphContent.of(driver, WRITE_TIMES);
        assertThat(sequential.nodes("Proposal")).as("an article fact waits for review").isOne();
        assertThat(createdOnce.claims().get()).isEqualTo(sequential.nodes("Claim"));

        graph.clear();
        var created = new Created();
        assertThat(send(SEED, created).statusCode()).isEqualTo(200);
        var failures = new ConcurrentLinkedQueue<String>();
        var writes = new AtomicInteger();
        var reads = new AtomicInteger();
        var writing = new AtomicBoolean(true);
        int retriedBefore = retries(output);
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(WRITERS + READERS);
        long started;
        long finished;
        try {
            var writers = new ArrayList<Future<?>>();
            for (int w = 0; w < WRITERS; w++) {
                var random = new Random(w);
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < ROUNDS; round++) {
                        var order = new ArrayList<>(INPUTS);
                        Collections.shuffle(order, random);
                        for (Post post : order) {
                            var response = send(post, created);
                            writes.incrementAndGet();
                            if (response.statusCode() / 100 != 2) {
                                failures.add(post.path() + " answered " + response.statusCode() + ": "
                                        + response.body());
                            }
                        }
                    }
                    return null;
                }));
            }
            var readers = new ArrayList<Future<?>>();
            for (int r = 0; r < READERS; r++) {
                readers.add(pool.submit(() -> {
                    start.await();
                    while (writing.get()) {
                        readConsistently(failures);
                        reads.incrementAndGet();
                    }
                    return null;
                }));
            }
            started = System.nanoTime();
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get(5, TimeUnit.MINUTES);
            }
            finished = System.nanoTime();
            writing.set(false);
            for (Future<?> reader : readers) {
                reader.get(1, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("%d writers posted %d requests (%d inputs x %d rounds each) in %.1f s while %d readers "
                        + "made %d requests; %d transactions retried%n", WRITERS, writes.get(), INPUTS.size(), ROUNDS,
                Duration.ofNanos(finished - started).toMillis() / 1000.0, READERS, reads.get(),
                retries(output) - retriedBefore);

        assertThat(failures).isEmpty();
        assertThat(writes.get()).isEqualTo(WRITERS * ROUNDS * INPUTS.size());
        GraphContent concurrent = GraphContent.of(driver, WRITE_TIMES);
        assertThat(concurrent.counts()).isEqualTo(sequential.counts());
        assertThat(concurrent.lines()).containsExactlyElementsOf(sequential.lines());
        assertThat(created.counts()).as("claims, edges and entities reported created")
                .isEqualTo(createdOnce.counts());
    }

    private static int retries(CapturedOutput output) {
        return output.getAll().split("Transaction failed and will be retried", -1).length - 1;
    }

    /**
     * Asks what OpenAI depends on and checks the answer against itself: every path starts at OpenAI, each hop starts
     * where the last ended, the path ends at the entity it is listed under and is at least as long as its distance,
     * and every edge has evidence for at least as many claims as it counts (claims are only ever added).
     */
    private void readConsistently(Queue<String> failures) throws Exception {
        var response = api.get("/api/entities/OpenAI/dependencies?depth=2");
        if (response.statusCode() != 200) {
            failures.add("dependencies answered " + response.statusCode() + ": " + response.body());
            return;
        }
        JsonNode answer = JSON.readTree(response.body());
        for (JsonNode reached : answer.get("results")) {
            String entity = reached.get("entity").get("id").asString();
            int distance = reached.get("distance").asInt();
            for (JsonNode path : reached.get("paths")) {
                String at = "openai";
                for (JsonNode hop : path) {
                    JsonNode edge = answer.get("edges").get(hop.get("edge").asString());
                    int claims = edge == null ? 0 : edge.get("properties").get("claims").asInt();
                    if (!hop.get("from").asString().equals(at) || claims < 1
                            || edge.get("evidence").size() < claims) {
                        failures.add("inconsistent hop on a path to " + entity + ": " + hop);
                    }
                    at = hop.get("to").asString();
                }
                if (!at.equals(entity) || path.size() < distance) {
                    failures.add("a path listed under " + entity + " at distance " + distance + ": " + path);
                }
            }
        }
    }
}
