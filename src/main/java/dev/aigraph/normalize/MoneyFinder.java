package dev.aigraph.normalize;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aigraph.graph.Amount;

/**
 * Finds sums of money in one language: an optional qualifier, a currency before or after the figure, and a scale word
 * ("over $13 billion", "ruim 1,3 miljard euro", "500-Milliarden-Dollar").
 */
final class MoneyFinder {

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Map<Language, MoneyFinder> BY_LANGUAGE = LanguageData.perLanguage(MoneyFinder::new);

    private final Figures figures;
    private final Lexicon<Integer> scales;
    private final Lexicon<Integer> shortScales;
    private final Lexicon<String> currencies;
    private final Lexicon<Amount.Qualifier> qualifiers;
    private final String assumedCurrency;
    private final Pattern pattern;

    private MoneyFinder(Language language, LanguageData data) {
        figures = new Figures(language.locale(), data.numerals());
        var allScales = new HashMap<>(data.scales());
        allScales.putAll(data.shortScales());
        scales = Lexicon.of(allScales);
        shortScales = Lexicon.of(data.shortScales());
        var before = new HashMap<String, List<String>>();
        var after = new HashMap<String, List<String>>();
        data.currencies().forEach((code, words) -> {
            var written = new ArrayList<>(List.of(code));
            written.addAll(words.symbols());
            before.put(code, List.copyOf(written));
            written.addAll(words.names());
            after.put(code, written);
        });
        currencies = Lexicon.ofGroups(after);
        qualifiers = Lexicon.ofGroups(data.qualifiers());
        assumedCurrency = data.assumedCurrency();
        pattern = Pattern.compile("(?:(?<qualifier>" + qualifiers.regex() + ")\\s+)?"
                + "(?:(?<before>" + Lexicon.ofGroups(before).regex() + ")\\s*)?"
                // The first figure of a range ("$10-20 billion") is not a sum of its own: without its scale it
                // would read as ten dollars.
                + "(?<figure>" + figures.regex() + ")(?!\\s*[-–]\\s*\\d)"
                + "(?:" + Figures.JOINT + "(?<scale>" + scales.regex() + "))?"
                + "(?:" + Figures.JOINT + "(?<after>" + currencies.regex() + "))?",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    }

    static List<MoneyMention> find(String text, Language language) {
        return BY_LANGUAGE.get(language).find(text);
    }

    private List<MoneyMention> find(String text) {
        if (!DIGIT.matcher(text).find() && !scales.occursIn(text)) {
            return List.of();     // a sum needs a figure or a scale word ("a trillion dollars"); most sentences have none
        }
        var found = new ArrayList<MoneyMention>();
        var matcher = pattern.matcher(text);
        var from = 0;
        while (from <= text.length() && matcher.find(from)) {
            var mention = toMention(matcher);
            mention.ifPresent(found::add);
            // A rejected match may have swallowed the start of a real one ("a $13 billion" read as "a $"): retry
            // one character on instead of after it.
            from = mention.isPresent() ? matcher.end() : matcher.start() + 1;
        }
        return List.copyOf(found);
    }

    private Optional<MoneyMention> toMention(Matcher matcher) {
        var figure = matcher.group("figure");
        var scale = matcher.group("scale");
        if (scale == null && figures.isNumeral(figure)) {
            return Optional.empty();    // "one dollar" is too rare to be worth "a dollar store"
        }
        var named = matcher.group("before") != null ? matcher.group("before") : matcher.group("after");
        var currency = named != null ? currencies.valueOf(named) : assumedCurrency(matcher, scale);
        if (currency == null) {
            return Optional.empty();    // a bare number, or a count of users, parameters...
        }
        var power = scale == null ? 0 : scales.valueOf(scale);
        var value = figures.valueOf(figure).movePointRight(power);
        var qualifier = matcher.group("qualifier") == null ? Amount.Qualifier.EXACT
                : qualifiers.valueOf(matcher.group("qualifier"));
        try {
            // Base units are whole: cents in "$1.50" are rounded off, as nothing in the graph is that small.
            long exact = value.setScale(0, RoundingMode.HALF_UP).longValueExact();
            return Optional.of(new MoneyMention(new Amount(exact, currency, qualifier), matcher.start(),
                    matcher.end(), named == null));
        } catch (ArithmeticException tooLarge) {
            return Optional.empty();
        }
    }

    /** Only glued: "300B" is money in an English statement, but "300 B" is more likely a grade or a label. */
    private String assumedCurrency(Matcher matcher, String scale) {
        var glued = scale != null && shortScales.contains(scale) && matcher.start("scale") == matcher.end("figure");
        return glued ? assumedCurrency : null;
    }

}
