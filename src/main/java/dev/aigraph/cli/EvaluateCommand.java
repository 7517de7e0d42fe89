package dev.aigraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.aigraph.extract.Document;
import dev.aigraph.extract.Evaluation;
import dev.aigraph.extract.ExtractedFact;
import dev.aigraph.resolve.Gazetteer;
import dev.aigraph.resolve.NameKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

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
        Path folder = articles != null ? articles : gold.toAbsolutePath().getParent().resolve("articles");
        String goldText = Files.readString(gold, StandardCharsets.UTF_8);
        Gazetteer gazetteer = options.gazetteer();
        var extractor = options.extractor(gazetteer);
        var facts = new ArrayList<ExtractedFact>();
        long started = System.nanoTime();
        int sentences = 0;
        for (String doc : Evaluation.documents(goldText)) {
            Path file = folder.resolve(doc);
            if (!Files.isReadable(file)) {
                err.println("evaluate: the gold names " + doc + ", which is not in " + folder);
                return IngestCommand.INVALID_INPUT;
            }
            var extraction = extractor.extract(Document.ofFile(doc, Files.readString(file, StandardCharsets.UTF_8),
                    null, null));
            sentences += extraction.sentences();
            facts.addAll(extraction.facts());
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        Map<String, String> aliases = aliases(entities != null ? entities
                : gold.toAbsolutePath().getParent().resolve("seeds-entities.json"));
        var evaluation = Evaluation.of(goldText, facts, name -> fold(gazetteer, aliases, name));
        evaluation.print(out);
        out.printf("%n%d documents, %d sentences extracted in %d ms (including first-use loading)%n",
                Evaluation.documents(goldText).size(), sentences, millis);
        out.flush();
        return 0;
    }

    /** Gold names fold to the gazetteer's id, through the entities file's aliases when the gazetteer lacks one. */
    private static String fold(Gazetteer gazetteer, Map<String, String> aliases, String name) {
        var found = gazetteer.named(aliases.getOrDefault(NameKey.of(name), name));
        return found.size() == 1 ? found.get(0).id() : NameKey.of(name);
    }

    private static Map<String, String> aliases(Path file) throws IOException {
        var aliases = new HashMap<String, String>();
        if (!Files.isReadable(file)) {
            return aliases;
        }
        var root = JsonMapper.builder().build().readTree(Files.readString(file, StandardCharsets.UTF_8));
        for (var entity : root.path("entities")) {
            String name = entity.path("name").asString();
            for (var alias : entity.path("aliases")) {
                aliases.putIfAbsent(NameKey.of(alias.asString()), name);
            }
        }
        return aliases;
    }
}
