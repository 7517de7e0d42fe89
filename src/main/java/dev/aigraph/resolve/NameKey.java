package dev.aigraph.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How names are compared: "Microsoft Corp.", "microsoft" and "MICROSOFT, Inc." are one key; "Nestlé" and "Nestle"
 * too. Typographic quotes and dashes are unified and legal suffixes dropped, because sources write them every which
 * way. Words that are part of a name ("Group", "Holdings", "AI", "Labs") stay.
 */
public final class NameKey {

    // Compiled once: a search compares every name in the graph, and String.replaceAll compiles its pattern each call.
    private static final Pattern QUOTES = Pattern.compile("[’‘`´]");
    private static final Pattern DASHES = Pattern.compile("[‐‑‒–—]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern LEGAL_SUFFIX = Pattern.compile(
            "(?:,?\\s+|,)(?:inc\\.?|incorporated|corp\\.?|corporation|co\\.|ltd\\.?|limited|llc|l\\.l\\.c\\.|gmbh|ag|se"
                    + "|s\\.a\\.|sa|b\\.v\\.|bv|n\\.v\\.|nv|plc|s\\.p\\.a\\.|kk)$");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern OUTER_DASHES = Pattern.compile("^-+|-+$");

    private NameKey() {
    }

    /** The folded key a name is looked up by. */
    public static String of(String name) {
        String text = ascii(name) ? name.replace('`', '\'') : unified(name);
        text = SPACES.matcher(text.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
        String stripped = LEGAL_SUFFIX.matcher(text).replaceFirst("").strip();
        return stripped.isEmpty() ? text : stripped;
    }

    // Compatibility forms, typographic quotes and dashes, accents: none of them is ASCII, and most names are, so
    // ingestion (several keys per fact) spares most names the two normalisations and three pattern scans.
    private static String unified(String name) {
        String text = DASHES.matcher(QUOTES.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC))
                .replaceAll("'")).replaceAll("-");
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }

    private static boolean ascii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** An entity id made from a name: "Microsoft 365 Copilot" is {@code microsoft-365-copilot}. */
    public static String slug(String name) {
        String slug = NOT_ALPHANUMERIC.matcher(of(name)).replaceAll("-");
        return OUTER_DASHES.matcher(slug).replaceAll("");
    }
}
