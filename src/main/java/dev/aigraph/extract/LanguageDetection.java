package dev.aigraph.extract;

import java.util.Map;
import java.util.Optional;

import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import dev.aigraph.normalize.Language;

/** Tells English, Dutch and German apart with Lingua, restricted to the three languages aigraph reads. */
final class LanguageDetection {

    private static final Map<com.github.pemistahl.lingua.api.Language, Language> READ = Map.of(
            com.github.pemistahl.lingua.api.Language.ENGLISH, Language.EN,
            com.github.pemistahl.lingua.api.Language.DUTCH, Language.NL,
            com.github.pemistahl.lingua.api.Language.GERMAN, Language.DE);

    private final LanguageDetector detector = LanguageDetectorBuilder
            .fromLanguages(READ.keySet().toArray(com.github.pemistahl.lingua.api.Language[]::new)).build();

    /**
     * A text's first few thousand characters tell its language as surely as the whole: reading a long article whole
     * would cost more than extracting it.
     */
    private static final int SAMPLE = 2000;

    /** The language of a text; empty when Lingua cannot tell (no letters, or a tie). */
    Optional<Language> detect(String text) {
        String sample = text.length() <= SAMPLE ? text : text.substring(0, SAMPLE);
        return Optional.ofNullable(READ.get(detector.detectLanguageOf(sample)));
    }
}
