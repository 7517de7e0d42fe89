package dev.aigraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aigraph.graph.RelationType;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The English relation phrases of {@code statements/relation-phrases.yaml}, compiled to regular expressions. The
 * file is data a non-programmer extends; this class only knows the slot syntax.
 */
final class RelationPhrases {

    static final String RESOURCE = "/statements/relation-phrases.yaml";

    private static final Pattern SLOT = Pattern.compile("\\{(subject|object|value|scope|role)}");
    private static final Pattern TOKEN = Pattern.compile("\\[[^\\]]+]|\\S+");

    /** One compiled pattern; slots may match empty text so a missing subject can be reported as such. */
    record Phrase(RelationType relation, String pattern, Pattern regex, int words) {

        /** The literal words of the pattern, for messages ("invested … in"). */
        String verb() {
            return SLOT.matcher(pattern).replaceAll("…").replaceAll("\\[|]", "").replaceAll("\\s+", " ").strip();
        }
    }

    private final List<Phrase> phrases;

    private RelationPhrases(List<Phrase> phrases) {
        this.phrases = phrases;
    }

    static RelationPhrases bundled() {
        try (InputStream in = RelationPhrases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RelationPhrases load(InputStream yaml) {
        Map<String, List<String>> byRelation = new YAMLMapper().readValue(yaml,
                new TypeReference<LinkedHashMap<String, List<String>>>() { });
        var phrases = new ArrayList<Phrase>();
        byRelation.forEach((name, patterns) -> {
            RelationType relation = RelationType.parse(name).orElseThrow(() -> new IllegalArgumentException(
                    RESOURCE + ": '" + name + "' is not a relation type " + List.of(RelationType.values())));
            patterns.forEach(pattern -> phrases.add(compile(relation, pattern)));
        });
        // The more words a pattern spells out, the more specific it is: "runs on" before "runs" (LEADS).
        phrases.sort(Comparator.comparingInt(Phrase::words).reversed());
        return new RelationPhrases(List.copyOf(phrases));
    }

    private static Phrase compile(RelationType relation, String pattern) {
        var regex = new StringBuilder("^\\s*");
        int words = 0;
        String previous = null;
        boolean previousOptional = false;
        Matcher token = TOKEN.matcher(pattern);
        while (token.find()) {
            String text = token.group();
            boolean optional = text.startsWith("[");
            String inner = optional ? text.substring(1, text.length() - 1).strip() : text;
            String separator = previous == null ? "" : previousOptional ? "\\s*" : separator(previous, inner);
            if (optional) {
                regex.append("(?:").append(separator).append(sequence(inner)).append(")?");
            } else {
                regex.append(separator).append(sequence(inner));
                words += SLOT.matcher(text).replaceAll("").isBlank() ? 0 : 1;
            }
            previous = inner;
            previousOptional = optional;
        }
        if (!pattern.contains("{subject}") || !pattern.contains("{object}")) {
            throw new IllegalArgumentException(RESOURCE + ": '" + pattern + "' needs {subject} and {object}");
        }
        regex.append("\\s*$");
        return new Phrase(relation, pattern, Pattern.compile(regex.toString(),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), words);
    }

    // Next to a slot or an optional part the space is optional, so an empty slot can be detected and reported ("no
    // subject before …"); word boundaries on the literal words keep "Fooinvested" from matching.
    private static String separator(String before, String after) {
        return before.endsWith("}") || after.startsWith("{") ? "\\s*" : "\\s+";
    }

    // Words are literal (an apostrophe also matches the typographic one); slots are lazy named groups.
    private static String sequence(String text) {
        var out = new StringBuilder();
        String[] parts = text.split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            out.append(i == 0 ? "" : "\\s+");
            Matcher slot = SLOT.matcher(parts[i]);
            int at = 0;
            while (slot.find()) {
                out.append(literal(parts[i].substring(at, slot.start())));
                out.append("(?<").append(slot.group(1)).append(">.*?)");
                at = slot.end();
            }
            out.append(literal(parts[i].substring(at)));
        }
        return out.toString();
    }

    private static String literal(String text) {
        if (text.isEmpty()) {
            return "";
        }
        String quoted = Pattern.quote(text).replace("'", "\\E['’]\\Q");
        boolean wordStart = Character.isLetterOrDigit(text.charAt(0));
        boolean wordEnd = Character.isLetterOrDigit(text.charAt(text.length() - 1));
        // A hyphen binds words: "founded" must not match inside "co-founded".
        return (wordStart ? "(?<![\\p{L}\\p{N}-])" : "") + quoted + (wordEnd ? "(?![\\p{L}\\p{N}-])" : "");
    }

    /** The phrases, most specific first. */
    List<Phrase> all() {
        return phrases;
    }
}
