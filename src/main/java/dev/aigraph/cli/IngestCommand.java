package dev.aigraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.aigraph.extract.Document;
import dev.aigraph.graph.PartialDate;
import dev.aigraph.graph.Source;
import dev.aigraph.ingest.IngestReport;
import dev.aigraph.ingest.IngestionService;
import dev.aigraph.normalize.Language;
import dev.aigraph.review.ArticleIngestion;
import dev.aigraph.review.ArticleReport;
import dev.aigraph.system.Utf8;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code aigraph ingest FILE…}: statements ({@code .txt}, anything else), structured facts ({@code .json},
 * {@code .jsonl}, {@code .ndjson}) or articles into the graph, with a summary per file. An article is a file that
 * opens with a {@code date YYYY-MM-DD} line, or any {@code .txt} file under {@code --articles}; it goes the way of
 * {@code POST /api/documents}: sure facts become claims, the others wait in the review queue. A file with an invalid
 * line or fact is rejected whole, as over HTTP, unless {@code --allow-partial}.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Adds statements (one per line), JSON facts or articles from files to the graph.",
                "An article is a file opening with a 'date YYYY-MM-DD' line, or any .txt file with --articles.",
                "Writes to --uri, else to the running aigraph on bolt://localhost:7687, else to the embedded store "
                        + "in ./data/neo4j."})
class IngestCommand implements Callable<Integer> {

    static final int INVALID_INPUT = 2;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Statement files (.txt), JSON facts (.json, .jsonl) or articles")
    List<Path> files;

    @Option(names = "--allow-partial", description = "Write the valid lines of a file even when others are invalid")
    boolean allowPartial;

    @Option(names = "--articles", description = "Read every .txt file as an article, not as statements")
    boolean articles;

    @Mixin
    ArticleOptions articleOptions;

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
        if (!articleOptions.valid("ingest", err)) {
            return INVALID_INPUT;
        }
        PartialDate published = articleOptions.published();
        ConfigurableApplicationContext context = database.open(springArguments, err);
        if (context == null) {
            return 1;
        }
        try (context) {
            var ingestion = context.getBean(IngestionService.class);
            var articleIngestion = context.getBean(ArticleIngestion.class);
            int exit = 0;
            for (Path file : files) {
                String name = file.getFileName().toString();
                String text;
                try {
                    text = Utf8.decode(Files.readAllBytes(file));
                } catch (IllegalArgumentException notText) {
                    err.println("ingest: " + name + ": " + notText.getMessage());
                    exit = INVALID_INPUT;
                    continue;
                }
                Document article;
                try {
                    article = article(name, text, published);
                } catch (IllegalArgumentException badDateLine) {
                    err.println("ingest: " + badDateLine.getMessage());
                    exit = INVALID_INPUT;
                    continue;
                }
                exit = Math.max(exit, article != null ? ingest(articleIngestion, article, out, err)
                        : ingest(ingestion, name, text, out, err));
            }
            return exit;
        }
    }

    private static boolean json(String name) {
        return name.toLowerCase(Locale.ROOT).matches(".*\\.(json|jsonl|ndjson)$");
    }

    /**
     * The file as an article, or null when it holds statements or JSON facts.
     *
     * @throws IllegalArgumentException naming the file, line and column when its date line is not a date
     */
    private Document article(String name, String text, PartialDate published) {
        if (json(name)) {
            return null;
        }
        boolean txt = name.toLowerCase(Locale.ROOT).endsWith(".txt");
        return Document.hasDateLine(text) || articles && txt
                ? Document.ofFile(name, text, published, articleOptions.language()) : null;
    }

    private int ingest(ArticleIngestion articleIngestion, Document article, PrintWriter out, PrintWriter err) {
        String name = article.name();
        ArticleReport report;
        try {
            report = articleIngestion.ingest(article, allowPartial);
        } catch (IllegalArgumentException undetectableLanguage) {
            err.println("ingest: " + undetectableLanguage.getMessage());
            return INVALID_INPUT;
        }
        report.errors().forEach(e -> err.println(name + ": " + e.describe()));
        if (!report.written()) {
            err.printf("%s: rejected, nothing written: %d of %d facts invalid (--allow-partial writes the valid "
                    + "ones)%n", name, report.errors().size(), report.facts().size());
            return INVALID_INPUT;
        }
        out.printf("%s: article in %s%s, %d sentences, %d facts: %d written as claims (new: %d claims, %d edges), "
                        + "%d queued for review (new: %d proposals)%n", name, report.language(),
                report.languageDetected() ? " (detected)" : "", report.sentences(), report.facts().size(),
                report.count(ArticleReport.CLAIM), report.claimsCreated(), report.edgesCreated(),
                report.count(ArticleReport.REVIEW), report.proposalsCreated());
        report.proposedEntities().forEach(e -> out.println(name + ": proposed new " + e.kind() + " '" + e.name()
                + "' (awaiting review)"));
        return report.errors().isEmpty() ? 0 : INVALID_INPUT;
    }

    private int ingest(IngestionService ingestion, String name, String text, PrintWriter out, PrintWriter err) {
        // The file name, not its path, identifies the source: the same file ingested from elsewhere is the same.
        var source = new Source(name, name, null, "en", null, null);
        boolean json = json(name);
        IngestReport report;
        try (var bar = new LazyBar(name, " facts")) {
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
}
