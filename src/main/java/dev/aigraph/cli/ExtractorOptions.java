package dev.aigraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.aigraph.extract.ArticleExtractor;
import dev.aigraph.resolve.Gazetteer;
import picocli.CommandLine.Option;

/**
 * The options of the commands that extract without a database ({@code extract}, {@code evaluate}): they load the
 * gazetteer themselves, so they start in a second and touch no store.
 */
final class ExtractorOptions {

    /** The default of {@code aigraph.extract.min-confidence}, kept equal here for the commands without Spring. */
    static final double DEFAULT_MIN_CONFIDENCE = 0.6;

    @Option(names = "--min-confidence", paramLabel = "P", defaultValue = "" + DEFAULT_MIN_CONFIDENCE,
            description = "Facts below this confidence are proposals for review (default: ${DEFAULT-VALUE})")
    double minConfidence;

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "A gazetteer of your own instead of the bundled one")
    Path gazetteer;

    Gazetteer gazetteer() throws IOException {
        if (gazetteer == null) {
            return Gazetteer.bundled();
        }
        try (InputStream in = Files.newInputStream(gazetteer)) {
            return Gazetteer.load(in, gazetteer.toString());
        }
    }

    ArticleExtractor extractor(Gazetteer entities) {
        return new ArticleExtractor(entities, minConfidence);
    }
}
