package dev.aigraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import dev.aigraph.graph.RelationType;
import dev.aigraph.ingest.IngestProgress;
import dev.aigraph.ingest.IngestionService;
import dev.aigraph.support.AigraphTest;
import dev.aigraph.support.GraphFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The query API on the bundled sample graph, asserting the answers analysts come for. */
@AigraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @BeforeAll
    void loadTheSampleGraph(@Autowired Driver driver, @Autowired IngestionService ingestion) {
        new GraphFixture(driver).loadSample(ingestion);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode ok(String path) throws Exception {
        var response = get(path);
        assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static List<String> ids(JsonNode results) {
        return list(results).stream().map(r -> r.get("entity").get("id").asString()).toList();
    }

    @Test
    void openAiDependsOnOracleComputeForTheContractPeriodAndOnMicrosoftAndAzure() throws Exception {
        JsonNode answer = ok("/api/entities/OpenAI/dependencies?depth=2");

        assertThat(ids(answer.get("results"))).contains("oracle", "microsoft", "azure");
        JsonNode oracle = list(answer.get("results")).stream()
                .filter(r -> r.get("entity").get("id").asString().equals("oracle")).findFirst().orElseThrow();
        assertThat(oracle.get("distance").asInt()).isOne();
        assertThat(oracle.get("atStake").get("USD").asLong()).isEqualTo(300_000_000_000L);
        JsonNode edges = answer.get("edges");
        JsonNode compute = list(oracle.get("paths")).stream().map(p -> p.get(0))
                .filter(hop -> hop.get("relation").asString().equals("BUYS_COMPUTE_FROM")
                        && edges.get(hop.get("edge").asString()).get("properties").has("amount"))
                .map(hop -> edges.get(hop.get("edge").asString())).findFirst().orElseThrow();
        assertThat(compute.get("properties").get("start").asString()).isEqualTo("2027");
        assertThat(compute.get("properties").get("end").asString()).isEqualTo("2032");
        assertThat(compute.get("properties").get("amount").asLong()).isEqualTo(300_000_000_000L);
        assertThat(compute.get("evidence").get(0).get("source").asString()).isEqualTo("000_b56cb96511abb055.txt");
        assertThat(compute.get("evidence").get(0).get("sentence").asString()).contains("Oracle");
    }

    @Test
    void anAnswerDescribesEachEntityAndEdgeOnItsPathsOnceAndOnlyThose() throws Exception {
        for (String question : List.of("/api/entities/OpenAI/dependencies?depth=3",
                "/api/paths?from=Microsoft&to=Oracle&maxHops=3&limit=50")) {
            JsonNode answer = ok(question);
            List<JsonNode> paths = answer.has("results")
                    ? list(answer.get("results")).stream().flatMap(r -> list(r.get("paths")).stream()).toList()
                    : list(answer.get("paths"));
            List<String> hopEdges = paths.stream().flatMap(p -> list(p).stream())
                    .map(hop -> hop.get("edge").asString()).toList();
            // Some edge lies on several paths, yet the answer describes it once.
            assertThat(hopEdges).as(question).hasSizeGreaterThan((int) hopEdges.stream().distinct().count());
            assertThat(answer.get("edges").propertyNames()).as(question)
                    .containsExactlyInAnyOrderElementsOf(hopEdges.stream().distinct().toList());
            answer.get("edges").forEach(edge -> assertThat(edge.get("evidence").size()).as(question)
                    .isEqualTo(edge.get("properties").get("claims").asInt()));
            List<String> hopEntities = paths.stream().flatMap(p -> list(p).stream())
                    .flatMap(hop -> Stream.of(hop.get("from").asString(), hop.get("to").asString()))
                    .distinct().toList();
            assertThat(answer.get("entities").propertyNames()).as(question)
                    .containsExactlyInAnyOrderElementsOf(hopEntities);
            answer.get("entities").properties().forEach(entity -> assertThat(entity.getValue().get("id").asString())
                    .isEqualTo(entity.getKey()));
        }
    }

    @Test
    void whoIsExposedIfAzureFailsNearestFirstThenByHowManyShortestPathsLeadThere() throws Exception {
        JsonNode answer = ok("/api/entities/azure/exposure?depth=2");
        List<JsonNode> results = list(answer.get("results"));
        assertThat(ids(answer.get("results"))).contains("openai", "chatgpt", "microsoft-365-copilot")
                .doesNotContain("azure");
        for (int i = 1; i < results.size(); i++) {
            JsonNode before = results.get(i - 1);
            JsonNode after = results.get(i);
            assertThat(after.get("distance").asInt()).isGreaterThanOrEqualTo(before.get("distance").asInt());
            if (after.get("distance").asInt() == before.get("distance").asInt()) {
                assertThat(after.get("pathCount").asLong()).isLessThanOrEqualTo(before.get("pathCount").asLong());
            }
        }
        // Copilot is two hops from Azure three ways: through ChatGPT, through Microsoft and through OpenAI.
        JsonNode copilot = results.stream()
                .filter(r -> r.get("entity").get("id").asString().equals("microsoft-365-copilot")).findFirst()
                .orElseThrow();
        assertThat(copilot.get("distance").asInt()).isEqualTo(2);
        assertThat(copilot.get("pathCount").asLong()).isEqualTo(3);
        assertThat(list(copilot.get("paths")).stream().map(path -> path.get(0).get("to").asString()))
                .containsExactlyInAnyOrder("chatgpt", "microsoft", "openai");
        assertThat(list(copilot.get("paths"))).allSatisfy(path -> {
            assertThat(path.get(0).get("from").asString()).isEqualTo("azure");
            assertThat(path.get(1).get("to").asString()).isEqualTo("microsoft-365-copilot");
        });
        assertThat(results.stream().filter(r -> r.get("distance").asInt() == 2)
                .map(r -> r.get("pathCount").asLong()).max(Long::compare).orElseThrow()).isEqualTo(3);
    }

    @Test
    void anAnswerGivesAnEdgesEarliestEvidenceAndTheEvidenceEndpointPagesThroughAllOfIt(
            @Autowired IngestionService ingestion) throws Exception {
        // One deal reported by twelve sources, on twelve days; the entities are not in the sample graph.
        var statements = new StringBuilder();
        for (int day = 12; day >= 1; day--) {
            statements.append("[source: https://example.com/vantor-%d, date: 2021-01-%02d]%n".formatted(day, day))
                    .append("Vantor Capital has invested $5M in Quillo Labs since 2021\n");
        }
        assertThat(ingestion.ingestStatements(statements.toString(), null, false, IngestProgress.NONE).valid())
                .isTrue();
        String key = "vantor-capital>INVESTED_IN>quillo-labs";

        JsonNode edge = ok("/api/entities/Quillo%20Labs/dependencies?depth=1").get("edges").get(key);
        assertThat(edge.get("properties").get("claims").asInt()).isEqualTo(12);
        assertThat(list(edge.get("evidence")).stream().map(e -> e.get("published").asString()))
                .containsExactly("2021-01-01", "2021-01-02", "2021-01-03", "2021-01-04", "2021-01-05");

        String edgeParameter = URLEncoder.encode(key, StandardCharsets.UTF_8);
        JsonNode all = ok("/api/evidence?edge=" + edgeParameter);
        assertThat(all.get("properties").get("amount").asLong()).isEqualTo(5_000_000L);
        assertThat(list(all.get("evidence")).stream().map(e -> e.get("source").asString()))
                .hasSize(12).startsWith("https://example.com/vantor-1").endsWith("https://example.com/vantor-12");
        assertThat(all.get("truncated").asBoolean()).isFalse();
        assertThat(list(ok("/api/evidence?offset=10&edge=" + edgeParameter).get("evidence")).stream()
                .map(e -> e.get("published").asString())).containsExactly("2021-01-11", "2021-01-12");
        JsonNode known = ok("/api/evidence?knownAt=2021-01-03&edge=" + edgeParameter);
        assertThat(known.get("properties").get("claims").asInt()).isEqualTo(3);
        assertThat(known.get("evidence")).hasSize(3);

        assertThat(get("/api/evidence?knownAt=2020&edge=" + edgeParameter).statusCode()).isEqualTo(404);
        var unknown = get("/api/evidence?edge=" + URLEncoder.encode("openai>INVESTED_IN>vantor-capital",
                StandardCharsets.UTF_8));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("edge: no edge 'openai>INVESTED_IN>vantor-capital' in the graph");
        for (String bad : List.of("openai", "openai>FUNDS>microsoft", "openai>invested_in>microsoft", ">RUNS_ON>x")) {
            var refused = get("/api/evidence?edge=" + URLEncoder.encode(bad, StandardCharsets.UTF_8));
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(refused.body()).as(bad).contains("is not an edge key");
        }
        assertThat(get("/api/evidence?offset=-1&edge=" + edgeParameter).body()).contains("offset: must be 0 or more");
    }

    @Test
    void anEntityWithMoreRelationshipsThanTheLimitGivesAPagePerRelationTypeAndDirectionWithTheirCounts(
            @Autowired IngestionService ingestion) throws Exception {
        // An investor in 203 companies over the years and a partner of two of them, all members of one alliance; none
        // in the sample graph.
        var statements = new StringBuilder("[source: https://example.com/hubbo, date: 2026-01-02]\n");
        var investees = new ArrayList<String>();
        for (int i = 0; i < 203; i++) {
            String investee = "Tenant Q" + (char) ('a' + i / 26) + (char) ('a' + i % 26);
            investees.add(investee);
            statements.append("Hubbo Capital has invested $1M in ").append(investee).append(" since ")
                    .append(2000 + i % 25).append('\n');
        }
        statements.append("Hubbo Capital partners with Tenant Qaa\nHubbo Capital partners with Tenant Qab\n");
        investees.forEach(investee -> statements.append(investee).append(" is a member of Hubbo Alliance\n"));
        statements.append("Hubbo Capital is a member of Hubbo Alliance\n");
        var report = ingestion.ingestStatements(statements.toString(), null, false, IngestProgress.NONE);
        assertThat(report.valid()).as(report.errors().toString()).isTrue();

        JsonNode investor = ok("/api/entities/Hubbo%20Capital");
        List<JsonNode> relationships = list(investor.get("relationships"));
        assertThat(relationships.stream().filter(r -> r.get("relation").asString().equals("INVESTED_IN"))
                .map(r -> r.get("other").get("name").asString()))
                .containsExactlyElementsOf(investees.subList(0, 200));
        assertThat(relationships.stream().filter(r -> r.get("relation").asString().equals("PARTNERS_WITH")))
                .hasSize(2);
        assertThat(list(investor.get("counts")).stream().map(c -> c.get("relation").asString() + " "
                + c.get("outgoing").asBoolean() + " " + c.get("count").asLong()))
                .containsExactly("INVESTED_IN true 203", "MEMBER_OF true 1", "PARTNERS_WITH true 2");
        assertThat(investor.get("truncated").asBoolean()).isTrue();

        JsonNode rest = ok("/api/entities/Hubbo%20Capital?types=INVESTED_IN&offset=200");
        assertThat(list(rest.get("relationships")).stream().map(r -> r.get("other").get("name").asString()))
                .containsExactlyElementsOf(investees.subList(200, 203));
        assertThat(rest.get("truncated").asBoolean()).isFalse();
        assertThat(get("/api/entities/Hubbo%20Capital?offset=-3").body()).contains("offset: must be 0 or more");
        assertThat(get("/api/entities/Hubbo%20Capital?types=FUNDS").body()).contains("types: 'FUNDS'");

        JsonNode partnerships = ok("/api/entities/Hubbo%20Capital/partnerships");
        assertThat(list(partnerships.get("investees"))).hasSize(200);
        assertThat(list(partnerships.get("partners"))).hasSize(2);
        JsonNode alliance = partnerships.get("coMembers").get(0);
        assertThat(list(alliance.get("members")).stream().map(m -> m.get("name").asString()))
                .containsExactlyElementsOf(investees.subList(0, 200));
        assertThat(alliance.get("memberCount").asInt()).isEqualTo(203);
        assertThat(partnerships.get("truncated").asBoolean()).isTrue();
        // One partner, one investor, one alliance: only the alliance's members are more than the limit.
        JsonNode tenant = ok("/api/entities/Tenant%20Qaa/partnerships");
        assertThat(list(tenant.get("coMembers").get(0).get("members")).stream().map(m -> m.get("name").asString()))
                .hasSize(200).startsWith("Hubbo Capital", "Tenant Qab");
        assertThat(tenant.get("truncated").asBoolean()).isTrue();
        assertThat(ok("/api/entities/Tenant%20Qaa?types=PARTNERS_WITH,INVESTED_IN,MEMBER_OF").get("truncated")
                .asBoolean()).isFalse();

        JsonNode money = ok("/api/entities/Hubbo%20Capital/money");
        assertThat(list(money.get("invested"))).hasSize(200);
        assertThat(money.get("truncated").asBoolean()).isTrue();
        assertThat(list(money.get("investedTotals")).get(0).get("amount").asLong()).isEqualTo(203_000_000L);

        JsonNode timeline = ok("/api/entities/Hubbo%20Capital/timeline");
        List<String> when = list(timeline.get("events")).stream().map(e -> e.get("when").asString()).toList();
        assertThat(when).hasSize(200).isSorted().startsWith("2000", "2000", "2000");
        assertThat(timeline.get("truncated").asBoolean()).isTrue();
        assertThat(list(ok("/api/entities/Hubbo%20Capital/timeline?with=Tenant%20Qaa").get("events")).stream()
                .map(e -> e.get("relation").asString())).containsExactly("INVESTED_IN", "PARTNERS_WITH");
    }

    @Test
    void aWalkStoppedOnceItsAnswerIsFullRanksItsEntitiesAsTheWholeWalkDoes() {
        List<String> whole = walk("microsoft", 1000);
        assertThat(whole).hasSizeGreaterThan(10);
        for (int limit : List.of(1, 2, 5, 9, whole.size() - 1, whole.size())) {
            assertThat(walk("microsoft", limit)).as("limit " + limit).isEqualTo(whole.subList(0, limit));
        }
    }

    // Each entity the walk reaches, with its distance and number of shortest paths, in the walk's order.
    private List<String> walk(String id, int limit) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> GraphQueries.walkWithEvidence(tx, id, 3, Dependency.all(),
                    GraphQueries.AsOf.ALWAYS, false, limit).walk().reached().stream()
                    .map(r -> r.id() + " " + r.distance() + " " + r.shortestPaths()).toList());
        }
    }

    @Test
    void theShortestPathsBetweenTwoEntitiesComeShortestFirstUpToTheLimit() throws Exception {
        JsonNode all = ok("/api/paths?from=Microsoft&to=Oracle&maxHops=3&limit=200");
        List<Integer> lengths = list(all.get("paths")).stream().map(JsonNode::size).toList();
        assertThat(lengths).hasSizeGreaterThan(2).isSorted();
        assertThat(all.get("truncated").asBoolean()).isFalse();

        JsonNode two = ok("/api/paths?from=Microsoft&to=Oracle&maxHops=3&limit=2");
        assertThat(two.get("paths").size()).isEqualTo(2);
        assertThat(two.get("truncated").asBoolean()).isTrue();
        assertThat(list(two.get("paths")).stream().map(JsonNode::size).toList())
                .isEqualTo(lengths.subList(0, 2));
        assertThat(get("/api/paths?from=Microsoft&to=Oracle&limit=0").statusCode()).isEqualTo(400);
    }

    @Test
    void thePathsFoundHalfFromEachEndAreExactlyTheSimplePathsOfAWalkOverEveryEdge() {
        Map<String, List<String[]>> edges = new HashMap<>();
        try (var session = driver.session()) {
            session.executeRead(tx -> tx.run("""
                    MATCH (a:Entity)-[r]->(b:Entity) WHERE r.key IS NOT NULL
                    RETURN a.id AS a, r.key AS key, b.id AS b""").list()).forEach(row -> {
                String a = row.get("a").asString();
                String b = row.get("b").asString();
                edges.computeIfAbsent(a, k -> new ArrayList<>()).add(new String[] {row.get("key").asString(), b});
                edges.computeIfAbsent(b, k -> new ArrayList<>()).add(new String[] {row.get("key").asString(), a});
            });
        }
        for (String[] pair : List.of(new String[] {"microsoft", "oracle"}, new String[] {"openai", "nvidia"},
                new String[] {"microsoft", "azure"})) {
            var expected = new ArrayList<String>();
            simplePaths(edges, pair[1], 4, new ArrayList<>(List.of(pair[0])), expected);
            expected.sort(Comparator.comparingInt(QueryApiTest::hops).thenComparing(path -> path));
            List<String> found = shortestPaths(pair[0], pair[1], 4, 10_000);
            assertThat(found).as(pair[0] + " to " + pair[1]).hasSizeGreaterThan(1)
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(found.stream().map(QueryApiTest::hops).toList()).isSorted();
            // Cut short, the answer holds paths as short as the shortest there are.
            List<String> three = shortestPaths(pair[0], pair[1], 4, 3);
            assertThat(three.stream().map(QueryApiTest::hops).toList())
                    .isEqualTo(expected.subList(0, 3).stream().map(QueryApiTest::hops).toList());
        }
    }

    // Every simple path from the last entity of {@code path} to {@code to}: entity, edge key, entity, … entity,
    // separated by tabs (an edge's key may hold spaces).
    private static void simplePaths(Map<String, List<String[]>> edges, String to, int maxHops, List<String> path,
                                    List<String> found) {
        String last = path.get(path.size() - 1);
        if (last.equals(to) && path.size() > 1) {
            found.add(String.join("\t", path));
            return;
        }
        if (path.size() / 2 == maxHops) {
            return;
        }
        for (String[] edge : edges.getOrDefault(last, List.of())) {
            if (!path.contains(edge[1])) {
                path.add(edge[0]);
                path.add(edge[1]);
                simplePaths(edges, to, maxHops, path, found);
                path.remove(path.size() - 1);
                path.remove(path.size() - 1);
            }
        }
    }

    private static int hops(String path) {
        return path.split("\t").length / 2;
    }

    private List<String> shortestPaths(String from, String to, int maxHops, int most) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> GraphQueries.shortestPaths(tx, from, to, maxHops,
                    List.of(RelationType.values()), GraphQueries.AsOf.ALWAYS, most)).stream()
                    .map(row -> {
                        var path = new StringBuilder(from);
                        row.get("hops").asList(hop -> hop).forEach(hop -> path.append('\t')
                                .append(hop.get("properties").get("key").asString()).append('\t')
                                .append(hop.get("to").get("id").asString()));
                        return path.toString();
                    }).toList();
        }
    }

    @Test
    void asOf2024ShowsExclusiveHostingAndAsOf2026TheRightOfFirstRefusalInstead() throws Exception {
        assertThat(microsoftToOpenAi("2024")).contains("HAS_EXCLUSIVE_RIGHTS cloud hosting")
                .doesNotContain("HAS_RIGHT_OF_FIRST_REFUSAL new compute capacity");
        assertThat(microsoftToOpenAi("2026")).contains("HAS_RIGHT_OF_FIRST_REFUSAL new compute capacity",
                "HAS_EXCLUSIVE_RIGHTS models").doesNotContain("HAS_EXCLUSIVE_RIGHTS cloud hosting");
    }

    private List<String> microsoftToOpenAi(String asOf) throws Exception {
        JsonNode entity = ok("/api/entities/microsoft?asOf=" + asOf);
        var relations = new ArrayList<String>();
        for (JsonNode r : list(entity.get("relationships"))) {
            if (r.get("other").get("id").asString().equals("openai") && r.get("outgoing").asBoolean()) {
                relations.add(r.get("relation").asString() + (r.get("properties").has("scope")
                        ? " " + r.get("properties").get("scope").asString() : ""));
            }
        }
        return relations;
    }

    @Test
    void aPathFromMicrosoftToOracleRunsThroughOpenAi() throws Exception {
        JsonNode answer = ok("/api/paths?from=Microsoft&to=Oracle&maxHops=2");
        assertThat(list(answer.get("paths"))).anySatisfy(path -> {
            assertThat(path.size()).isEqualTo(2);
            assertThat(path.get(0).get("to").asString()).isEqualTo("openai");
            assertThat(path.get(1).get("to").asString()).isEqualTo("oracle");
        });
        JsonNode onlyMoney = ok("/api/paths?from=Microsoft&to=Oracle&maxHops=2&types=INVESTED_IN");
        assertThat(onlyMoney.get("paths").size()).isZero();
    }

    @Test
    void moneyIntoOpenAiListsMicrosoftsThirteenBillionDollars() throws Exception {
        JsonNode money = ok("/api/entities/openai/money");
        assertThat(list(money.get("received"))).anySatisfy(i -> {
            assertThat(i.get("counterparty").get("id").asString()).isEqualTo("microsoft");
            assertThat(i.get("amount").asLong()).isEqualTo(13_000_000_000L);
            assertThat(i.get("currency").asString()).isEqualTo("USD");
        });
        assertThat(list(money.get("receivedTotals"))).anySatisfy(t -> assertThat(t.get("currency").asString())
                .isEqualTo("USD"));
        assertThat(list(money.get("receivedByYear"))).anySatisfy(t -> {
            assertThat(t.get("year").asString()).isEqualTo("2019");
            assertThat(t.get("amount").asLong()).isEqualTo(13_000_000_000L);
        });
    }

    @Test
    void findIgnoresCaseAndAccentsAndSearchesAliases() throws Exception {
        assertThat(ok("/api/entities?q=openai").get("entities").get(0).get("id").asString()).isEqualTo("openai");
        assertThat(ok("/api/entities?q=" + URLEncoder.encode("Verenigde Staten", StandardCharsets.UTF_8))
                .get("entities").get(0).get("id").asString()).isEqualTo("united-states");
        assertThat(list(ok("/api/entities?q=micro&kind=Product").get("entities")))
                .allSatisfy(e -> assertThat(e.get("kind").asString()).isEqualTo("Product")).isNotEmpty();
        JsonNode miss = ok("/api/entities?q=Mircosoft");
        assertThat(miss.get("entities").size()).isZero();
        assertThat(list(miss.get("didYouMean")).stream().map(JsonNode::asString)).contains("Microsoft");
    }

    @Test
    void anUnknownEntityIs404WithSuggestionsAndBadParametersAre400() throws Exception {
        var unknown = get("/api/entities/Antropic");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).get("suggestions").toString()).contains("Anthropic");

        var depth = get("/api/entities/openai/dependencies?depth=99");
        assertThat(depth.statusCode()).isEqualTo(400);
        assertThat(depth.body()).contains("depth: must be between 1 and");
        var date = get("/api/entities/openai?asOf=2024-13");
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(date.body()).contains("asOf:");
        var type = get("/api/paths?from=openai&to=oracle&types=LOVES");
        assertThat(type.statusCode()).isEqualTo(400);
        assertThat(type.body()).contains("types: 'LOVES' is not a relation type");
    }

    @Test
    void anEntityShowsItsRelationshipsWithEvidence() throws Exception {
        JsonNode microsoft = ok("/api/entities/Redmond");
        assertThat(microsoft.get("id").asString()).isEqualTo("microsoft");
        assertThat(microsoft.get("wikidata").asString()).isEqualTo("Q2283");
        assertThat(list(microsoft.get("relationships"))).anySatisfy(r -> {
            assertThat(r.get("relation").asString()).isEqualTo("INVESTED_IN");
            assertThat(r.get("evidence").size()).isGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void knownAtHidesWhatNoSourceHadReportedYet() throws Exception {
        List<String> early = ids(ok("/api/entities/openai/dependencies?depth=1&knownAt=2025-02").get("results"));
        assertThat(early).contains("nvidia").doesNotContain("oracle");
        assertThat(ids(ok("/api/entities/openai/dependencies?depth=1&knownAt=2025-10").get("results")))
                .contains("nvidia", "oracle");
    }

    @Test
    void knownAtShowsAnEdgeAsItsEarlySourcesDescribedIt() throws Exception {
        JsonNode now = list(ok("/api/entities/openai/money").get("received")).get(0);
        assertThat(now.get("sources").asInt()).isEqualTo(3);
        assertThat(now.get("start").asString()).isEqualTo("2019");

        JsonNode then = list(ok("/api/entities/openai/money?knownAt=2025-02").get("received")).get(0);
        assertThat(then.get("counterparty").get("id").asString()).isEqualTo("microsoft");
        assertThat(then.get("amount").asLong()).isEqualTo(13_000_000_000L);
        assertThat(then.get("sources").asInt()).isOne();
        assertThat(then.get("start").isNull()).isTrue();

        JsonNode microsoft = ok("/api/entities/microsoft?knownAt=2025-02");
        assertThat(list(microsoft.get("relationships"))).allSatisfy(r -> assertThat(list(r.get("evidence")))
                .allSatisfy(e -> assertThat(e.get("published").asString()).isLessThanOrEqualTo("2025-02")));
    }

    @Test
    void partnershipsGroupPartnersCoMembersAndInvestorsAndCompetitorsAreListed() throws Exception {
        JsonNode partnerships = ok("/api/entities/openai/partnerships");
        assertThat(list(partnerships.get("partners")).stream().map(r -> r.get("other").get("id").asString()))
                .contains("oracle", "softbank", "microsoft");
        assertThat(list(partnerships.get("coMembers"))).anySatisfy(c -> {
            assertThat(c.get("project").get("id").asString()).isEqualTo("stargate-project");
            assertThat(c.get("members").toString()).contains("nvidia", "arm", "softbank");
        });
        assertThat(list(partnerships.get("investors")).stream().map(r -> r.get("other").get("id").asString()))
                .contains("microsoft");
        assertThat(list(ok("/api/entities/openai/competitors").get("competitors")).stream()
                .map(r -> r.get("other").get("id").asString())).contains("xai", "meta", "deepseek", "google");
    }

    @Test
    void theMicrosoftOpenAiTimelineShowsTheInvestmentFirstAndTheEndOfExclusiveHosting() throws Exception {
        JsonNode timeline = ok("/api/entities/microsoft/timeline?with=OpenAI");
        List<JsonNode> events = list(timeline.get("events"));
        assertThat(events).allSatisfy(e -> assertThat(e.get("other").get("id").asString()).isEqualTo("openai"));
        assertThat(events.get(0).get("relation").asString()).isEqualTo("INVESTED_IN");
        assertThat(events.get(0).get("when").asString()).isEqualTo("2019");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("relation").asString()).isEqualTo("HAS_EXCLUSIVE_RIGHTS");
            assertThat(e.get("status").asString()).isEqualTo("ended");
            assertThat(e.get("until").asString()).isEqualTo("2025-01");
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("relation").asString()).isEqualTo("HAS_RIGHT_OF_FIRST_REFUSAL");
            assertThat(e.get("when").asString()).isEqualTo("2025-01");
        });
    }

    @Test
    void aSubgraphHasTheFocusItsNeighboursAndTheEdgesBetweenThem() throws Exception {
        JsonNode subgraph = ok("/api/subgraph?focus=Anthropic&depth=1");
        assertThat(list(subgraph.get("nodes")).stream().map(n -> n.get("id").asString()))
                .contains("anthropic", "claude", "amazon-web-services");
        assertThat(list(subgraph.get("edges"))).anySatisfy(e -> {
            assertThat(e.get("from").asString()).isEqualTo("anthropic");
            assertThat(e.get("relation").asString()).isEqualTo("RUNS_ON");
            assertThat(e.get("to").asString()).isEqualTo("amazon-web-services");
        });
    }

    @Test
    void aCircularDealMicrosoftInvestsInOpenAiWhichBuysComputeFromMicrosoft() throws Exception {
        JsonNode cycles = ok("/api/cycles?maxHops=3&through=Microsoft");
        assertThat(list(cycles.get("cycles"))).anySatisfy(cycle -> {
            assertThat(cycle.size()).isEqualTo(2);
            assertThat(cycle.toString()).contains("INVESTED_IN", "BUYS_COMPUTE_FROM");
            assertThat(cycle.get(0).get("from").asString())
                    .isEqualTo(cycle.get(1).get("to").asString());
        });
        assertThat(get("/api/cycles?types=PARTNERS_WITH").statusCode()).isEqualTo(400);
    }
}
