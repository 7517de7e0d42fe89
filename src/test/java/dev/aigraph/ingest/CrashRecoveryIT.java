package dev.aigraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aigraph.embedded.EmbeddedNeo4j;
import dev.aigraph.embedded.EmbeddedNeo4jProperties;
import dev.aigraph.graph.RelationType;
import dev.aigraph.resolve.NameKey;
import dev.aigraph.support.PackagedJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/**
 * A crash in the middle of a large ingestion: {@code ingest} of a JSON Lines file runs from the packaged jar in a
 * child JVM on its own embedded store and is killed with SIGKILL once a few batches are in. The store then opens,
 * holds only whole batches (the first k, each with its claims, their entities, sources and edges, and edges that
 * summarise exactly the claims present) and running the same ingestion again completes it to the exact counts the
 * input makes.
 */
class CrashRecoveryIT {

    static final int FACTS = 8 * IngestionService.BATCH_SIZE;
    static final int FACTS_PER_SOURCE = 100;
    static final int KILL_AFTER = 2 * IngestionService.BATCH_SIZE;
    static final int PROGRESS_MINUTES = 8;

    private static final List<String> NAMES = names();
    private static final List<RelationType> RELATIONS = List.of(RelationType.INVESTED_IN, RelationType.SUPPLIES,
            RelationType.PARTNERS_WITH, RelationType.COMPETES_WITH);
    private static final Pattern PROGRESS = Pattern.compile("(\\d+)/" + FACTS + " facts");

    @TempDir
    Path workDir;

    // Two hundred made-up organisations, none in the gazetteer.
    private static List<String> names() {
        var names = new ArrayList<String>();
        for (String first : List.of("Aldera", "Borealis", "Cindral", "Dovetail", "Eskerra", "Fenwick", "Galvora",
                "Halcyon", "Iridex", "Jorvik", "Kestrel", "Lumora", "Meridian", "Norvale", "Orrery", "Pellucid",
                "Quillon", "Rivenna", "Sablewood", "Tessaro")) {
            for (String second : List.of("Systems", "Compute", "Labs", "Dynamics", "Robotics", "Analytics",
                    "Networks", "Silicon", "Cloudworks", "Intelligence")) {
                names.add(first + " " + second);
            }
        }
        return names;
    }

    /** One fact of the input: line {@code i + 1}. */
    private record Fact(String subject, RelationType relation, String object, String source) {

        static Fact of(int i) {
            int subject = i % NAMES.size();
            int object = (subject + 1 + (i / NAMES.size()) % 4) % NAMES.size();
            return new Fact(NAMES.get(subject), RELATIONS.get(i / NAMES.size() % RELATIONS.size()),
                    NAMES.get(object), "filing-" + i / FACTS_PER_SOURCE);
        }

        String edgeKey() {
            String from = NameKey.slug(subject);
            String to = NameKey.slug(object);
            return relation.symmetric() && from.compareTo(to) > 0 ? to + relation + from : from + relation + to;
        }
    }

    private Path writeFacts() throws Exception {
        var json = JsonMapper.builder().build();
        var lines = new ArrayList<String>();
        for (int i = 0; i < FACTS; i++) {
            Fact fact = Fact.of(i);
            lines.add(json.writeValueAsString(Map.of("subject", fact.subject(), "relation", fact.relation().name(),
                    "object", fact.object(), "source", fact.source(), "published", "2025-01",
                    "sentence", "Filing " + i + " names " + fact.subject() + " and " + fact.object() + ".")));
        }
        return Files.write(workDir.resolve("filings.jsonl"), lines, StandardCharsets.UTF_8);
    }

