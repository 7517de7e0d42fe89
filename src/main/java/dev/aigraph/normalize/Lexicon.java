package dev.aigraph.normalize;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Words of one kind (scale words, currency names, month names...) as a regular expression that matches any of them,
 * and a way back from the text a match covered to the value the word stands for.
 *
 * <p>Words match case-insensitively and never inside a longer word, and a space in a word matches any run of
 * whitespace, so "more than" also finds "more&nbsp;&nbsp;than" across a line break.
 */
final class Lexicon<V> {

    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

    private final Map<String, V> byKey;
    private final String regex;
    private final Pattern any;

    private Lexicon(Map<String, V> byKey) {
        this.byKey = Map.copyOf(byKey);
        // Longest first: the regex engine takes the first alternative that fits, and "knapp über" must beat "knapp".
        this.regex = byKey.isEmpty() ? "(?!)" : byKey.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Lexicon::wordRegex)
                .collect(Collectors.joining("|", "(?:", ")"));
        this.any = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** A lexicon of words that each stand for a value, such as scale words and their powers of ten. */
    static <V> Lexicon<V> of(Map<String, V> valueByWord) {
        var byKey = new HashMap<String, V>();
        valueByWord.forEach((word, value) -> byKey.put(key(word), value));
        return new Lexicon<>(byKey);
    }

    /** A lexicon of values that each have several words, such as a currency code and its names. */
    static <V> Lexicon<V> ofGroups(Map<V, ? extends List<String>> wordsByValue) {
        var byKey = new HashMap<String, V>();
        wordsByValue.forEach((value, words) -> words.forEach(word -> byKey.put(key(word), value)));
        return new Lexicon<>(byKey);
    }

    /** A lexicon of words that all stand for the same value, such as the prepositions before a start date. */
    static <V> Lexicon<V> ofAll(Collection<String> words, V value) {
        var byKey = new HashMap<String, V>();
        words.forEach(word -> byKey.put(key(word), value));
        return new Lexicon<>(byKey);
    }

    /** A non-capturing group matching any of the words; one that never matches when there are none. */
    String regex() {
        return regex;
    }

    /** The value of the word a match of {@link #regex()} covered; null when the text is none of the words. */
    V valueOf(String matched) {
        return byKey.get(key(matched));
    }

    /** Whether any of the words occurs in a text: a cheap test before a finder's full expression. */
    boolean occursIn(String text) {
        return any.matcher(text).find();
    }

    boolean contains(String matched) {
        return byKey.containsKey(key(matched));
    }

    private static String key(String word) {
        return WHITESPACE.matcher(word.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /*
     * Boundaries only against letters: a scale letter may be glued to a digit ("300B"), a currency symbol to a figure
     * ("$13"), but "m" must not match the start of "months".
     */
    private static String wordRegex(String word) {
        var body = WHITESPACE.splitAsStream(word).map(Pattern::quote).collect(Collectors.joining("\\s+"));
        var before = Character.isLetter(word.charAt(0)) ? "(?<!\\p{L})" : "";
        var after = Character.isLetter(word.charAt(word.length() - 1)) ? "(?!\\p{L})" : "";
        return before + body + after;
    }
}
