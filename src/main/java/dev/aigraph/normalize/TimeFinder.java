package dev.aigraph.normalize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aigraph.graph.PartialDate;
import dev.aigraph.normalize.TimeMention.Kind;

/**
 * Finds points and periods of time in one language: a date with the words around it that say whether it is a point, a
 * start, an end or one side of a range.
 */
final class TimeFinder {

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private static final Map<Language, TimeFinder> BY_LANGUAGE =
            LanguageData.perLanguage((language, data) -> new TimeFinder(data));
    /** Of overlapping mentions the first wins, then the longer: "von 2027 bis 2032" over "bis 2032". */
    private static final Comparator<TimeMention> PRECEDENCE = Comparator.comparingInt(TimeMention::from)
            .thenComparing(Comparator.comparingInt((TimeMention mention) -> mention.to() - mention.from()).reversed());

    private final Dates dates;
    /** Every word a date without digits can be made of (month names, "week", "vorig"...), lower case. */
    private final Set<String> datingWords = new HashSet<>();
    /** Every word that closes a period, and whether the end it introduces is included. */
    private final Lexicon<Boolean> inclusiveByEnd;
    private final List<Form> forms;

    private TimeFinder(LanguageData data) {
        dates = new Dates(data);
        data.months().forEach(spellings -> spellings.forEach(this::addDatingWords));
        data.relative().keySet().forEach(this::addDatingWords);
        var periods = data.periods();
        var ends = new HashMap<String, Boolean>();
        periods.until().forEach(word -> ends.put(word, false));
        periods.rangeEnd().forEach(word -> ends.put(word, false));
        periods.inclusiveEnd().forEach(word -> ends.put(word, true));
        inclusiveByEnd = Lexicon.of(ends);
        var any = dates.anyRegex();
        var hedge = "(?:(?<hedge>" + Lexicon.ofAll(periods.endHedges(), true).regex() + ")\\s+)?";
        var rangeEnd = words(periods.rangeEnd(), periods.inclusiveEnd());
        var until = words(periods.until(), periods.inclusiveEnd());
        forms = List.of(
                new Form(Kind.RANGE, words(periods.rangeStart()) + "\\s+(?<start>" + any + ")\\s+(?<close>" + rangeEnd
                        + ")\\s+" + hedge + "(?<end>" + any + ")"),
                new Form(Kind.RANGE,
                        "(?<start>" + any + ")\\s*(?<close>[-–—])\\s*" + hedge + "(?<end>" + any + ")"),
                new Form(Kind.SINCE, words(periods.since()) + "\\s+(?<start>" + any + ")"),
                new Form(Kind.UNTIL, "(?<close>" + until + ")\\s+" + hedge + "(?<end>" + any + ")"),
                new Form(Kind.POINT, words(periods.point()) + "\\s+(?<start>" + any + ")"),
                new Form(Kind.POINT, "(?<start>" + dates.standaloneRegex() + ")"));
    }

    static List<TimeMention> find(String text, Language language, LocalDate reference) {
        return BY_LANGUAGE.get(language).find(text, reference);
    }

    private void addDatingWords(String phrase) {
        var words = WORD.matcher(phrase.toLowerCase(Locale.ROOT));
        while (words.find()) {
            datingWords.add(words.group());
        }
    }

    /** Whether a text may hold a date at all: a digit, or a month or relative word. Most sentences hold none. */
    private boolean mayDate(String text) {
        if (DIGIT.matcher(text).find()) {
            return true;
        }
        var words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (words.find()) {
            if (datingWords.contains(words.group())) {
                return true;
            }
        }
        return false;
    }

    private List<TimeMention> find(String text, LocalDate reference) {
        if (!mayDate(text)) {
            return List.of();
        }
        var candidates = new ArrayList<TimeMention>();
        for (var form : forms) {
            var matcher = form.pattern().matcher(text);
            while (matcher.find()) {
                var mention = toMention(form.kind(), matcher, reference);
                if (mention != null) {
                    candidates.add(mention);
                }
            }
        }
        candidates.sort(PRECEDENCE);
        var found = new ArrayList<TimeMention>();
        for (var candidate : candidates) {
            if (found.isEmpty() || candidate.from() >= found.get(found.size() - 1).to()) {
                found.add(candidate);
            }
        }
        return List.copyOf(found);
    }

    /** The mention a match stands for; null when one of its dates cannot be resolved. */
    private TimeMention toMention(Kind kind, Matcher matcher, LocalDate reference) {
        var hasEnd = kind == Kind.UNTIL || kind == Kind.RANGE;
        PartialDate start = kind == Kind.UNTIL ? null : dates.resolve(matcher.group("start"), reference);
        PartialDate end = hasEnd ? dates.resolve(matcher.group("end"), reference) : null;
        if ((kind != Kind.UNTIL && start == null) || (hasEnd && end == null)) {
            return null;
        }
        var inclusive = hasEnd && Boolean.TRUE.equals(inclusiveByEnd.valueOf(matcher.group("close")));
        var approximate = hasEnd && matcher.group("hedge") != null;
        return new TimeMention(kind, start, end, inclusive, approximate, matcher.start(), matcher.end());
    }

    @SafeVarargs
    private static String words(List<String>... lists) {
        var all = new ArrayList<String>();
        for (var list : lists) {
            all.addAll(list);
        }
        return Lexicon.ofAll(all, true).regex();
    }

    private record Form(Kind kind, Pattern pattern) {

        Form(Kind kind, String regex) {
            this(kind, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS));
        }
    }
}
