package dev.aigraph.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.aigraph.graph.Quantity;

/** Finds a figure followed by a unit the language's YAML names ("4.5 GW", "500 megawatt", "4,5 Gigawatt"). */
final class QuantityFinder {

    private static final Map<Language, QuantityFinder> BY_LANGUAGE =
            LanguageData.perLanguage(QuantityFinder::new);

    private final Figures figures;
    private final Lexicon<String> units;
    private final Pattern pattern;

    private QuantityFinder(Language language, LanguageData data) {
        figures = new Figures(language.locale(), data.numerals());
        units = Lexicon.ofGroups(data.units());
        pattern = Pattern.compile("(?<figure>" + figures.regex() + ")" + Figures.JOINT + "(?<unit>" + units.regex()
                + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    }

    static List<QuantityMention> find(String text, Language language) {
        return BY_LANGUAGE.get(language).find(text);
    }

    private List<QuantityMention> find(String text) {
        if (!units.occursIn(text)) {
            return List.of();     // no quantity without its unit; most sentences have none
        }
        var found = new ArrayList<QuantityMention>();
        var matcher = pattern.matcher(text);
        while (matcher.find()) {
            var quantity = new Quantity(figures.valueOf(matcher.group("figure")), units.valueOf(matcher.group("unit")));
            found.add(new QuantityMention(quantity, matcher.start(), matcher.end()));
        }
        return List.copyOf(found);
    }
}
