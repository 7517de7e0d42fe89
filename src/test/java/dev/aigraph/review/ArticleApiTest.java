package dev.aigraph.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

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

/** {@code POST /api/documents} and the review queue, against a real Neo4j. */
@AigraphTest
class ArticleApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String URL = "https://example.com/2025/03/ai-deals";
    private static final String ARTICLE = "Microsoft invested $10 billion in OpenAI in 2023. OpenAI runs on Azure, "
            + "Microsoft's cloud. NVIDIA supplies chips to Oracle. SoftBank invested $50 million in Veridian AI in "
            + "2024.";
    private static final String PROPOSED = "SoftBank invested $50 million in Veridian AI in 2024.";
    private static final String ALL_NODES = "MATCH (n) WHERE NOT n:__Neo4jMigration RETURN count(n)";

    private final Driver driver;
    private final GraphFixture graph;
    private final Api api;

    ArticleApiTest(@Autowired Driver driver, @LocalServerPort int port) {
        this.driver = driver;
        this.graph = new GraphFixture(driver);
        this.api = new Api(port);
    }

    @BeforeEach
    void emptyGraph() {
        graph.clear();
    }

    private HttpResponse<String> postArticle(String text, String url) throws Exception {
        var body = new LinkedHashMap<String, String>();
        body.put("text", text);
        body.put("title", "AI deals of the week");
        body.put("url", url);
        body.put("published", "2025-03-04");
        body.put("language", "en");
        return api.post("/api/documents", "application/json", JSON.writeValueAsString(body));
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** The outcome of the one fact in an article report with this relation and object. */
    private static JsonNode outcome(JsonNode report, String relation, String object) {
        for (JsonNode fact : report.get("facts")) {
            if (fact.get("fact").get("relation").asString().equals(relation)
                    && fact.get("fact").get("object").asString().equals(object)) {
                return fact;
            }
        }
        throw new AssertionError("no " + relation + " " + object + " in " + report);
    }

    private String proposalOf(JsonNode report) {
        return outcome(report, "INVESTED_IN", "Veridian AI").get("proposal").asString();
    }

    private long count(String cypher) {
        return graph.count(cypher);
    }

    @Test
    void anArticleBecomesEdgesWithTheirAmountsAndClaimsWithMethodConfidenceAndSentence() throws Exception {
        var response = postArticle(ARTICLE, URL);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = json(response);
        assertThat(report.get("written").asBoolean()).isTrue();
        assertThat(report.get("language").asString()).isEqualTo("en");
        assertThat(report.get("languageDetected").asBoolean()).isFalse();
        assertThat(report.get("sentences").asInt()).as("the title and four").isEqualTo(5);
        JsonNode investment = outcome(report, "INVESTED_IN", "OpenAI");
        assertThat(investment.get("outcome").asString()).isEqualTo("claim");
        assertThat(investment.get("status").asString()).isEqualTo("written");
        double confidence = investment.get("fact").get("confidence").asDouble();

        var edge = driver.executableQuery("""
                MATCH (:Entity {id: 'microsoft'})-[r:INVESTED_IN]->(:Entity {id: 'openai'})
                MATCH (c:Claim {edge: r.key})-[:STATED_IN]->(s:Source)
                RETURN r.amount AS amount, r.currency AS currency, c.id AS claim, c.method AS method,
                       c.confidence AS confidence, c.sentence AS sentence, s AS source""").execute().records();
        assertThat(edge).singleElement().satisfies(row -> {
            assertThat(row.get("amount").asLong()).isEqualTo(10_000_000_000L);
            assertThat(row.get("currency").asString()).isEqualTo("USD");
            assertThat(row.get("claim").asString()).isEqualTo(investment.get("claim").asString());
            assertThat(row.get("method").asString()).isEqualTo("article_extraction");
            assertThat(row.get("confidence").asDouble()).isEqualTo(confidence).isBetween(0.6, 1.0);
            assertThat(row.get("sentence").asString()).isEqualTo("Microsoft invested $10 billion in OpenAI in 2023.");
            var source = row.get("source");
            assertThat(source.get("id").asString()).isEqualTo(URL);
            assertThat(source.get("title").asString()).isEqualTo("AI deals of the week");
            assertThat(source.get("published").asString()).isEqualTo("2025-03-04");
            assertThat(source.get("language").asString()).isEqualTo("en");
            assertThat(source.get("contentHash").asString()).isEqualTo(sha256(ARTICLE));
        });
        assertThat(count("MATCH (:Entity {id: 'nvidia'})-[r:SUPPLIES]->(:Entity {id: 'oracle'}) RETURN count(r)"))
                .isOne();
        assertThat(report.get("claimsCreated").asInt()).isEqualTo(count("MATCH (c:Claim) RETURN count(c)"))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void postingTheSameArticleAgainCreatesNoClaimsAndNoProposals() throws Exception {
        JsonNode first = json(postArticle(ARTICLE, URL));
        long nodes = count(ALL_NODES);
        long relationships = count("MATCH ()-[r]->() RETURN count(r)");
        assertThat(first.get("proposalsCreated").asInt()).isOne();

        var again = postArticle(ARTICLE, URL);

        assertThat(again.statusCode()).isEqualTo(200);
        JsonNode report = json(again);
        assertThat(report.get("claimsCreated").asInt()).isZero();
        assertThat(report.get("edgesCreated").asInt()).isZero();
        assertThat(report.get("proposalsCreated").asInt()).isZero();
        assertThat(report.get("facts")).allSatisfy(fact ->
                assertThat(fact.get("status").asString()).isEqualTo("unchanged"));
        assertThat(proposalOf(report)).isEqualTo(proposalOf(first));
        assertThat(count(ALL_NODES)).isEqualTo(nodes);
        assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
    }

    @Test
    void aFactNamingAnUnknownOrganisationWaitsForReviewInsteadOfBecomingAnEdge() throws Exception {
        JsonNode report = json(postArticle(ARTICLE, URL));
        JsonNode queued = outcome(report, "INVESTED_IN", "Veridian AI");
        assertThat(queued.get("outcome").asString()).isEqualTo("review");
        assertThat(report.get("proposedEntities")).singleElement().satisfies(entity -> {
            assertThat(entity.get("name").asString()).isEqualTo("Veridian AI");
            assertThat(entity.get("kind").asString()).isEqualTo("Organization");
        });
        json(postArticle("SoftBank invested $20 million in Nebula Forge.", "https://example.com/later"));

        assertThat(count("MATCH (e:Entity {id: 'veridian-ai'}) RETURN count(e)")).isZero();
        assertThat(count("MATCH (:Entity {id: 'softbank'})-[r:INVESTED_IN]->() RETURN count(r)")).isZero();
        var response = api.get("/api/review");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode proposals = json(response).get("proposals");
        assertThat(proposals).hasSize(2);
        assertThat(proposals.get(0).get("fact").get("object").asString()).as("newest first").isEqualTo("Nebula Forge");
        JsonNode proposal = proposals.get(1);
        assertThat(proposal.get("id").asString()).isEqualTo(queued.get("proposal").asString());
        assertThat(proposal.get("status").asString()).isEqualTo("pending");
        JsonNode fact = proposal.get("fact");
        assertThat(fact.get("subject").asString()).isEqualTo("SoftBank");
        assertThat(fact.get("relation").asString()).isEqualTo("INVESTED_IN");
        assertThat(fact.get("amount").asLong()).isEqualTo(50_000_000L);
        assertThat(fact.get("currency").asString()).isEqualTo("USD");
        assertThat(fact.get("date").asString()).isEqualTo("2024");
        assertThat(fact.get("sentence").asString()).isEqualTo(PROPOSED);
        assertThat(fact.get("confidence").asDouble()).isEqualTo(queued.get("fact").get("confidence").asDouble());
        assertThat(proposal.get("source").get("id").asString()).isEqualTo(URL);
        assertThat(proposal.get("newEntities")).singleElement().satisfies(entity -> {
            assertThat(entity.get("name").asString()).isEqualTo("Veridian AI");
            assertThat(entity.get("kind").asString()).isEqualTo("Organization");
        });
        assertThat(api.get("/api/review?status=decided").statusCode()).isEqualTo(400);
    }

    @Test
    void acceptingAProposalCreatesTheEntityAndTheEdgeAndDecidesItOnce() throws Exception {
        String id = proposalOf(json(postArticle(ARTICLE, URL)));

        var accepted = api.post("/api/review/" + id + "/accept", "application/json", "");

        assertThat(accepted.statusCode()).isEqualTo(200);
        JsonNode body = json(accepted);
        assertThat(body.get("proposal").get("status").asString()).isEqualTo("accepted");
        assertThat(body.get("proposal").get("decidedAt").asString()).isNotBlank();
        assertThat(body.get("claimsCreated").asInt()).isOne();
        assertThat(body.get("entitiesCreated")).singleElement().satisfies(entity -> {
            assertThat(entity.get("id").asString()).isEqualTo("veridian-ai");
            assertThat(entity.get("kind").asString()).isEqualTo("Organization");
        });
        assertThat(graph.count("""
                MATCH (:Entity {id: 'softbank'})-[r:INVESTED_IN {amount: 50000000}]->(:Organization {id: 'veridian-ai'})
                MATCH (c:Claim {edge: r.key, method: 'article_extraction', sentence: $sentence})
                RETURN count(c)""", Map.of("sentence", PROPOSED))).isOne();

        assertThat(api.post("/api/review/" + id + "/accept", "application/json", "").statusCode()).isEqualTo(409);
        var rejectLater = api.post("/api/review/" + id + "/reject", "application/json", "");
        assertThat(rejectLater.statusCode()).isEqualTo(409);
        assertThat(json(rejectLater).get("detail").asString()).contains("already accepted");
        assertThat(json(api.get("/api/review")).get("proposals")).isEmpty();
        assertThat(json(api.get("/api/review?status=accepted")).get("proposals")).singleElement()
                .satisfies(p -> assertThat(p.get("id").asString()).isEqualTo(id));

        JsonNode again = json(postArticle(ARTICLE, URL));
        assertThat(again.get("proposalsCreated").asInt()).isZero();
        assertThat(json(api.get("/api/review")).get("proposals")).as("the decision is kept").isEmpty();
    }

    @Test
    void rejectingAProposalLeavesNoEdgeAndUnknownIdsAnswer404() throws Exception {
        String id = proposalOf(json(postArticle(ARTICLE, URL)));

        var rejected = api.post("/api/review/" + id + "/reject", "application/json", "");

        assertThat(rejected.statusCode()).isEqualTo(200);
        assertThat(json(rejected).get("status").asString()).isEqualTo("rejected");
        assertThat(count("MATCH (e:Entity {id: 'veridian-ai'}) RETURN count(e)")).isZero();
        assertThat(count("MATCH (:Entity {id: 'softbank'})-[r:INVESTED_IN]->() RETURN count(r)")).isZero();
        assertThat(api.post("/api/review/" + id + "/accept", "application/json", "").statusCode()).isEqualTo(409);
        assertThat(count("MATCH (e:Entity {id: 'veridian-ai'}) RETURN count(e)")).isZero();
        assertThat(api.post("/api/review/" + id + "/reject", "application/json", "").statusCode()).isEqualTo(409);
        assertThat(json(api.get("/api/review?status=rejected")).get("proposals")).hasSize(1);

        var unknownAccept = api.post("/api/review/no-such-proposal/accept", "application/json", "");
        assertThat(unknownAccept.statusCode()).isEqualTo(404);
        assertThat(json(unknownAccept).get("detail").asString()).contains("no-such-proposal");
        assertThat(api.post("/api/review/no-such-proposal/reject", "application/json", "").statusCode())
                .isEqualTo(404);
    }

    @Test
    void badFieldsAnswer400NamingTheFieldAndTheValueAndWriteNothing() throws Exception {
        var badDate = api.post("/api/documents", "application/json",
                "{\"text\": \"" + PROPOSED + "\", \"published\": \"2025-13-01\"}");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(json(badDate).get("detail").asString()).startsWith("published: ").contains("'2025-13-01'");

        var badQueryDate = api.post("/api/documents?published="
                + URLEncoder.encode("next week", StandardCharsets.UTF_8), "text/plain", PROPOSED);
        assertThat(badQueryDate.statusCode()).isEqualTo(400);
        assertThat(json(badQueryDate).get("detail").asString()).contains("published", "'next week'");

        var french = api.post("/api/documents", "application/json",
                "{\"text\": \"" + PROPOSED + "\", \"language\": \"fr\"}");
        assertThat(french.statusCode()).isEqualTo(400);
        assertThat(json(french).get("detail").asString()).startsWith("language: 'fr'");

        var misspelt = api.post("/api/documents", "application/json", "{\"text\": \"" + PROPOSED
                + "\", \"publsihed\": \"2025\"}");
        assertThat(misspelt.statusCode()).isEqualTo(400);
        assertThat(json(misspelt).get("detail").asString()).startsWith("unknown field 'publsihed'")
                .contains("published");

        var empty = api.post("/api/documents", "application/json", "{\"text\": \"  \"}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json(empty).get("detail").asString()).startsWith("text:");
        assertThat(api.post("/api/documents", "text/plain", "").statusCode()).isEqualTo(400);

        var tooLarge = api.post("/api/documents", "text/plain", (PROPOSED + " ").repeat(200_000));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("max-body-bytes");
        assertThat(count(ALL_NODES)).isZero();
    }

    @Test
    void plainTextInDutchIsReadWithItsLanguageDetectedAndItsTextHashAsSource() throws Exception {
        String text = "Microsoft investeerde in 2023 10 miljard dollar in OpenAI. Oracle werkt samen met OpenAI.";

        var response = api.post("/api/documents?title=Deals&published=2025-03", "text/plain", text);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = json(response);
        assertThat(report.get("language").asString()).isEqualTo("nl");
        assertThat(report.get("languageDetected").asBoolean()).isTrue();
        assertThat(report.get("source").get("id").asString()).isEqualTo(sha256(text));
        assertThat(count("MATCH (:Entity {id: 'microsoft'})-[r:INVESTED_IN {amount: 10000000000}]->"
                + "(:Entity {id: 'openai'}) RETURN count(r)")).isOne();
        assertThat(count("MATCH (s:Source {title: 'Deals', published: '2025-03', language: 'nl'}) "
                + "WHERE s.url IS NULL RETURN count(s)")).isOne();
    }

    @Test
    void anArticleWithAFactThatCannotBeWrittenIsRejectedWholeProposalsIncluded() throws Exception {
        // A merge taught the graph that "Oracle" is a person, so NVIDIA cannot supply it: the fact is refused.
        graph.run("CREATE (:Alias {key: 'oracle', name: 'Oracle'})-[:ALIAS_OF]->(:Entity:Person "
                + "{id: 'larry', name: 'Larry', kind: 'Person'})", Map.of());
        long before = count(ALL_NODES);

        var response = postArticle(ARTICLE, URL);

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode report = json(response);
        assertThat(report.get("written").asBoolean()).isFalse();
        assertThat(report.get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("field").asString()).isEqualTo("object");
            assertThat(error.get("reason").asString()).contains("'Oracle' is a Person");
            assertThat(report.get("facts").get(error.get("index").asInt()).get("status").asString())
                    .isEqualTo("rejected");
        });
        assertThat(outcome(report, "INVESTED_IN", "Veridian AI").get("status").asString()).isEqualTo("not-written");
        assertThat(count(ALL_NODES)).isEqualTo(before);
        assertThat(count("MATCH (p:Proposal) RETURN count(p)")).isZero();
    }

    @Test
    void theIngestCommandReadsADatedFileOrAnyTxtFileUnderArticlesAsAnArticle(@TempDir Path dir) throws Exception {
        Path dated = Files.writeString(dir.resolve("deals.txt"), "date 2025-03-04\n" + ARTICLE);
        Path dutch = Files.writeString(dir.resolve("samenwerking.txt"), "Oracle werkt samen met OpenAI.");

        var run = CommandLineRun.of("ingest", dated.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("deals.txt: article in en (detected), 4 sentences, 5 facts: 4 written as "
                + "claims (new: 4 claims, 4 edges), 1 queued for review (new: 1 proposals)")
                .contains("deals.txt: proposed new Organization 'Veridian AI' (awaiting review)");
        assertThat(graph.count("""
                MATCH (:Entity {id: 'microsoft'})-[r:INVESTED_IN]->(:Entity {id: 'openai'})
                MATCH (:Claim {edge: r.key, method: 'article_extraction'})-[:STATED_IN]->(s:Source)
                WHERE s.id = $hash AND s.title = 'deals.txt' AND s.published = '2025-03-04'
                RETURN count(s)""", Map.of("hash", sha256(ARTICLE)))).isOne();
        assertThat(graph.count("MATCH (p:Proposal {status: 'pending', sentence: $sentence})-[:PROPOSED_IN]->"
                + "(:Source {title: 'deals.txt'}) RETURN count(p)", Map.of("sentence", PROPOSED))).isOne();

        assertThat(CommandLineRun.of("ingest", dutch.toString()).exit()).as("statements without --articles")
                .isEqualTo(2);
        var article = CommandLineRun.of("ingest", "--articles", "--lang", "nl", "--date", "2025-05", dutch.toString());
        assertThat(article.exit()).isZero();
        assertThat(article.out()).contains("samenwerking.txt: article in nl, 1 sentences, 1 facts: 1 written");
        assertThat(graph.count("MATCH (:Entity {id: 'oracle'})-[r:PARTNERS_WITH]-(:Entity {id: 'openai'}) "
                + "MATCH (:Claim {edge: r.key})-[:STATED_IN]->(:Source {published: '2025-05', language: 'nl'}) "
                + "RETURN count(r)")).isOne();
        assertThat(CommandLineRun.of("ingest", "--articles", "--date", "2025-02-30", dutch.toString()).exit())
                .isEqualTo(2);
    }

    @Test
    void theDocumentAndReviewEndpointsAreInTheOpenApiDocument() throws Exception {
        JsonNode paths = json(api.get("/api-docs")).get("paths");

        assertThat(paths.get("/api/documents").get("post").get("tags").get(0).asString()).isEqualTo("ingest");
        assertThat(paths.get("/api/review").get("get").get("parameters")).extracting(p -> p.get("name").asString())
                .containsExactly("status", "limit");
        assertThat(paths.has("/api/review/{id}/accept")).isTrue();
        assertThat(paths.has("/api/review/{id}/reject")).isTrue();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
