package dev.aigraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a benchmark run measured, written as {@code report.json} (keys in snake case, e.g. {@code ingest.facts_per_sec})
 * and as {@code report.md}, a Markdown table with the goals, the machine, the date and the load beside each figure.
 */
record BenchReport(long size, String date, String command, Machine machine, Ingest ingest, Query query,
                   Extract extract, Startup startup) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The machine the figures were taken on. */
    record Machine(int cores, long memoryMb, String cpu, String os, String jvm, long maxHeapMb) {

        static Machine here() {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            return new Machine(Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() / (1024 * 1024),
                    cpuModel(), System.getProperty("os.name") + " " + System.getProperty("os.version"),
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                    (long) HeapWatch.maxHeapMb());
        }

        private static String cpuModel() {
            try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
                return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
                        .findFirst().orElse("unknown");
            } catch (IOException | RuntimeException notLinux) {
                return System.getProperty("os.arch");
            }
        }
    }

    /**
     * Ingestion at the full size, medians over runs; ratios are per run (taken at the same load), then the median.
     *
     * @param naiveFacts          the slice (the stream's first facts) the naive way was timed on
     * @param generatorFactsPerSec the generator alone; every rate includes making the facts
     * @param peakHeapAfterGcMb   the most heap that survived a collection while aigraph ingested the full size
     * @param graph               what aigraph's store held after the full size
     * @param rawGraph            what the limit's store held: the same, if both wrote the same graph
     */
    record Ingest(double factsPerSec, double ratioVsRaw, double ratioVsNaive, double rawFactsPerSec,
                  double naiveFactsPerSec, int naiveFacts, double generatorFactsPerSec, double peakHeapMb,
                  double peakHeapAfterGcMb, double growth, List<IngestBench.Step> steps, Stores.Counts graph,
                  Stores.Counts rawGraph) {
    }

    /**
     * Questions over HTTP on the full-size graph.
     *
     * @param apiOverheadRatio API p50 over driver p50 for dependencies to depth 3
     * @param storeMb          the store's files on disk (transaction logs aside), beside the page cache that holds them
     */
    record Query(double dependenciesDepth3P99Ms, double apiOverheadRatio, int entities, int edges,
                 long storeMb, long pageCacheMb, List<String> hubs, List<QueryBench.Kind> kinds) {
    }

    /** Extraction on one thread; null figures with a reason when no folder of articles was found. */
    record Extract(Double sentencesPerSecPerCore, Double articlesPerSecPerCore, String corpus, Integer articles,
                   Integer sentences, List<Double> runs, Load load, String skipped) {

        static Extract of(ExtractionBench.Result result) {
            return new Extract(result.sentencesPerSecPerCore(), result.articlesPerSecPerCore(), result.corpus(),
                    result.articles(), result.sentences(), result.runs(), result.load(), null);
        }
    }

    /** Start-up of the packaged jar; null figures with a reason when there is no jar. */
    record Startup(Double seconds, Double secondsBenchStore, List<Double> emptyRuns, List<Double> benchStoreRuns,
                   Load load, String skipped) {

        static Startup of(StartupBench.Result result) {
            return new Startup(result.seconds(), result.secondsBenchStore(), result.emptyRuns(),
                    result.benchStoreRuns(), result.load(), result.skipped());
        }
    }

    void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("report.json"), JSON.writeValueAsString(this), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("report.md"), markdown(), StandardCharsets.UTF_8);
    }

    String markdown() {
        var md = new StringBuilder();
        md.append("# aigraph benchmark: ").append(number(size)).append(" facts\n\n");
        md.append("- date: ").append(date).append('\n');
        md.append("- machine: ").append(machine.cores()).append(" cores, ").append(number(machine.memoryMb() / 1024))
                .append(" GB, ").append(machine.cpu()).append("; ").append(machine.os()).append("; ")
                .append(machine.jvm()).append(", max heap ").append(number(machine.maxHeapMb())).append(" MB\n");
        md.append("- command: `").append(command).append("`\n");
        md.append("- load: the 1-minute load average when the measurement began → when it ended\n\n");
        md.append("| figure | value | goal | | load |\n|---|---|---|---|---|\n");
        var step = ingest.steps().get(ingest.steps().size() - 1);
        row(md, "ingestion through aigraph, facts/s", number(ingest.factsPerSec()), "", "", runsLoad(step.runs()));
        row(md, "… ÷ the limit (hand-tuned `UNWIND … MERGE`, plain driver)", times(ingest.ratioVsRaw()), "≥ 0.7×",
                goal(ingest.ratioVsRaw() >= 0.7), "");
        row(md, "… ÷ the naive way (SDN `save()` per fact, first " + number(ingest.naiveFacts()) + " facts)",
                times(ingest.ratioVsNaive()), "≥ 20×", goal(ingest.ratioVsNaive() >= 20), "");
        if (ingest.steps().size() > 1) {
            row(md, "growth: facts/s at " + number(step.facts()) + " ÷ at " + number(ingest.steps().get(0).facts()),
                    fixed(ingest.growth(), 2), "linear (1.0)", goal(ingest.growth() >= 0.8), "");
        }
        row(md, "heap while ingesting: most kept after a collection / most in use", number(ingest.peakHeapAfterGcMb())
                + " / " + number(ingest.peakHeapMb()) + " MB", "bounded", "", "");
        var depth3 = query.kinds().get(0);
        row(md, "dependencies to depth 3 over HTTP, p99", ms(query.dependenciesDepth3P99Ms()), "< 50 ms",
                goal(query.dependenciesDepth3P99Ms() < 50), String.valueOf(depth3.load()));
        row(md, "API overhead (depth 3: HTTP p50 ÷ driver p50)", times(query.apiOverheadRatio()), "≤ 1.3×",
                goal(query.apiOverheadRatio() <= 1.3), "");
        if (extract.skipped() == null) {
            row(md, "extraction, sentences/s on one core", number(extract.sentencesPerSecPerCore()), "≥ 2,000",
                    goal(extract.sentencesPerSecPerCore() >= 2000), String.valueOf(extract.load()));
            row(md, "extraction, articles/s on one core", fixed(extract.articlesPerSecPerCore(), 1), "", "", "");
        } else {
            row(md, "extraction", "skipped: " + extract.skipped(), "≥ 2,000 sentences/s", "", "");
        }
        if (startup.skipped() == null) {
            row(md, "start-up to health UP, empty store (loads the sample data)", fixed(startup.seconds(), 1) + " s",
                    "", "", String.valueOf(startup.load()));
            row(md, "start-up to health UP, the benchmark's store", fixed(startup.secondsBenchStore(), 1) + " s", "",
                    "", "");
        } else {
            row(md, "start-up", "skipped: " + startup.skipped(), "", "", "");
        }
        md.append("\n## Ingestion by size (medians of the runs)\n\n");
        md.append("| facts | aigraph facts/s | limit facts/s | aigraph ÷ limit | runs: aigraph / limit (load) |\n");
        md.append("|---|---|---|---|---|\n");
        for (IngestBench.Step s : ingest.steps()) {
            md.append("| ").append(number(s.facts())).append(" | ").append(number(s.factsPerSec())).append(" | ")
                    .append(number(s.rawFactsPerSec())).append(" | ").append(times(s.ratioVsRaw())).append(" | ")
                    .append(String.join("; ", s.runs().stream().map(r -> number(r.factsPerSec()) + " / "
                            + number(r.rawFactsPerSec()) + " (" + r.load() + ")").toList())).append(" |\n");
        }
        md.append("\nBoth stores hold the same graph: aigraph ").append(ingest.graph()).append(", limit ")
                .append(ingest.rawGraph()).append(". Naive: ").append(number(ingest.naiveFactsPerSec()))
                .append(" facts/s; it writes claims, entities and sources but not the direct edges. The generator ")
                .append("alone makes ").append(number(ingest.generatorFactsPerSec())).append(" facts/s.\n");
        md.append("\n## Questions over HTTP (").append(number(query.entities())).append(" entities, ")
                .append(number(query.edges())).append(" edges; store ").append(number(query.storeMb()))
                .append(" MB on disk, page cache ").append(number(query.pageCacheMb())).append(" MB; hubs ")
                .append(String.join(", ", query.hubs().subList(0, Math.min(3, query.hubs().size()))))
                .append(", …)\n\n");
        md.append("| question | n | HTTP p50 / p95 / p99 ms | driver p50 / p95 / p99 ms | in memory p50 ms | "
                + "HTTP ÷ driver | HTTP ÷ in memory | load |\n|---|---|---|---|---|---|---|---|\n");
        for (QueryBench.Kind kind : query.kinds()) {
            md.append("| ").append(kind.name()).append(": ").append(kind.question()).append(" | ")
                    .append(kind.api().n()).append(kind.failures() > 0 ? " (" + kind.failures() + " failed)" : "")
                    .append(" | ").append(latencies(kind.api())).append(" | ").append(latencies(kind.direct()))
                    .append(" | ").append(fixed(kind.inMemory().p50Ms(), 3)).append(" | ")
                    .append(times(kind.apiOverheadRatio())).append(" | ").append(number(kind.ratioVsInMemory()))
                    .append("× | ").append(kind.load()).append(" |\n");
        }
        if (extract.skipped() == null) {
            md.append("\nExtraction read ").append(extract.corpus()).append(": ").append(number(extract.articles()))
                    .append(" articles, ").append(number(extract.sentences())).append(" sentences a pass.\n");
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String figure, String value, String goal, String met, String load) {
        md.append("| ").append(figure).append(" | ").append(value).append(" | ").append(goal).append(" | ")
                .append(met).append(" | ").append(load).append(" |\n");
    }

    private static String runsLoad(List<IngestBench.Run> runs) {
        return String.join(", ", runs.stream().map(r -> r.load().toString()).toList());
    }

    private static String goal(boolean met) {
        return met ? "met" : "**missed**";
    }

    private static String latencies(Latency latency) {
        return fixed(latency.p50Ms(), 1) + " / " + fixed(latency.p95Ms(), 1) + " / " + fixed(latency.p99Ms(), 1);
    }

    private static String ms(double value) {
        return fixed(value, 1) + " ms";
    }

    private static String times(double value) {
        return fixed(value, 2) + "×";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
