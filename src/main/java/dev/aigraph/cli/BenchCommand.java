package dev.aigraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.aigraph.bench.Benchmark;
import org.springframework.util.unit.DataSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aigraph bench}: the benchmark, on a generated graph in fresh embedded stores in a temporary folder; needs
 * nothing but the JDK. Writes {@code report.json} and {@code report.md} to {@code --out}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures ingestion, queries, extraction and start-up on a generated graph, each against its "
                + "limit in the same run, and writes report.json and report.md.",
                "Runs on fresh embedded stores in a temporary folder; touches no other database."})
class BenchCommand implements Callable<Integer> {

    @Option(names = "--size", defaultValue = "100000", description = "Facts in the generated graph (default: ${DEFAULT-VALUE})")
    long size;

    @Option(names = "--out", defaultValue = "target/bench", description = "Folder for the report (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--runs", defaultValue = "3", description = "Runs of each measurement, for medians (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--queries", defaultValue = "200", description = "Questions of each kind (default: ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--query-budget", defaultValue = "120", paramLabel = "SECONDS",
            description = "A kind of question stops after this long with what it has (default: ${DEFAULT-VALUE})")
    long queryBudget;

    @Option(names = "--jar", defaultValue = "target/aigraph.jar",
            description = "The packaged aigraph, for start-up; skipped when absent (default: ${DEFAULT-VALUE})")
    Path jar;

    @Option(names = "--corpus", defaultValue = "../shared/corpus/articles", split = ",",
            description = "Folders of articles for extraction; the first with any is read "
                    + "(default: ${DEFAULT-VALUE}, then src/test/resources/extract/texts)")
    List<Path> corpus;

    @Option(names = "--sentences", defaultValue = "10000", description = "Sentences an extraction pass reads at least (default: ${DEFAULT-VALUE})")
    int sentences;

    @Option(names = "--naive-facts", defaultValue = "2000", description = "Facts written the naive way (default: ${DEFAULT-VALUE})")
    int naiveFacts;

    @Option(names = "--page-cache", defaultValue = "2GB", description = "Neo4j page cache of each store; enough to hold the 1,000,000-fact store, as Neo4j advises sizing it (default: ${DEFAULT-VALUE})")
    String pageCache;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated graph and samples (default: ${DEFAULT-VALUE})")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (size < 1 || runs < 1 || queries < 1 || sentences < 1 || naiveFacts < 1 || queryBudget < 1) {
            err.println("bench: --size, --runs, --queries, --sentences, --naive-facts and --query-budget must be "
                    + "positive");
            return IngestCommand.INVALID_INPUT;
        }
        var corpora = new ArrayList<>(corpus);
        corpora.add(Path.of("src/test/resources/extract/texts"));
        var settings = new Benchmark.Settings(size, out, runs, queries, Duration.ofSeconds(queryBudget), jar,
                corpora, sentences, naiveFacts, DataSize.parse(pageCache), seed,
                "java -jar target/aigraph.jar bench --size %d --runs %d --queries %d".formatted(size, runs, queries));
        Path report = Benchmark.run(settings, console);
        console.println("bench: wrote " + report + " and " + report.resolveSibling("report.md"));
        return 0;
    }
}
