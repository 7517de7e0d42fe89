package dev.aigraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import dev.aigraph.graph.PartialDate;
import dev.aigraph.query.QueryStatements;
import dev.aigraph.query.QueryStatements.Direct;
import org.neo4j.driver.Driver;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The API's questions over HTTP on the benchmark's graph, each for a few hundred entities, one request at a time as
 * an analyst asks them. Each request is paired with the same question's database work run directly through the
 * driver, as {@link QueryStatements} gives it (what the API adds: resolving the name, mapping, JSON, HTTP), the two
 * taking turns to go first, and with the same walk over the edges held in memory (what the database's indexes and the
 * query's shape cost).
 */
final class QueryBench {

    private static final int HUBS = 10;
    private static final PartialDate AS_OF = PartialDate.ofYear(2024);

    /** One kind of question: its latencies three ways, and the ratios between them. */
    record Kind(String name, String question, Latency api, Latency direct, Latency inMemory, double apiOverheadRatio,
                double ratioVsInMemory, int failures, Load load) {
    }

    /** The graph the questions ran on, its biggest hubs, and each kind of question. */
    record Result(int entities, int edges, List<String> hubs, List<Kind> kinds) {

        Kind kind(String name) {
            return kinds.stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
        }
    }

    /** An entity, or a pair for paths, by id and by its place in the in-memory graph. */
    private record Target(String id, int entity, String other, int otherEntity) {
    }

    private record Question(String name, String description, List<Target> targets, Function<Target, String> path,
                            Function<Target, Direct> direct, ToIntFunction<Target> inMemory) {
    }

    private final Driver driver;
    private final String api;
    private final int queries;
    private final long seed;
    private final Duration budget;
    private final int limit;
    private final PrintWriter log;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    // Walk results are summed here so the JIT cannot drop an in-memory walk whose answer nobody reads.
    private long sink;

    QueryBench(ConfigurableApplicationContext application, int queries, long seed, Duration budget, PrintWriter log) {
        this.driver = application.getBean(Driver.class);
        this.api = "http://127.0.0.1:" + application.getEnvironment().getRequiredProperty("local.server.port");
        this.limit = application.getEnvironment().getProperty("aigraph.query.max-results", Integer.class, 200);
        this.queries = queries;
        this.seed = seed;
        this.budget = budget;
        this.log = log;
    }

    Result run() {
        var graph = InMemoryGraph.load(driver);
        int[] byDegree = graph.byDegree();
        var hubs = new ArrayList<Target>();
        var nearHubs = new LinkedHashSet<Integer>();
        for (int i = 0; i < Math.min(HUBS, byDegree.length); i++) {
            hubs.add(target(graph, byDegree[i]));
            for (int neighbour : graph.neighbours(byDegree[i])) {
                nearHubs.add(neighbour);
            }
        }
        var random = new Random(seed);
        int warmUp = Math.max(1, Math.min(10, queries / 10));
        int needed = queries + warmUp;
        List<Target> entities = sample(graph, List.copyOf(nearHubs), needed, random);
        List<Target> pairs = new ArrayList<>();
        List<Target> others = sample(graph, List.copyOf(nearHubs), needed, random);
        for (int i = 0; i < needed; i++) {
            pairs.add(new Target(entities.get(i).id(), entities.get(i).entity(), others.get(i).id(),
                    others.get(i).entity()));
        }
        List<Target> investees = sample(graph, Arrays.stream(graph.investees()).boxed().toList(), needed,
                random);
        List<Target> hubTargets = new ArrayList<>();
        for (int i = 0; i < needed; i++) {
            hubTargets.add(hubs.get(i % hubs.size()));
        }
        LocalDate asOfStart = AS_OF.firstDay();
        LocalDate asOfEnd = AS_OF.lastDay();
        var questions = List.of(
                new Question("dependencies_depth3", "dependencies to depth 3 of entities next to the 10 biggest hubs",
                        entities, t -> "/api/entities/" + t.id() + "/dependencies?depth=3",
                        t -> QueryStatements.dependencies(t.id(), 3, null, limit),
                        t -> graph.dependencies(t.entity(), 3, null, null)),
                new Question("dependencies_depth4", "dependencies to depth 4, same entities", entities,
                        t -> "/api/entities/" + t.id() + "/dependencies?depth=4",
                        t -> QueryStatements.dependencies(t.id(), 4, null, limit),
                        t -> graph.dependencies(t.entity(), 4, null, null)),
                new Question("exposure_hub", "exposure (depth 3) of the 10 biggest hubs in turn", hubTargets,
                        t -> "/api/entities/" + t.id() + "/exposure?depth=3",
                        t -> QueryStatements.exposure(t.id(), 3, null, limit),
                        t -> graph.exposure(t.entity(), 3)),
                new Question("shortest_path", "the 10 shortest paths between two such entities (maxHops 4)", pairs,
                        t -> "/api/paths?from=" + t.id() + "&to=" + t.other() + "&maxHops=4&limit=10",
                        t -> QueryStatements.paths(t.id(), t.other(), 4, 10),
                        t -> graph.distance(t.entity(), t.otherEntity(), 4)),
                new Question("dependencies_as_of", "dependencies to depth 3 valid in 2024 (asOf=2024)", entities,
                        t -> "/api/entities/" + t.id() + "/dependencies?depth=3&asOf=" + AS_OF,
                        t -> QueryStatements.dependencies(t.id(), 3, AS_OF, limit),
                        t -> graph.dependencies(t.entity(), 3, asOfStart, asOfEnd)),
                new Question("money", "money totals of entities that received investments", investees,
                        t -> "/api/entities/" + t.id() + "/money",
                        t -> QueryStatements.of(QueryStatements.money(t.id())),
                        t -> graph.money(t.entity()).size()));
        var kinds = new ArrayList<Kind>();
        for (Question question : questions) {
            Kind kind = measure(question, warmUp);
            kinds.add(kind);
            log.printf("query %s: API p50 %.1f p95 %.1f p99 %.1f ms; direct p50 %.1f ms; in memory p50 %.3f ms "
                            + "(n %d, failures %d, load %s)%n", kind.name(), kind.api().p50Ms(), kind.api().p95Ms(),
                    kind.api().p99Ms(), kind.direct().p50Ms(), kind.inMemory().p50Ms(), kind.api().n(),
                    kind.failures(), kind.load());
            log.flush();
        }
        return new Result(graph.entities(), graph.edges(), hubs.stream().map(Target::id).toList(), kinds);
    }

    private Kind measure(Question question, int warmUp) {
        for (Target target : question.targets().subList(0, warmUp)) {
            once(question, target, true);
        }
        int count = question.targets().size() - warmUp;
        long[] api = new long[count];
        long[] direct = new long[count];
        long[] inMemory = new long[count];
        int measured = 0;
        int failures = 0;
        var load = Load.from();
        long deadline = System.nanoTime() + budget.toNanos();
        for (Target target : question.targets().subList(warmUp, question.targets().size())) {
            long[] times = once(question, target, (measured + failures) % 2 == 0);
            if (times == null) {
                failures++;
            } else {
                api[measured] = times[0];
                direct[measured] = times[1];
                inMemory[measured] = times[2];
                measured++;
            }
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        Latency apiLatency = Latency.of(api, measured);
        Latency directLatency = Latency.of(direct, measured);
        Latency memoryLatency = Latency.of(inMemory, measured);
        return new Kind(question.name(), question.description(), apiLatency, directLatency, memoryLatency,
                apiLatency.p50Ms() / directLatency.p50Ms(), apiLatency.p50Ms() / memoryLatency.p50Ms(), failures,
                load.until());
    }

    // The three timings of one question, or null when the API did not answer 200. The API and the driver take turns
    // going first: whichever goes second finds the store's pages the first one read already in the page cache.
    private long[] once(Question question, Target target, boolean apiFirst) {
        long direct = apiFirst ? 0 : direct(question, target);
        long started = System.nanoTime();
        int status = get(question.path().apply(target));
        long api = System.nanoTime() - started;
        if (status != 200) {
            log.printf("query %s: %s answered %d%n", question.name(), question.path().apply(target), status);
            return null;
        }
        if (apiFirst) {
            direct = direct(question, target);
        }
        started = System.nanoTime();
        sink += question.inMemory().applyAsInt(target);
        long inMemory = System.nanoTime() - started;
        return new long[] {api, direct, inMemory};
    }

    private long direct(Question question, Target target) {
        Direct database = question.direct().apply(target);
        long started = System.nanoTime();
        try (var session = driver.session()) {
            session.executeRead(database::askIn);
        }
        return System.nanoTime() - started;
    }

    private int get(String path) {
        var request = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofMinutes(5)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException("the API did not answer " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Target target(InMemoryGraph graph, int entity) {
        return new Target(graph.id(entity), entity, null, -1);
    }

    // A seeded sample of the given size; when there are fewer candidates than that, they repeat.
    private static List<Target> sample(InMemoryGraph graph, List<Integer> candidates, int size, Random random) {
        var shuffled = new ArrayList<>(candidates.isEmpty() ? List.of(0) : candidates);
        Collections.shuffle(shuffled, random);
        var sample = new ArrayList<Target>();
        for (int i = 0; i < size; i++) {
            sample.add(target(graph, shuffled.get(i % shuffled.size())));
        }
        return sample;
    }
}
