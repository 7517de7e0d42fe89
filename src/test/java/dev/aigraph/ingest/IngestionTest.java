package dev.aigraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import dev.aigraph.graph.EntityKind;
import dev.aigraph.graph.Evidence;
import dev.aigraph.graph.Fact;
import dev.aigraph.graph.Mention;
import dev.aigraph.graph.RelationType;
import dev.aigraph.graph.Source;
import dev.aigraph.support.AigraphTest;
import dev.aigraph.support.GraphFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;

/** The ingestion service against a real Neo4j: what lands in the graph, and what does not. */
@AigraphTest
class IngestionTest {

    private static final Source SOURCE = new Source("test-statements", "Test statements", null, "en", null, null);
    private static final String COUNTS = """
            CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
            CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
            CALL () { MATCH (:Entity)-[r]->(:Entity) WHERE r.key IS NOT NULL RETURN count(r) AS edges }
            CALL () { MATCH (s:Source) RETURN count(s) AS sources }
            RETURN [entities, claims, edges, sources] AS counts""";

    @Autowired
    IngestionService ingestion;

    @Autowired
    Driver driver;

    GraphFixture graph;

    @BeforeEach
    void emptyGraph() {
        graph = new GraphFixture(driver);
        graph.clear();
    }

    private IngestReport statements(String text) {
        return ingestion.ingestStatements(text, SOURCE, false, IngestProgress.NONE);
    }

    private List<Object> counts() {
        return driver.executableQuery(COUNTS).execute().records().get(0).get("counts").asList();
    }

    private Record edge(String type, String subject, String object) {
        var records = driver.executableQuery("""
                MATCH (s:Entity {name: $subject})-[r]->(o:Entity {name: $object})
                WHERE type(r) = $type
                RETURN r, s, o""").withParameters(Map.of("type", type, "subject", subject, "object", object))
                .execute().records();
        assertThat(records).as("%s-[%s]->%s", subject, type, object).hasSize(1);
        return records.get(0);
    }

    @Test
    void aStatementBecomesTypedEntitiesADirectEdgeAndAClaimWithItsSource() {
        var report = statements("Microsoft has invested over $13B in OpenAI since 2019 "
                + "[source: https://example.com/msft-openai, date: 2025-01-15, title: \"Example\"]");

        assertThat(report.written()).isTrue();
        assertThat(report.claimsCreated()).isEqualTo(1);
        assertThat(report.edgesCreated()).isEqualTo(1);
        var edge = edge("INVESTED_IN", "Microsoft", "OpenAI");
        var r = edge.get("r");
        assertThat(r.get("amount").asLong()).isEqualTo(13_000_000_000L);
        assertThat(r.get("currency").asString()).isEqualTo("USD");
        assertThat(r.get("amountQualifier").asString()).isEqualTo("over");
        assertThat(r.get("start").asString()).isEqualTo("2019");
        assertThat(edge.get("s").asNode().labels()).contains("Entity", "Organization");
        assertThat(edge.get("s").get("id").asString()).isEqualTo("microsoft");
        assertThat(edge.get("s").get("wikidata").asString()).isEqualTo("Q2283");

        var evidence = driver.executableQuery("""
                MATCH (:Entity {id: 'microsoft'})-[r:INVESTED_IN]->(:Entity {id: 'openai'})
                MATCH (c:Claim {edge: r.key})-[:STATED_IN]->(s:Source)
                RETURN c.sentence AS sentence, c.method AS method, s.id AS source, s.published AS published""")
                .execute().records();
        assertThat(evidence).singleElement().satisfies(row -> {
            assertThat(row.get("sentence").asString()).isEqualTo("Microsoft has invested over $13B in OpenAI since 2019");
            assertThat(row.get("method").asString()).isEqualTo("statement");
            assertThat(row.get("source").asString()).isEqualTo("https://example.com/msft-openai");
            assertThat(row.get("published").asString()).isEqualTo("2025-01-15");
        });
    }

