package dev.aigraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code aigraph bench} at a tiny size, so the benchmark cannot rot: it runs every part end to end and writes a
 * report with every figure the README's performance section quotes. Start-up is pointed at a jar that does not
 * exist, as in the test phase before packaging, and must say it was skipped.
 */
class BenchCommandTest {

    private static final List<String> REQUIRED = List.of("ingest.facts_per_sec", "ingest.ratio_vs_raw",
            "ingest.ratio_vs_naive", "query.dependencies_depth3_p99_ms", "query.api_overhead_ratio",
            "extract.sentences_per_sec_per_core", "size");

    @TempDir
    Path folder;

    @Test
    void aTinyRunWritesEveryRequiredFigureAndSaysWhyStartUpWasSkipped() throws Exception {
        Path out = folder.resolve("bench");
        var console = new StringWriter();
        int exit = new CommandLine(new AigraphCommand()).setOut(new PrintWriter(console))
                .execute("bench", "--size", "300", "--runs", "1", "--queries", "5", "--sentences", "200",
                        "--naive-facts", "50", "--page-cache", "64MB", "--query-budget", "20",
                        "--out", out.toString(), "--jar", folder.resolve("no-such.jar").toString());

        assertThat(exit).as(console.toString()).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(out.resolve("report.json").toFile());
        for (String key : REQUIRED) {
            JsonNode value = report.at("/" + key.replace('.', '/'));
            assertThat(value.isNumber()).as(key + " is a number: " + value).isTrue();
            assertThat(value.asDouble()).as(key).isPositive();
        }
        assertThat(report.at("/startup/seconds").isNull()).as("startup.seconds without a jar").isTrue();
        assertThat(report.at("/startup/skipped").asString()).contains("no jar at");
        assertThat(report.at("/ingest/graph")).isEqualTo(report.at("/ingest/raw_graph"));
        // The store's size stands beside the page cache, to show whether the questions ran from memory.
        assertThat(report.at("/query/store_mb").asLong()).isPositive();
        assertThat(report.at("/query/page_cache_mb").asLong()).isEqualTo(64);
        assertThat(Files.readString(out.resolve("report.md"))).contains("| figure | value | goal |")
                .contains("dependencies to depth 3 over HTTP, p99");
    }
}
