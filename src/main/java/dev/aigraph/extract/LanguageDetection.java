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

    /** The language of a text; empty when Lingua cannot tell (no letters, or a tie). */
    Optional<Language> detect(String text) {
        return Optional.ofNullable(READ.get(detector.detectLanguageOf(text)));
    }
}
