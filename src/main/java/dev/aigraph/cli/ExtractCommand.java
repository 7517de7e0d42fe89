package dev.aigraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.aigraph.extract.ArticleExtractor;
import dev.aigraph.extract.Document;
import dev.aigraph.system.Utf8;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code aigraph extract FILE…}: the facts of article files as JSON Lines on standard output, touching no database.
 * The output contract (see {@link dev.aigraph.extract.ExtractedFact}) is what evaluation reads.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Prints the facts of articles (.txt) as JSON Lines, one fact per line, without a database.",
                "A leading 'date YYYY-MM-DD' line dates an article; --date overrides it."})
class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files (UTF-8 text)")
    List<Path> files;

    @Mixin
    ArticleOptions article;

    @Option(names = "--all", description = "Also print facts marked for review (below the threshold or naming new entities)")
    boolean all;

    @Mixin
    ExtractorOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!article.valid("extract", err)) {
            return IngestCommand.INVALID_INPUT;
        }
        ArticleExtractor extractor = options.extractor(options.gazetteer());
        var json = JsonMapper.builder().build();
        int exit = 0;
        for (Path file : files) {
            if (!Files.isReadable(file)) {
                err.println("extract: cannot read " + file);
                exit = IngestCommand.INVALID_INPUT;
                continue;
            }
            try {
                String text;
                try {
                    text = Utf8.decode(Files.readAllBytes(file));
                } catch (IllegalArgumentException notText) {
                    throw new IllegalArgumentException(file.getFileName() + ": " + notText.getMessage(), notText);
                }
                var document = Document.ofFile(file.getFileName().toString(), text, article.published(),
                        article.language());
                var extraction = extractor.extract(document);
                extraction.facts().stream().filter(fact -> all || !fact.review())
                        .forEach(fact -> out.println(json.writeValueAsString(fact)));
                extraction.proposedEntities().forEach(proposal -> err.println(file.getFileName() + ": new entity "
                        + "proposed for review: '" + proposal.name() + "' (" + proposal.kind() + ")"));
            } catch (IllegalArgumentException e) {
                err.println("extract: " + e.getMessage());
                exit = IngestCommand.INVALID_INPUT;
            }
        }
        out.flush();
        return exit;
    }
}
