package dev.aigraph.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.aigraph.normalize.Language;

/**
 * Cuts text into sentences and words with ICU's segmenters for the language: they know its abbreviations ("z. B.",
 * "Dr.", with ICU's sentence-break suppressions) and quotes, which a split on ". " does not. A line break always ends
 * a sentence, because articles put headlines and list items on lines of their own without a full stop.
 */
final class Segmenter {

    private static final Map<Language, BreakIterator> SENTENCES = new EnumMap<>(Language.class);
    private static final Map<Language, BreakIterator> WORDS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            // ICU's break suppressions are right for English ("Mr. Smith") but, for German, suppress breaks after
            // ordinary words ("20 Milliarden Dollar. Perplexity ..."): there the rules files' abbreviations serve.
            String locale = language == Language.EN ? "en@ss=standard" : language.code();
            SENTENCES.put(language, BreakIterator.getSentenceInstance(new ULocale(locale)));
            WORDS.put(language, BreakIterator.getWordInstance(new ULocale(language.code())));
        }
    }

    private Segmenter() {
    }

    /** A stretch of the text: [start, end). */
    record Span(int start, int end) {
    }

    /**
     * The sentences of a text, each trimmed of surrounding white space; empty lines give none. A break after one of
     * the language's abbreviations, or after an ordinal before a month ("am 3. März"), is undone.
     */
    static List<Span> sentences(String text, Language language) {
        var spans = breaks(text, language);
        Rules rules = Rules.of(language);
        var joined = new ArrayList<Span>();
        for (Span span : spans) {
            Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && text.substring(last.end(), span.start()).indexOf('\n') < 0
                    && continues(text, last, span, rules)) {
                joined.set(joined.size() - 1, new Span(last.start(), span.end()));
            } else {
                joined.add(span);
            }
        }
        return joined;
    }

    private static boolean continues(String text, Span before, Span after, Rules rules) {
        String head = text.substring(before.start(), before.end());
        int lastSpace = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\u00a0'));
        String lastWord = head.substring(lastSpace + 1).toLowerCase(Locale.ROOT);
        if (rules.abbreviations.contains(lastWord)) {
            return true;
        }
        String next = text.substring(after.start(), after.end()).split("\\s+", 2)[0].toLowerCase(Locale.ROOT)
                .replaceAll("[.,;:]$", "");
        return lastWord.matches("\\d{1,2}\\.") && rules.ordinalFollowers.contains(next);
    }

    private static List<Span> breaks(String text, Language language) {
        var spans = new ArrayList<Span>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            splitLine(text, lineStart, lineEnd, language, spans);
            lineStart = lineEnd + 1;
        }
        return spans;
    }

    private static void splitLine(String text, int from, int to, Language language, List<Span> spans) {
        if (text.substring(from, to).isBlank()) {
            return;
        }
        var iterator = (BreakIterator) SENTENCES.get(language).clone();
        iterator.setText(text.substring(from, to));
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            var trimmed = trim(text, from + start, from + end);
            if (trimmed != null) {
                spans.add(trimmed);
            }
        }
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start < end ? new Span(start, end) : null;
    }

    /** The words, numbers and punctuation marks of {@code text[from, to)}, white space left out. */
    static List<Token> tokens(String text, int from, int to, Language language) {
        var iterator = (BreakIterator) WORDS.get(language).clone();
        String part = text.substring(from, to);
        iterator.setText(part);
        var tokens = new ArrayList<Token>();
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            String word = part.substring(start, end);
            if (word.isBlank()) {
                continue;
            }
            boolean spaceBefore = start == 0 || Character.isWhitespace(part.charAt(start - 1));
            tokens.add(new Token(word, word.toLowerCase(Locale.ROOT), from + start, from + end, spaceBefore));
        }
        return tokens;
    }

    static List<Token> tokens(String text, Language language) {
        return tokens(text, 0, text.length(), language);
    }
}
