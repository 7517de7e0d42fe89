package dev.aigraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.aigraph.support.AigraphTest;
import dev.aigraph.support.GraphFixture;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The bundled sample loads into an empty database, and covers the facts of the real articles. */
@AigraphTest
class SampleDataTest {

    private static final Path GOLD = Path.of("../shared/corpus/seeds-gold.jsonl");

    @Autowired
    IngestionService ingestion;

    @Autowired
    Driver driver;

    GraphFixture graph;

    @BeforeEach
    void loadSampleIntoEmptyGraph() {
        graph = new GraphFixture(driver);
        graph.clear();
        new SampleData(ingestion, driver).run(null);
    }

    @Test
    void theMicrosoftOpenAiInvestmentCarriesAmountCurrencyStartAndItsSources() {
        var record = driver.executableQuery("""
                MATCH (:Entity {name: 'Microsoft'})-[r:INVESTED_IN]->(:Entity {name: 'OpenAI'})
                MATCH (c:Claim {edge: r.key})-[:STATED_IN]->(s:Source)
                RETURN r.amount AS amount, r.currency AS currency, r.start AS start, r.sources AS sources,
                       collect(DISTINCT s.id) AS documents""").execute().records();

        assertThat(record).singleElement().satisfies(r -> {
            assertThat(r.get("amount").asLong()).isEqualTo(13_000_000_000L);
            assertThat(r.get("currency").asString()).isEqualTo("USD");
            assertThat(r.get("start").asString()).isEqualTo("2019");
            assertThat(r.get("sources").asInt()).isEqualTo(3);
            assertThat(r.get("documents").asList()).contains("001_e24a2ce05fa313ec.txt", "003_e07161b78d64e8a7.txt");
        });
    }

    @Test
    void theSampleLoadsOnlyIntoAnEmptyDatabase() {
        long claims = graph.count("MATCH (c:Claim) RETURN count(c)");
        graph.run("MATCH (c:Claim) WITH c LIMIT 1 DETACH DELETE c", Map.of());

        new SampleData(ingestion, driver).run(null);

        assertThat(graph.count("MATCH (c:Claim) RETURN count(c)")).isEqualTo(claims - 1);
    }

    @Test
    void everyAssertedGoldFactOfTheCorpusIsAnEdgeOfTheSample() throws IOException {
        Assumptions.assumeTrue(Files.exists(GOLD), "skipped: ../shared/corpus is not present beside the repository");
        var json = JsonMapper.builder().build();
        var missing = new ArrayList<String>();
        int checked = 0;
        for (String line : Files.readAllLines(GOLD)) {
            JsonNode fact = json.readTree(line);
            if (fact.path("negated").asBoolean(false)) {
                continue;
            }
            checked++;
            long edges = graph.count("""
                    MATCH (s:Entity {name: $subject})-[r]-(o:Entity {name: $object})
                    WHERE type(r) = $relation AND (startNode(r) = s OR $relation IN ['PARTNERS_WITH', 'COMPETES_WITH'])
                    RETURN count(r)""", Map.of("subject", fact.get("subject").asString(),
                    "relation", fact.get("relation").asString(), "object", fact.get("object").asString()));
            if (edges == 0) {
                missing.add(fact.get("subject").asString() + " " + fact.get("relation").asString() + " "
                        + fact.get("object").asString());
            }
        }
        assertThat(checked).isGreaterThan(80);
        assertThat(missing).as("gold facts without an edge").isEmpty();
    }

    @Test
    void theSampleGraphHasEveryEntityKindItNeeds() {
        List<String> labels = driver.executableQuery("""
                MATCH (e:Entity) UNWIND labels(e) AS label
                RETURN collect(DISTINCT label) AS labels""").execute().records().get(0).get("labels")
                .asList(v -> v.asString());
        assertThat(labels).contains("Organization", "Person", "AIModel", "Product", "CloudPlatform", "Project",
                "Region");
    }
}
