package dev.aigraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.aigraph.normalize.Language;

/**
 * A list of words and phrases from a rules file, matched against a sentence's tokens case-insensitively. A word may
 * end in {@code *} (any ending: "investeer*") or start with it (any beginning: "*investering"); a phrase is matched
 * token by token ("first refusal", "Cloud-Umsätze").
 */
final class Words {

    private final Map<String, List<List<String>>> phrasesByFirst = new HashMap<>();
    private final List<String> prefixes = new ArrayList<>();
    private final List<String> suffixes = new ArrayList<>();

    private Words() {
    }

    static Words of(List<String> phrases, Language language) {
        var words = new Words();
        for (String phrase : phrases) {
            String lower = phrase.toLowerCase(Locale.ROOT).strip();
            if (lower.length() > 1 && lower.endsWith("*")) {
                words.prefixes.add(lower.substring(0, lower.length() - 1));
            } else if (lower.length() > 1 && lower.startsWith("*")) {
                words.suffixes.add(lower.substring(1));
            } else {
                var tokens = Segmenter.tokens(lower, language).stream().map(Token::lower).toList();
                if (!tokens.isEmpty()) {
                    words.phrasesByFirst.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(tokens);
                }
            }
        }
        return words;
    }

    /** How many tokens from {@code at} the longest listed phrase covers; 0 when none starts there. */
    int matchAt(List<Token> tokens, int at) {
        String first = tokens.get(at).lower();
        int longest = 0;
        for (String prefix : prefixes) {
            if (first.startsWith(prefix)) {
                longest = 1;
            }
        }
        for (String suffix : suffixes) {
            if (first.endsWith(suffix)) {
                longest = 1;
            }
        }
        for (List<String> phrase : phrasesByFirst.getOrDefault(first, List.of())) {
            if (phrase.size() > longest && at + phrase.size() <= tokens.size() && matches(tokens, at, phrase)) {
                longest = phrase.size();
            }
        }
        return longest;
    }

    /**
     * Like {@link #matchAt(List, int)}, but the words of a phrase may stand up to {@code gap} tokens apart before
     * {@code end}, as the parts of a separable verb do ("nam de start-up over", "stellte das Modell vor"); the last
     * word may stand further off when it closes the clause, where German and Dutch put a verb's particle ("sammelte
     * im März 480 Millionen Euro bei SAP ein"), or when only a phrase follows it ("nam Crusoe over voor ...").
     *
     * @param closesClause whether a token ends the clause's words or is followed by a role-marking word
     */
    int matchAt(List<Token> tokens, int at, int end, int gap, java.util.function.IntPredicate closesClause) {
        int longest = matchAt(tokens, at);
        for (List<String> phrase : phrasesByFirst.getOrDefault(tokens.get(at).lower(), List.of())) {
            int position = at;
            for (int word = 1; word < phrase.size() && position >= 0; word++) {
                boolean last = word == phrase.size() - 1;
                int next = -1;
                for (int i = position + 1; i < end; i++) {
                    boolean near = i <= position + 1 + gap;
                    if (tokens.get(i).lower().equals(phrase.get(word)) && (near || last && closesClause.test(i))) {
                        next = i;
                        break;
                    }
                }
                position = next;
            }
            if (position >= 0 && phrase.size() > 1) {
                longest = Math.max(longest, position - at + 1);
            }
        }
        return longest;
    }

    /** Whether one token is a listed single word. */
    boolean contains(Token token) {
        return matchAt(List.of(token), 0) == 1;
    }

    /** The first match in {@code tokens[from, to)}: its start, or -1. */
    int find(List<Token> tokens, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            int length = matchAt(tokens, i);
            if (length > 0 && i + length <= to) {
                return i;
            }
        }
        return -1;
    }

    boolean isEmpty() {
        return phrasesByFirst.isEmpty() && prefixes.isEmpty() && suffixes.isEmpty();
    }

    private static boolean matches(List<Token> tokens, int at, List<String> phrase) {
        for (int i = 0; i < phrase.size(); i++) {
            if (!tokens.get(at + i).lower().equals(phrase.get(i))) {
                return false;
            }
        }
        return true;
    }
}
