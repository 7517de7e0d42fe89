package dev.aigraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.util.unit.DataSize;

/**
 * aigraph's benchmark: ingestion, queries, extraction and start-up on a generated graph of a given size, each against
 * its limit in the same run, on fresh embedded stores in a temporary folder. Writes {@code report.json} and
 * {@code report.md} to the output folder. See {@link IngestBench}, {@link QueryBench}, {@link ExtractionBench} and
 * {@link StartupBench} for what each part measures.
 */
public final class Benchmark {

    /**
     * How to run it.
     *
     * @param size        facts in the generated graph (ingestion also runs at a tenth and a hundredth of it)
     * @param runs        runs of each ingestion size, extraction pass and start-up (at most 3 start-ups): medians
     * @param queries     questions of each kind
     * @param queryBudget time after which a kind of question stops with the questions it has
     * @param jar         the packaged application, for start-up; without it start-up is skipped
     * @param corpora     folders of articles for extraction, the first that holds any is read
     * @param sentences   sentences an extraction pass reads at least
     * @param naiveFacts  facts written the naive way
     * @param command     the command line, as the report gives it
     */
    public record Settings(long size, Path out, int runs, int queries, Duration queryBudget, Path jar,
                           List<Path> corpora, int sentences, int naiveFacts, DataSize pageCache, long seed,
                           String command) {
    }

    private Benchmark() {
    }

    /** Runs every part and writes the report; returns the path of {@code report.json}. */
    public static Path run(Settings settings, PrintWriter log) throws IOException {
        String date = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
        var machine = BenchReport.Machine.here();
        BenchReport report;
        try (var stores = new Stores(settings.pageCache())) {
            var extract = ExtractionBench.run(settings.corpora(), settings.sentences(), settings.runs(), log)
                    .map(BenchReport.Extract::of)
                    .orElse(new BenchReport.Extract(null, null, null, null, null, List.of(), null,
                            "no articles in " + settings.corpora()));
            var ingested = new IngestBench(stores, settings.size(), settings.runs(), settings.naiveFacts(),
                    settings.seed(), log).run();
            QueryBench.Result asked;
            try (var application = ingested.application()) {
                asked = new QueryBench(application, settings.queries(), settings.seed(), settings.queryBudget(), log)
                        .run();
            }
            // Measured once the application is closed: Neo4j writes its pages to the store files at shutdown, and
            // until then a page cache large enough keeps most of them in memory only.
            var query = query(asked, Stores.databaseMb(ingested.store()), settings.pageCache().toMegabytes());
            var startup = new StartupBench(settings.jar(), stores, log).run(ingested.store(),
                    Math.min(settings.runs(), 3));
            report = new BenchReport(settings.size(), date, settings.command(), machine,
                    ingest(ingested), query, extract, BenchReport.Startup.of(startup));
        }
        report.write(settings.out());
        return settings.out().resolve("report.json");
    }

    private static BenchReport.Ingest ingest(IngestBench.Result result) {
        var steps = result.steps();
        var full = steps.get(steps.size() - 1);
        return new BenchReport.Ingest(full.factsPerSec(), full.ratioVsRaw(), result.naive().ratio(),
                full.rawFactsPerSec(), result.naive().factsPerSec(), result.naive().facts(),
                result.generatorFactsPerSec(), result.peakHeapMb(), result.peakHeapAfterCollectionMb(),
                full.factsPerSec() / steps.get(0).factsPerSec(), steps, result.aigraphCounts(), result.rawCounts());
    }

    private static BenchReport.Query query(QueryBench.Result result, long storeMb, long pageCacheMb) {
        var depth3 = result.kind("dependencies_depth3");
        return new BenchReport.Query(depth3.api().p99Ms(), depth3.apiOverheadRatio(), result.entities(),
                result.edges(), storeMb, pageCacheMb, result.hubs(), result.kinds());
    }
}