    @Test
    void aKilledIngestionLeavesWholeBatchesAndRunningItAgainCompletesTheGraph() throws Exception {
        Path facts = writeFacts();
        Path store = workDir.resolve("store");
        List<String> ingest = List.of("ingest", "--aigraph.embedded.data-dir=" + store, facts.toString());
        Path progress = workDir.resolve("progress.txt");

        Instant started = Instant.now();
        Process first = new ProcessBuilder(PackagedJar.command(ingest)).directory(workDir.toFile())
                .redirectOutput(workDir.resolve("first.txt").toFile()).redirectError(progress.toFile()).start();
        int reported = awaitProgress(first, progress, KILL_AFTER);
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        System.out.printf("killed ingest with SIGKILL after %.1f s, when it reported %d of %d facts written%n",
                seconds(started, Instant.now()), reported, FACTS);

        long survived = inStore(store, driver -> {
            long claims = count(driver, "MATCH (c:Claim) RETURN count(c)");
            assertThat(claims).as("not all batches, and at least those reported").isLessThan(FACTS)
                    .isGreaterThanOrEqualTo(reported);
            assertThat(claims % IngestionService.BATCH_SIZE).as("whole batches").isZero();
            assertThat(count(driver, "MATCH (c:Claim) RETURN count(DISTINCT c.position) - max(c.position)"))
                    .as("the first lines of the file, in order").isZero();
            assertWhole(driver);
            return claims;
        });

        Instant reopened = Instant.now();
        Process second = new ProcessBuilder(PackagedJar.command(ingest)).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(workDir.resolve("second.txt").toFile()).start();
        assertThat(second.waitFor(PROGRESS_MINUTES, TimeUnit.MINUTES)).as("the second ingestion ends").isTrue();
        String output = Files.readString(workDir.resolve("second.txt"));
        assertThat(second.exitValue()).as(output).isZero();
        assertThat(output).contains("new: " + (FACTS - survived) + " claims");

        Instant reran = Instant.now();
        inStore(store, driver -> {
            Set<String> edges = new HashSet<>();
            for (int i = 0; i < FACTS; i++) {
                edges.add(Fact.of(i).edgeKey());
            }
            assertThat(count(driver, "MATCH (c:Claim) RETURN count(c)")).isEqualTo(FACTS);
            assertThat(count(driver, "MATCH (s:Source) RETURN count(s)")).isEqualTo(FACTS / FACTS_PER_SOURCE);
            assertThat(count(driver, "MATCH (e:Entity) RETURN count(e)")).isEqualTo(NAMES.size());
            assertThat(count(driver, "MATCH (:Entity)-[r]->(:Entity) WHERE r.key IS NOT NULL RETURN count(r)"))
                    .isEqualTo(edges.size());
            assertWhole(driver);
            return null;
        });
        System.out.printf("%d of %d claims survived the kill; the second run wrote the other %d in %.1f s; in all "
                        + "%.1f s%n", survived, FACTS, FACTS - survived, seconds(reopened, reran),
                seconds(started, Instant.now()));
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }

    /** Waits until the command's progress bar says at least {@code facts} are written; returns what it says. */
    private static int awaitProgress(Process process, Path progress, int facts) throws Exception {
        // Generous: a loaded 2-core machine took over two minutes to start the child JVM's embedded Neo4j.
        Instant deadline = Instant.now().plus(Duration.ofMinutes(PROGRESS_MINUTES));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("ingest still running: " + Files.readString(progress)).isTrue();
            Matcher matcher = PROGRESS.matcher(Files.readString(progress));
            int written = 0;
            while (matcher.find()) {
                written = Integer.parseInt(matcher.group(1));
            }
            if (written >= facts) {
                return written;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no progress past " + facts + " facts within " + PROGRESS_MINUTES + " minutes: "
                + Files.readString(progress));
    }

    /** Every claim with its subject, object and source; every edge summarising exactly the claims that name it. */
    private static void assertWhole(Driver driver) {
        assertThat(count(driver, """
                MATCH (c:Claim)
                WHERE NOT (c)-[:SUBJECT]->(:Entity) OR NOT (c)-[:OBJECT]->(:Entity) OR NOT (c)-[:STATED_IN]->(:Source)
                RETURN count(c)""")).as("claims missing an entity or their source").isZero();
        assertThat(count(driver, """
                MATCH (c:Claim)-[:SUBJECT]->(s:Entity)
                WHERE NOT EXISTS { (s)-[r]-(:Entity) WHERE r.key = c.edge }
                RETURN count(c)""")).as("claims without their edge").isZero();
        assertThat(count(driver, """
                MATCH (:Entity)-[r]->(:Entity) WHERE r.key IS NOT NULL AND r.claims <> COUNT { (:Claim {edge: r.key}) }
                RETURN count(r)""")).as("edges that do not count their claims").isZero();
        assertThat(count(driver, """
                MATCH (s:Source) WHERE COUNT { (s)<-[:STATED_IN]-(:Claim) } <> $perSource RETURN count(s)""",
                Map.of("perSource", FACTS_PER_SOURCE))).as("sources with part of their claims").isZero();
    }

    private static long count(Driver driver, String query) {
        return count(driver, query, Map.of());
    }

    private static long count(Driver driver, String query, Map<String, Object> parameters) {
        return driver.executableQuery(query).withParameters(parameters).execute().records().get(0).get(0).asLong();
    }

    /** Opens the store in this JVM (recovering it if need be), runs the check, and closes it. */
    private static <T> T inStore(Path store, Function<Driver, T> check) {
        try (var neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(true, store, "127.0.0.1", 0, 0, false,
                DataSize.ofMegabytes(64), ""));
             var driver = GraphDatabase.driver(neo4j.boltUri().toString(), AuthTokens.none())) {
            return check.apply(driver);
        }
    }
}
