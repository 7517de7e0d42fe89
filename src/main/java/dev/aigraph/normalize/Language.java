package dev.aigraph.normalize;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A language the normaliser reads; each has its words in {@code normalize/<code>.yaml} on the classpath. */
public enum Language {
    EN, NL, DE;

    /** The ISO 639-1 code, lower case: {@code "en"}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The locale whose number symbols (decimal and grouping separators) the language's text uses. */
    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** The language for an ISO 639-1 code in any case; empty for a language the normaliser does not read. */
    public static Optional<Language> parse(String code) {
        return Arrays.stream(values()).filter(language -> language.code().equalsIgnoreCase(code.strip())).findFirst();
    }
}
