package dev.aigraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.aigraph.extract.Evaluation;
import dev.aigraph.resolve.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aigraph evaluate --gold FILE}: extracts the articles a gold file annotates and prints precision, recall and
 * F1 per relation type and overall, the accuracy of amounts, periods and dates, and every miss and false positive.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores extraction against gold annotations (JSON Lines: doc, subject, relation, object, ...).",
                "Articles are read from --articles (default: the 'articles' folder beside the gold file)."})
class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold facts, one JSON object per line")
    Path gold;

    @Option(names = "--articles", paramLabel = "DIR", description = "Folder of the articles the gold names")
    Path articles;

    @Option(names = "--entities", paramLabel = "FILE",
            description = "Entities file whose aliases fold gold names (default: seeds-entities.json beside the gold, if there)")
    Path entities;

    @Mixin
    ExtractorOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isReadable(gold)) {
            err.println("evaluate: cannot read " + gold);
            return IngestCommand.INVALID_INPUT;
        }
        Path folder = gold.toAbsolutePath().getParent();
        Gazetteer gazetteer = options.gazetteer();
        var extractor = options.extractor(gazetteer);
        Evaluation evaluation;
        long started = System.nanoTime();
        try {
            evaluation = Evaluation.ofArticles(extractor, gazetteer, gold,
                    articles != null ? articles : folder.resolve("articles"),
                    entities != null ? entities : folder.resolve("seeds-entities.json"));
        } catch (IllegalArgumentException e) {
            err.println("evaluate: " + e.getMessage());
            return IngestCommand.INVALID_INPUT;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        evaluation.print(out);
        out.printf("%nextracted in %d ms, first use of the language models and rules included%n", millis);
        out.flush();
        return 0;
    }
}
