package dev.aigraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.aigraph.extract.ArticleExtractor;
import dev.aigraph.extract.Document;
import dev.aigraph.resolve.Gazetteer;

/**
 * Article extraction on one thread (so the rate is per core), over a folder of articles read where it lies and
 * repeated until a pass holds enough sentences; the median of several passes, after one pass to warm up. No database.
 */
final class ExtractionBench {

    /** The bundled extraction threshold, as {@code aigraph extract} uses it. */
    private static final double MIN_CONFIDENCE = 0.6;

    /**
     * Rates per core, and what they were measured on.
     *
     * @param corpus    the folder read
     * @param articles  articles extracted per pass (the folder's, repeated)
     * @param sentences sentences read per pass
     */
    record Result(double sentencesPerSecPerCore, double articlesPerSecPerCore, String corpus, int articles,
                  int sentences, List<Double> runs, Load load) {
    }

    private ExtractionBench() {
    }

    /**
     * Measures on the first of the folders that holds articles ({@code .txt}); empty when none does.
     *
     * @param minSentences how many sentences a pass reads at least
     */
    static Optional<Result> run(List<Path> folders, int minSentences, int runs, PrintWriter log) {
        for (Path folder : folders) {
            List<Document> documents = documents(folder);
            if (!documents.isEmpty()) {
                return Optional.of(measure(folder, documents, minSentences, runs, log));
            }
        }
        return Optional.empty();
    }

    private static Result measure(Path folder, List<Document> documents, int minSentences, int runs,
                                  PrintWriter log) {
        var extractor = new ArticleExtractor(Gazetteer.bundled(), MIN_CONFIDENCE);
        int sentencesOnce = pass(extractor, documents, 1);
        int repeats = Math.max(1, (minSentences + sentencesOnce - 1) / sentencesOnce);
        var rates = new ArrayList<Double>();
        var articleRates = new ArrayList<Double>();
        var load = Load.from();
        for (int run = 0; run < runs; run++) {
            long started = System.nanoTime();
            int sentences = pass(extractor, documents, repeats);
            double seconds = (System.nanoTime() - started) / 1e9;
            rates.add(sentences / seconds);
            articleRates.add(documents.size() * repeats / seconds);
        }
        var result = new Result(Medians.of(rates), Medians.of(articleRates), folder.toString(),
                documents.size() * repeats, sentencesOnce * repeats, rates, load.until());
        log.printf("extract %s: %,.0f sentences/s, %,.1f articles/s on one thread (%,d sentences a pass, load %s)%n",
                folder, result.sentencesPerSecPerCore(), result.articlesPerSecPerCore(), result.sentences(),
                result.load());
        log.flush();
        return result;
    }

    private static int pass(ArticleExtractor extractor, List<Document> documents, int repeats) {
        int sentences = 0;
        for (int i = 0; i < repeats; i++) {
            for (Document document : documents) {
                sentences += extractor.extract(document).sentences();
            }
        }
        return sentences;
    }

    // Read in place: the shared corpus is not copied anywhere.
    private static List<Document> documents(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            var documents = new ArrayList<Document>();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                documents.add(Document.ofFile(file.getFileName().toString(),
                        Files.readString(file, StandardCharsets.UTF_8), null, null));
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the articles in " + folder, e);
        }
    }
}
