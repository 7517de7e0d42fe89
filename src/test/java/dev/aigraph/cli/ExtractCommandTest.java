package dev.aigraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code aigraph extract} and {@code aigraph evaluate} as a user runs them: no database, output on stdout. */
class ExtractCommandTest {

    @TempDir
    Path folder;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = new CommandLine(new AigraphCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void extractPrintsOneJsonObjectPerFactWithTheOutputContract() throws IOException {
        Path article = folder.resolve("deal.txt");
        Files.writeString(article, """
                date 2025-06-02
                Meta heeft deze week voor ruim 14 miljard dollar aan rekenkracht ingekocht bij CoreWeave.
                De overeenkomst loopt volgens ingewijden van 2026 tot en met 2030.
                """);

        Run run = run("extract", article.toString());

        assertThat(run.exit()).isZero();
        var lines = run.out().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode fact = JsonMapper.builder().build().readTree(lines.get(0));
        assertThat(fact.get("doc").asString()).isEqualTo("deal.txt");
        assertThat(fact.get("lang").asString()).isEqualTo("nl");
        assertThat(fact.get("sentence").asString()).startsWith("Meta heeft deze week");
        assertThat(fact.get("subject").asString()).isEqualTo("Meta");
        assertThat(fact.get("relation").asString()).isEqualTo("BUYS_COMPUTE_FROM");
        assertThat(fact.get("object").asString()).isEqualTo("CoreWeave");
        assertThat(fact.get("amount").asLong()).isEqualTo(14000000000L);
        assertThat(fact.get("currency").asString()).isEqualTo("USD");
        assertThat(fact.get("amount_qualifier").asString()).isEqualTo("over");
        assertThat(fact.get("date").asString()).isEqualTo("2025-06");
        assertThat(fact.get("start").asString()).isEqualTo("2026");
        assertThat(fact.get("end").asString()).isEqualTo("2030");
        assertThat(fact.get("end_inclusive").asBoolean()).isTrue();
        assertThat(fact.get("hedged").asBoolean()).isFalse();
        assertThat(fact.get("period_hedged").asBoolean()).isTrue();
        assertThat(fact.get("confidence").asDouble()).isBetween(0.6, 1.0);
    }

    @Test
    void extractNamesAProposedEntityOnStandardErrorAndPrintsItsFactOnlyWithAll() throws IOException {
        Path article = folder.resolve("round.txt");
        Files.writeString(article, "Veridian Robotics raised $50 million from SoftBank.\n");

        Run plain = run("extract", "--lang", "en", article.toString());
        Run all = run("extract", "--lang", "en", "--all", article.toString());

        assertThat(plain.out()).isEmpty();
        assertThat(plain.err()).contains("new entity proposed for review: 'Veridian Robotics' (Organization)");
        assertThat(all.out()).contains("\"review\":true").contains("\"new_entities\":[\"Veridian Robotics\"]");
    }

    @Test
    void aBadDateOrAMissingFileIsRefusedWithExitCodeTwo() throws IOException {
        Path article = folder.resolve("a.txt");
        Files.writeString(article, "date 2025-02-30\nOracle grew.\n");

        Run badLine = run("extract", article.toString());
        Run badFlag = run("extract", "--date", "March", article.toString());
        Run missing = run("extract", folder.resolve("none.txt").toString());

        assertThat(badLine.exit()).isEqualTo(2);
        assertThat(badLine.err()).contains("a.txt: line 1, column 6:").contains("2025-02-30");
        assertThat(badFlag.exit()).isEqualTo(2);
        assertThat(badFlag.err()).contains("--date").contains("'March'");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read");
    }

    @Test
    void evaluatePrintsScoresPerRelationMissesAndFalsePositives() throws IOException {
        Files.createDirectories(folder.resolve("articles"));
        Files.writeString(folder.resolve("articles/a.txt"), "Amazon has invested $8 billion in Anthropic. "
                + "Google acquired Character.AI.\n");
        Files.writeString(folder.resolve("gold.jsonl"), """
                {"doc": "a.txt", "subject": "Amazon", "relation": "INVESTED_IN", "object": "Anthropic", "amount": 8000000000, "currency": "USD"}
                {"doc": "a.txt", "subject": "Amazon", "relation": "SUPPLIES", "object": "Anthropic"}
                """);

        Run run = run("evaluate", "--gold", folder.resolve("gold.jsonl").toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).containsPattern("INVESTED_IN\\s+1\\s+0\\s+0\\s+1\\.00\\s+1\\.00\\s+1\\.00")
                .containsPattern("overall\\s+1\\s+1\\s+1\\s+0\\.50\\s+0\\.50\\s+0\\.50")
                .contains("amounts 1/1 exact")
                .contains("misses (1):").contains("Amazon SUPPLIES Anthropic")
                .contains("false positives (1):").contains("Google ACQUIRED Character.AI");
    }
}
