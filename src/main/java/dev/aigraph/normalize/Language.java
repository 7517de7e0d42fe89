package dev.aigraph.normalize;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages aigraph reads: their ISO 639-1 code and locale. */
public enum Language {
    EN, NL, DE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** Accepts an ISO 639-1 code ("nl"), case-insensitively. */
    public static Optional<Language> parse(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(l -> l.code().equalsIgnoreCase(code.strip())).findFirst();
    }
}