    @Test
    void ingestingTheSameStatementsTwiceChangesNothing() {
        String text = """
                Microsoft invested $13B in OpenAI [source: a]
                OpenAI, Oracle and SoftBank are members of Stargate Project
                Oracle partners with OpenAI
                OpenAI partners with Oracle [source: b]
                Acme Robotics uses Claude
                """;
        statements(text);
        List<Object> first = counts();
        var again = statements(text);

        assertThat(counts()).isEqualTo(first);
        assertThat(again.claimsCreated()).isZero();
        assertThat(again.edgesCreated()).isZero();
        assertThat(again.entitiesCreated()).isEmpty();
        assertThat(again.results()).extracting(IngestReport.ItemResult::status).containsOnly("unchanged");
        // Two sources state the partnership in either direction: one symmetric edge, two claims.
        assertThat(graph.count("MATCH (:Entity)-[r:PARTNERS_WITH]-(:Entity) RETURN count(DISTINCT r)")).isOne();
        assertThat(graph.count("MATCH (c:Claim {relation: 'PARTNERS_WITH'}) RETURN count(c)")).isEqualTo(2);
    }

    @Test
    void theSameStatementTwiceInOneInputIsOneClaim() {
        var report = statements("""
                Microsoft invested $13B in OpenAI [source: a]
                Microsoft invested $13B in OpenAI [source: a]
                """);

        assertThat(report.claimsCreated()).isOne();
        assertThat(report.edgesCreated()).isOne();
        assertThat(counts()).containsExactly(2L, 1L, 1L, 1L);
        assertThat(edge("INVESTED_IN", "Microsoft", "OpenAI").get("r").get("claims").asInt()).isOne();
    }

    @Test
    void anEdgeSaysTheSameWhetherItsClaimsArriveTogetherOrOneByOne() {
        // A new edge is summarised from the claims in hand, an existing one from its claims read back: the two must
        // agree on every property.
        List<String> lines = List.of(
                "Microsoft invested about $13B in OpenAI since 2019 [source: first, date: 2023-01-10]",
                "Microsoft invested over $10B in OpenAI [source: second, date: 2024-03]",
                "Microsoft invested $13B in OpenAI until 2030 [source: third, date: 2025]",
                "Microsoft reportedly invested $13B in OpenAI [source: fourth]",
                "Microsoft no longer has exclusive rights to OpenAI's models since January 2025 [source: fifth, "
                        + "date: 2025-02-01]",
                "Microsoft has exclusive rights to OpenAI's models [source: sixth, date: 2024-06]");
        assertThat(statements(String.join("\n", lines)).errors()).isEmpty();
        var together = edgeProperties();

        graph.clear();
        lines.forEach(line -> assertThat(statements(line).errors()).isEmpty());

        assertThat(edgeProperties()).isEqualTo(together);
        assertThat(together).hasSize(2);
        assertThat(together.get(0)).containsEntry("claims", 2L).containsEntry("status", "ended");
        assertThat(together.get(1)).containsEntry("claims", 4L).containsEntry("amount", 13_000_000_000L)
                .containsEntry("end", "2030").containsEntry("firstReported", java.time.LocalDate.of(2023, 1, 10));
    }

    private List<Map<String, Object>> edgeProperties() {
        return driver.executableQuery("""
                MATCH (:Entity {id: 'microsoft'})-[r]->(:Entity {id: 'openai'})
                RETURN properties(r) AS properties ORDER BY type(r)""").execute().records().stream()
                .map(r -> r.get("properties").asMap()).toList();
    }

    @Test
    void anUnknownEntityIsCreatedWithTheKindOfItsRoleAndReported() {
        var report = statements("Antropic Labs runs on Azure");

        assertThat(report.entitiesCreated()).singleElement().satisfies(created -> {
            assertThat(created.id()).isEqualTo("antropic-labs");
            assertThat(created.kind()).isEqualTo("Organization");
        });
        var suggested = statements("Antropic uses Claude").entitiesCreated();
        assertThat(suggested).singleElement().satisfies(c -> assertThat(c.didYouMean()).contains("Anthropic"));
        assertThat(graph.count("MATCH (e:Entity:CloudPlatform {id: 'azure'})-[:PART_OF]->(:Entity {id: 'microsoft'}) "
                + "RETURN count(e)")).isOne();
    }

