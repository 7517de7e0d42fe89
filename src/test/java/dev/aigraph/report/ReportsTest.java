package dev.aigraph.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.aigraph.extract.Document;
import dev.aigraph.ingest.IngestionService;
import dev.aigraph.review.ArticleIngestion;
import dev.aigraph.review.ArticleReport;
import dev.aigraph.support.AigraphTest;
import dev.aigraph.system.ReadTransactions;
import dev.aigraph.support.Api;
import dev.aigraph.support.CommandLineRun;
import dev.aigraph.support.GraphFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every report script runs on the sample graph through the driver, and its rows are the expected ones. */
@AigraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class ReportsTest {

    @Autowired
    Reports reports;

    @Autowired
    Driver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    void loadTheSampleGraph(@Autowired IngestionService ingestion) {
        new GraphFixture(driver).loadSample(ingestion);
    }

    private List<Map<String, Object>> rows(String report, Map<String, String> parameters) {
        return reports.run(report, parameters).rows();
    }

    @Test
    void everyScriptHasATitleAQuestionAndRuns() {
        assertThat(reports.all()).hasSizeGreaterThanOrEqualTo(10).allSatisfy(report -> {
            assertThat(report.title()).isNotBlank();
            assertThat(report.question()).isNotBlank();
            assertThat(reports.run(report.name(), Map.of()).columns()).isNotEmpty();
        });
    }

    @Test
    void theInvestmentLedgerListsAmountsPerCurrency() {
        assertThat(rows("investment-ledger", Map.of())).anySatisfy(row -> {
            assertThat(row).containsEntry("investor", "Microsoft").containsEntry("investee", "OpenAI")
                    .containsEntry("amount", 13_000_000_000L).containsEntry("currency", "USD")
                    .containsEntry("since", "2019");
        });
        assertThat(rows("investment-ledger", Map.of("currency", "EUR"))).singleElement().satisfies(row ->
                assertThat(row).containsEntry("investor", "ASML").containsEntry("amount", 1_300_000_000L));
    }

    @Test
    void theComputeSupplyChainHasTheOracleDealWithItsPeriod() {
        assertThat(rows("compute-supply-chain", Map.of("buyer", "OpenAI"))).anySatisfy(row ->
                assertThat(row).containsEntry("seller", "Oracle").containsEntry("amount", 300_000_000_000L)
                        .containsEntry("start", "2027").containsEntry("end", "2032"))
                .allSatisfy(row -> assertThat(row).containsEntry("buyer", "OpenAI"));
    }

    @Test
    void theModelSupplyChainRunsFromCopilotToClaudeToAnthropicToAws() {
        assertThat(rows("model-supply-chain", Map.of())).anySatisfy(row -> {
            assertThat(row).containsEntry("product", "Microsoft 365 Copilot").containsEntry("model", "Claude")
                    .containsEntry("developer", "Anthropic");
            assertThat((List<Object>) row.get("clouds")).contains("Amazon Web Services");
        });
    }

    @Test
    void azureIsASinglePointOfFailureAndMicrosoftAndOpenAiDealInACircle() {
        assertThat(rows("single-points-of-failure", Map.of("top", "20"))).anySatisfy(row ->
                assertThat(row).containsEntry("entity", "Azure"));
        assertThat(rows("circular-deals", Map.of())).anySatisfy(row ->
                assertThat((List<Object>) row.get("cycle")).containsExactly("Microsoft", "OpenAI", "Microsoft"));
    }

    @Test
    void partnershipsTimelineSingleSourcesConflictsAndEndings() {
        assertThat(rows("partnership-network", Map.of())).anySatisfy(row ->
                assertThat(row).containsEntry("entity", "Microsoft").containsEntry("partner", "OpenAI"))
                .anySatisfy(row -> assertThat((String) row.get("tie")).isEqualTo("co-member of Stargate Project"));
        assertThat(rows("pair-timeline", Map.of()).get(0)).containsEntry("since", "2019")
                .containsEntry("relation", "Microsoft INVESTED_IN OpenAI");
        assertThat(rows("pair-timeline", Map.of("first", "Anthropic", "second", "Claude"))).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("relation", "Anthropic DEVELOPS Claude"));
        assertThat(rows("single-source-facts", Map.of())).anySatisfy(row ->
                assertThat(row).containsEntry("subject", "ASML").containsEntry("object", "Mistral AI")
                        .containsEntry("source", "000_b56cb96511abb055.txt"));
        assertThat(rows("conflicting-claims", Map.of())).as("the sample's sources agree").isEmpty();
        assertThat(rows("ending-relations", Map.of())).anySatisfy(row ->
                assertThat(row).containsEntry("relation", "HAS_EXCLUSIVE_RIGHTS").containsEntry("scope",
                        "cloud hosting").containsEntry("status", "ended"));
    }

    @Test
    void proposedEntitiesAreTheUnknownNamesOfPendingProposalsWithAnExample(@Autowired ArticleIngestion articles)
            throws Exception {
        String text = "SoftBank invested $50 million in Veridian AI in 2024. Veridian AI partners with Oracle. "
                + "SoftBank invested $20 million in Nebula Forge. Microsoft competes with Nebula Forge. NVIDIA "
                + "supplies chips to Quorra Silicon.";
        var seeded = articles.ingest(new Document("proposals.txt", text, null, null, null, "en"), false);
        assertThat(seeded.proposalsCreated()).isEqualTo(5);
        var api = new Api(port);
        assertThat(api.post("/api/review/" + proposal(seeded, "Nebula Forge") + "/accept", "text/plain", "")
                .statusCode()).isEqualTo(200);
        assertThat(api.post("/api/review/" + proposal(seeded, "Quorra Silicon") + "/reject", "text/plain", "")
                .statusCode()).isEqualTo(200);

        assertThat(rows("proposed-entities", Map.of())).containsExactly(Map.of("name", "Veridian AI",
                "kind", "Organization", "proposals", 2L,
                "example", "SoftBank invested $50 million in Veridian AI in 2024.",
                "source", seeded.source().id(), "title", "proposals.txt"));
    }

    private static String proposal(ArticleReport report, String object) {
        return report.facts().stream().filter(f -> f.fact().object().equals(object)).findFirst().orElseThrow()
                .proposal();
    }

    @Test
    void aReportThatWritesIsRefusedAndWritesNothing(@Autowired ReadTransactions reads) {
        var writing = new Reports(reads, List.of(Report.parse("bad", "// title: Bad\nCREATE (n:Oops) RETURN n")));
        assertThatThrownBy(() -> writing.run("bad", Map.of())).isInstanceOf(Reports.WriteRefused.class)
                .hasMessageContaining("report 'bad' tries to write");
        assertThat(new GraphFixture(driver).count("MATCH (n:Oops) RETURN count(n)")).isZero();
        assertThatThrownBy(() -> reports.run("investment-ledger", Map.of("colour", "red")))
                .hasMessageContaining("has no parameter [colour]");
    }

    @Test
    void theApiListsReportsAndAnswersJsonOrCsv() throws Exception {
        var http = HttpClient.newHttpClient();
        var list = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/reports")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(list.body()).contains("\"name\":\"investment-ledger\"", "\"currency\":\"null\"");
        var csv = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/reports/investment-ledger?currency=USD")).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body().lines().findFirst().orElseThrow()).startsWith("investor,investee,amount,currency");
        assertThat(csv.body()).contains("Microsoft,OpenAI,13000000000,USD");
        var unknown = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/reports/nothing")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void theReportCommandPrintsATableOrCsv() {
        var run = CommandLineRun.of("report", "investment-ledger", "--param", "currency=EUR", "--format", "csv");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("ASML,\"Mistral AI\",1300000000,EUR").doesNotContain("USD");
    }

    @Test
    void theGraphExportsAsGraphmlWithWikidataIdsAndAsCsv() throws Exception {
        var http = HttpClient.newHttpClient();
        var graphml = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/export?format=graphml&focus=OpenAI&depth=1")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(graphml.statusCode()).isEqualTo(200);
        var document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(graphml.body().getBytes(StandardCharsets.UTF_8)));
        var nodes = document.getElementsByTagName("node");
        var ids = new java.util.ArrayList<String>();
        for (int i = 0; i < nodes.getLength(); i++) {
            ids.add(((org.w3c.dom.Element) nodes.item(i)).getAttribute("id"));
        }
        assertThat(ids).contains("openai", "microsoft", "oracle").doesNotContain("mistral-ai");
        assertThat(graphml.body()).contains("<data key=\"n_wikidata\">Q2283</data>");
        assertThat(document.getElementsByTagName("edge").getLength()).isGreaterThan(5);

        var csv = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/export?format=csv"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.body().lines().findFirst().orElseThrow()).startsWith("from,fromName,fromKind,fromWikidata");
        assertThat(csv.body()).contains("asml,ASML,Organization,,INVESTED_IN,mistral-ai,\"Mistral AI\"");
        var unknown = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/export?focus=Nobody")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("no entity with id or name 'Nobody'");
    }
}
