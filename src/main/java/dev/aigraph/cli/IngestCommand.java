package dev.aigraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.aigraph.graph.Source;
import dev.aigraph.ingest.IngestReport;
import dev.aigraph.ingest.IngestionService;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code aigraph ingest FILE…}: statements ({@code .txt}, anything else) or structured facts ({@code .json},
 * {@code .jsonl}, {@code .ndjson}) into the graph, with a progress bar and a summary. A file with an invalid line
 * is rejected whole, as over HTTP, unless {@code --allow-partial}.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Adds statements (one per line) or JSON facts from files to the graph.",
                "Writes to --uri, else to the running aigraph on bolt://localhost:7687, else to the embedded store "
                        + "in ./data/neo4j."})
class IngestCommand implements Callable<Integer> {

    static final int INVALID_INPUT = 2;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Statement files (.txt) or JSON facts (.json, .jsonl)")
    List<Path> files;

    @Option(names = "--allow-partial", description = "Write the valid lines of a file even when others are invalid")
    boolean allowPartial;

    @Mixin
    DatabaseOptions database;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path file : files) {
            if (!Files.isReadable(file)) {
                err.println("ingest: cannot read " + file);
                return INVALID_INPUT;
            }
        }
        ConfigurableApplicationContext context = database.open(springArguments, err);
        if (context == null) {
            return 1;
        }
        try (context) {
            var ingestion = context.getBean(IngestionService.class);
            int exit = 0;
            for (Path file : files) {
                exit = Math.max(exit, ingest(ingestion, file, out, err));
            }
            return exit;
        }
    }

    private int ingest(IngestionService ingestion, Path file, PrintWriter out, PrintWriter err) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        // The file name, not its path, identifies the source: the same file ingested from elsewhere is the same.
        var source = new Source(name, name, null, "en", null, null);
        boolean json = name.toLowerCase(Locale.ROOT).matches(".*\\.(json|jsonl|ndjson)$");
        IngestReport report;
        try (var bar = new LazyBar(name)) {
            report = json ? ingestion.ingestFacts(text, source, allowPartial, bar::step)
                    : ingestion.ingestStatements(text, source, allowPartial, bar::step);
        }
        report.errors().forEach(e -> err.println(name + ": " + e.describe()));
        report.warnings().forEach(w -> err.println(name + ": warning: " + w.describe()));
        report.entitiesCreated().forEach(e -> out.println(name + ": new " + e.kind() + " '" + e.name() + "'"
                + (e.didYouMean().isEmpty() ? "" : " (did you mean " + String.join(" or ", e.didYouMean()) + "?)")));
        if (!report.written()) {
            err.printf("%s: rejected, nothing written: %d of %d %s invalid (--allow-partial writes the valid ones)%n",
                    name, report.errors().size(), report.items(), json ? "facts" : "statements");
            return INVALID_INPUT;
        }
        out.printf("%s: %d %s, %d facts; new: %d claims, %d edges, %d entities%s%n", name, report.items(),
                json ? "items" : "statements", report.facts(), report.claimsCreated(), report.edgesCreated(),
                report.entitiesCreated().size(), report.errors().isEmpty() ? ""
                        : "; " + report.errors().size() + " invalid skipped");
        return report.errors().isEmpty() ? 0 : INVALID_INPUT;
    }

    /** A progress bar that appears once the number of facts to write is known. */
    private static final class LazyBar implements AutoCloseable {
        private final String name;
        private ProgressBar bar;

        LazyBar(String name) {
            this.name = name;
        }

        void step(int written, int total) {
            if (bar == null) {
                bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(total).setUnit(" facts", 1)
                        .continuousUpdate().build();
            }
            bar.stepTo(written);
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