    @Test
    void aNameOpeningWithAnArticleMeansTheEntityTheRestNamesWhenThatIsKnown() {
        statements("Acme Robotics runs on Azure");

        var report = statements("""
                Gamma Labs partners with the OpenAI
                The Acme Robotics partners with Gamma Labs
                Zeta Werke runs on Azure
                die Zeta Werke partners with het Acme Robotics
                The Information partners with OpenAI
                The Lumen Foundry partners with OpenAI
                """);

        assertThat(report.valid()).as(report.errors().toString()).isTrue();
        // The gazetteer's OpenAI, the graph's Acme Robotics, and Zeta Werke from the line before. A name known as a
        // whole stays whole (the gazetteer's The Information), and "Lumen Foundry" is not known, so "The Lumen
        // Foundry" is a new name.
        assertThat(report.entitiesCreated()).extracting(IngestReport.CreatedEntity::id)
                .containsExactlyInAnyOrder("gamma-labs", "zeta-werke", "the-lumen-foundry");
        // A partnership's edge runs from the lesser id to the greater.
        edge("PARTNERS_WITH", "Gamma Labs", "OpenAI");
        edge("PARTNERS_WITH", "Acme Robotics", "Gamma Labs");
        edge("PARTNERS_WITH", "Acme Robotics", "Zeta Werke");
        edge("PARTNERS_WITH", "OpenAI", "The Information");
        edge("PARTNERS_WITH", "OpenAI", "The Lumen Foundry");
        assertThat(graph.count("MATCH (e:Entity) WHERE e.name STARTS WITH 'the ' OR e.name STARTS WITH 'die ' "
                + "OR e.name STARTS WITH 'het ' OR e.name = 'The Acme Robotics' RETURN count(e)")).isZero();
    }

    @Test
    void aFileWithAnInvalidLineIsRejectedWholeWithEveryErrorAndWritesNothing() {
        var report = statements("""
                Microsoft invested $13B in OpenAI
                Microsoft likes OpenAI
                # a comment
                Gemini runs on Azure
                OpenAI is based in Microsoft
                Microsoft partners with Microsoft Corp.
                """);

        assertThat(report.written()).isFalse();
        assertThat(report.errors()).extracting(InputError::line, InputError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 1), org.assertj.core.groups.Tuple.tuple(4, 1),
                        org.assertj.core.groups.Tuple.tuple(5, 20), org.assertj.core.groups.Tuple.tuple(6, 25));
        assertThat(report.errors().get(1).reason()).contains("ambiguous", "Gemini app");
        assertThat(report.errors().get(2).reason()).contains("is an Organization", "must be Region");
        assertThat(report.errors().get(3).reason()).contains("the subject itself");
        assertThat(report.results()).extracting(IngestReport.ItemResult::status)
                .containsExactly("not-written", "rejected", "rejected", "rejected", "rejected");
        assertThat(counts()).containsOnly(0L);
    }

    @Test
    void allowPartialWritesTheValidLinesAndReportsTheOthers() {
        var report = ingestion.ingestStatements("""
                Microsoft invested $13B in OpenAI
                Microsoft likes OpenAI
                """, SOURCE, true, IngestProgress.NONE);

        assertThat(report.written()).isTrue();
        assertThat(report.errors()).hasSize(1);
        assertThat(graph.count("MATCH ()-[r:INVESTED_IN]->() RETURN count(r)")).isOne();
    }

    @Test
    void conflictingFiguresAreKeptAsTwoClaimsAndTheEdgeSaysSo() {
        statements("""
                Microsoft invested $13B in OpenAI [source: first, date: 2024-01]
                Microsoft invested $10B in OpenAI [source: second, date: 2024-06]
                """);

        var r = edge("INVESTED_IN", "Microsoft", "OpenAI").get("r");
        assertThat(r.get("amount").isNull()).isTrue();
        assertThat(r.get("amountConflict").asBoolean()).isTrue();
        assertThat(r.get("claims").asInt()).isEqualTo(2);
        assertThat(graph.count("MATCH (c:Claim {relation: 'INVESTED_IN'}) WHERE c.amount IN [13000000000, 10000000000] "
                + "RETURN count(DISTINCT c.amount)")).isEqualTo(2);

        statements("Microsoft invested over $10B in OpenAI [source: third, date: 2025-01]");
        assertThat(edge("INVESTED_IN", "Microsoft", "OpenAI").get("r").get("claims").asInt()).isEqualTo(3);
    }

    @Test
    void aLaterStatementClosesTheValidityAndNothingIsDeleted() {
        statements("""
                Microsoft has exclusive rights to OpenAI's cloud compute [source: early, date: 2023-01]
                Microsoft has exclusive rights to OpenAI's models until 2030 [source: early]
                """);
        statements("Microsoft no longer has exclusive rights to OpenAI's cloud compute since January 2025 "
                + "[source: later, date: 2025-01-21]");

        var rights = driver.executableQuery("""
                MATCH (:Entity {id: 'microsoft'})-[r:HAS_EXCLUSIVE_RIGHTS]->(:Entity {id: 'openai'})
                RETURN r.scope AS scope, r.status AS status, r.end AS end, r.claims AS claims ORDER BY scope""")
                .execute().records();
        assertThat(rights).hasSize(2);
        assertThat(rights.get(0).get("scope").asString()).isEqualTo("cloud compute");
        assertThat(rights.get(0).get("status").asString()).isEqualTo("ended");
        assertThat(rights.get(0).get("end").asString()).isEqualTo("2025-01");
        assertThat(rights.get(0).get("claims").asInt()).isEqualTo(2);
        assertThat(rights.get(1).get("scope").asString()).isEqualTo("models");
        assertThat(rights.get(1).get("end").asString()).isEqualTo("2030");
        assertThat(rights.get(1).get("status").isNull()).isTrue();
    }

    @Test
    void mergingTwoEntitiesMovesClaimsRebuildsEdgesAndKeepsTheNameAsAnAlias() {
        statements("""
                Open A.I. Labs raised $1B from Microsoft [source: x]
                Microsoft invested $1B in OpenAI [source: y]
                Open A.I. Labs runs on Azure [source: x]
                """);
        assertThat(graph.count("MATCH ()-[r:INVESTED_IN]->() RETURN count(r)")).isEqualTo(2);

        var merged = ingestion.merge("open-a-i-labs", "openai").orElseThrow();

        assertThat(merged.claimsMoved()).isEqualTo(2);
        assertThat(graph.count("MATCH (e:Entity {id: 'open-a-i-labs'}) RETURN count(e)")).isZero();
        var r = edge("INVESTED_IN", "Microsoft", "OpenAI").get("r");
        assertThat(r.get("claims").asInt()).isEqualTo(2);
        assertThat(r.get("sources").asInt()).isEqualTo(2);
        assertThat(r.get("amount").asLong()).isEqualTo(1_000_000_000L);
        edge("RUNS_ON", "OpenAI", "Azure");
        assertThat(graph.count("MATCH (c:Claim)-[:SUBJECT|OBJECT]->(:Entity {id: 'openai'}) RETURN count(c)"))
                .isEqualTo(3);

        // The merged name now resolves to the survivor, and the same statement again is the same claim.
        List<Object> before = counts();
        var again = statements("Open A.I. Labs raised $1B from Microsoft [source: x]");
        assertThat(again.entitiesCreated()).isEmpty();
        assertThat(counts()).isEqualTo(before);
        assertThat(ingestion.merge("nobody", "openai")).isEmpty();
    }

    @Test
    void structuredFactsInTheGoldShapeImportAndNegatedOnesAreSkipped() {
        var report = ingestion.ingestFacts("""
                {"doc": "d1.txt", "lang": "de", "sentence": "S1", "subject": "Microsoft", "relation": "INVESTED_IN", "object": "OpenAI", "amount": 13000000000, "currency": "USD", "amount_qualifier": "over", "start": "2019", "note": "annotation only"}
                {"doc": "d1.txt", "sentence": "S2", "subject": "Microsoft", "relation": "RUNS_ON", "object": "Google Cloud", "negated": true}
                {"doc": "d2.txt", "sentence": "S3", "subject": "OpenAI", "relation": "BUYS_COMPUTE_FROM", "object": "Oracle", "quantity": 4.5, "unit": "GW", "start": "2027", "end": "2032"}
                """, SOURCE, false, IngestProgress.NONE);

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).singleElement().satisfies(w -> assertThat(w.index()).isEqualTo(1));
        assertThat(report.facts()).isEqualTo(2);
        var r = edge("BUYS_COMPUTE_FROM", "OpenAI", "Oracle").get("r");
        assertThat(r.get("quantity").asDouble()).isEqualTo(4.5);
        assertThat(r.get("end").asString()).isEqualTo("2032");
        assertThat(graph.count("MATCH (c:Claim {method: 'structured_import'})-[:STATED_IN]->(:Source {id: 'd1.txt', "
                + "language: 'de'}) RETURN count(c)")).isOne();
    }

    @Test
    void invalidStructuredFactsAreRejectedByIndexAndField() {
        var report = ingestion.ingestFacts("""
                [
                  {"subject": "Microsoft", "relation": "INVESTED_IN", "object": "OpenAI", "amount": "13B", "currency": "USD"},
                  {"subject": "Microsoft", "relation": "LOVES", "object": "OpenAI", "ammount": 5},
                  {"subject": "Microsoft", "relation": "INVESTED_IN", "object": "OpenAI", "start": "2030", "end": "2020"}
                ]""", SOURCE, false, IngestProgress.NONE);

        assertThat(report.written()).isFalse();
        assertThat(report.errors()).extracting(InputError::index, InputError::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, "amount"), org.assertj.core.groups.Tuple.tuple(1, "ammount"),
                org.assertj.core.groups.Tuple.tuple(1, "relation"), org.assertj.core.groups.Tuple.tuple(2, "end"));
        assertThat(report.errors().get(0).line()).isEqualTo(2);
        assertThat(counts()).containsOnly(0L);
    }

    @Test
    void evidencedFactsAndTheWritesAlongsideThemLandTogetherOrNotAtAll() {
        var article = new Source("https://example.com/article", "An article", "https://example.com/article", "en",
                null, "abc");
        var fact = new IngestionService.EvidencedFact(3, new Fact(new Mention("Veridian AI", EntityKind.ORGANIZATION),
                RelationType.PARTNERS_WITH, Mention.of("Oracle"), null, null, null, null, null, null, false, null,
                null), new Evidence(article, "Veridian AI partners with Oracle.", Evidence.Method.ARTICLE_EXTRACTION,
                0.7));

        assertThatThrownBy(() -> ingestion.ingestEvidenced(article, List.of(fact), false, tx -> {
            tx.run("CREATE (:Marker)").consume();
            throw new IllegalStateException("the caller's own write failed");
        })).hasMessage("the caller's own write failed");
        assertThat(counts()).as("entities, claims, edges, sources").containsOnly(0L);
        assertThat(graph.count("MATCH (m:Marker) RETURN count(m)")).isZero();

        var report = ingestion.ingestEvidenced(article, List.of(fact), false,
                tx -> tx.run("MATCH (s:Source {id: $id}) CREATE (:Marker)-[:ABOUT]->(s)",
                        Map.of("id", article.id())).consume());
        assertThat(report.results()).singleElement().satisfies(item -> assertThat(item.index()).isEqualTo(3));
        assertThat(graph.count("MATCH (:Marker)-[:ABOUT]->(:Source {contentHash: 'abc'}) RETURN count(*)")).isOne();
        assertThat(graph.count("MATCH (c:Claim {method: 'article_extraction', confidence: 0.7}) RETURN count(c)"))
                .isOne();
    }

    @Test
    void aNewEntityTakesTheKindItsMentionGivesWhenTheRoleAdmitsIt() {
        var source = new Source("kinds", null, null, "en", null, null);
        var facts = List.of(
                new IngestionService.EvidencedFact(0, new Fact(Mention.of("Microsoft"), RelationType.USES_MODEL,
                        new Mention("Lumenwise Assistant", EntityKind.PRODUCT), null, null, null, null, null, null, false, null,
                        null), new Evidence(source, "s1", Evidence.Method.ARTICLE_EXTRACTION, 0.9)),
                new IngestionService.EvidencedFact(1, new Fact(Mention.of("Microsoft"), RelationType.DEVELOPS,
                        new Mention("Lumenwise Studio", EntityKind.ORGANIZATION), null, null, null, null, null, null, false,
                        null, null), new Evidence(source, "s2", Evidence.Method.ARTICLE_EXTRACTION, 0.9)));

        var report = ingestion.ingestEvidenced(source, facts, false, tx -> { });

        assertThat(report.entitiesCreated()).extracting(IngestReport.CreatedEntity::name,
                IngestReport.CreatedEntity::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Lumenwise Assistant", "Product"),
                org.assertj.core.groups.Tuple.tuple("Lumenwise Studio", "Product"));
        assertThat(edge("USES_MODEL", "Microsoft", "Lumenwise Assistant").get("o").asNode().labels()).contains("Product");
    }
}
