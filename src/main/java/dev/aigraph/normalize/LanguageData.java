package dev.aigraph.normalize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import dev.aigraph.graph.Amount;
import dev.aigraph.graph.PartialDate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The words of one language, as {@code normalize/<code>.yaml} lists them: the finders' grammar is generic and all that
 * differs between languages lives here, so extending a language means editing its YAML file only.
 *
 * @param numerals          written-out small numbers and their values ("one", "eine")
 * @param scales            scale words and their powers of ten ("billion": 9, but Dutch "biljoen": 12)
 * @param shortScales       abbreviated scales ("bn", "B", "Mrd."); glued to a figure they mark money on their own
 * @param assumedCurrency   the currency of a figure with a glued short scale and no currency ("300B"); null for none
 * @param currencies        per ISO 4217 code, the symbols written before or after a figure and the names after it
 * @param qualifiers        per qualifier, the words directly before a figure that hedge it
 * @param units             per normalised unit symbol, the words that name it
 * @param months            the spellings of each month, January first
 * @param ordinalSuffixes   what may follow a day number ("15th", "21.")
 * @param yearParts         words before a year that leave it a year ("early 2025", "Anfang 2025")
 * @param relative          phrases that name a date relative to the document's ("last month")
 * @param periods           the words that make a date a point, a start, an end or a range
 */
record LanguageData(Map<String, Integer> numerals, Map<String, Integer> scales, Map<String, Integer> shortScales,
                    String assumedCurrency, Map<String, CurrencyWords> currencies,
                    Map<Amount.Qualifier, List<String>> qualifiers, Map<String, List<String>> units,
                    List<List<String>> months, List<String> ordinalSuffixes, List<String> yearParts,
                    Map<String, Relative> relative, Periods periods) {

    private static final Map<Language, LanguageData> LOADED = new EnumMap<>(Language.class);

    static {
        // Case-insensitive so the YAML can say "unit: week" in the words of the file rather than of the Java enum;
        // strict on unknown keys so a misspelt section in a hand-edited file fails loudly instead of going unread.
        var yaml = YAMLMapper.builder().enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        Arrays.stream(Language.values()).forEach(language -> LOADED.put(language, read(yaml, language)));
    }

    LanguageData {
        numerals = orEmpty(numerals);
        scales = orEmpty(scales);
        shortScales = orEmpty(shortScales);
        currencies = orEmpty(currencies);
        qualifiers = orEmpty(qualifiers);
        units = orEmpty(units);
        months = orEmpty(months);
        ordinalSuffixes = orEmpty(ordinalSuffixes);
        yearParts = orEmpty(yearParts);
        relative = orEmpty(relative);
        if (months.size() != 12 && !months.isEmpty()) {
            throw new IllegalArgumentException("months must list all twelve months, January first");
        }
        periods = periods == null ? new Periods(null, null, null, null, null, null, null) : periods;
    }

    /** How a currency is written. The ISO code itself ("USD 13bn", "13bn USD") needs no listing. */
    record CurrencyWords(List<String> symbols, List<String> names) {
        CurrencyWords {
            symbols = orEmpty(symbols);
            names = orEmpty(names);
        }
    }

    /**
     * A date relative to the document's, such as "last month": {@code offset} units of {@code unit} away.
     */
    record Relative(Unit unit, int offset) {

        /** Week has no precision of its own in {@link PartialDate}: a week resolves to the month holding it. */
        enum Unit {
            DAY, WEEK, MONTH, YEAR
        }

        PartialDate resolve(LocalDate reference) {
            return switch (unit) {
                case DAY -> PartialDate.of(reference.plusDays(offset));
                case WEEK -> month(reference.plusWeeks(offset));
                case MONTH -> month(reference.plusMonths(offset));
                case YEAR -> PartialDate.ofYear(reference.getYear() + offset);
            };
        }

        private static PartialDate month(LocalDate date) {
            return PartialDate.ofMonth(date.getYear(), date.getMonthValue());
        }
    }

    /**
     * The words around dates that say what kind of time a text gives.
     *
     * @param point        before a date that is a point in time ("in 2019", "am 21. Januar 2025")
     * @param since        before a start with no end ("since 2019")
     * @param until        before an end with no start, exclusive ("until 2030", "bis 2030")
     * @param rangeStart   before the first date of a range ("from", "between")
     * @param rangeEnd     between the two dates of a range, exclusive ("to", "and")
     * @param inclusiveEnd before an end that is included, in an until or a range ("through", "tot en met")
     * @param endHedges    between such a word and an end that is approximate ("tot grofweg 2032")
     */
    record Periods(List<String> point, List<String> since, List<String> until, List<String> rangeStart,
                   List<String> rangeEnd, List<String> inclusiveEnd, List<String> endHedges) {
        Periods {
            point = orEmpty(point);
            since = orEmpty(since);
            until = orEmpty(until);
            rangeStart = orEmpty(rangeStart);
            rangeEnd = orEmpty(rangeEnd);
            inclusiveEnd = orEmpty(inclusiveEnd);
            endHedges = orEmpty(endHedges);
        }
    }

    /** Something built once per language from its words, such as a finder with its compiled patterns. */
    static <T> Map<Language, T> perLanguage(BiFunction<Language, LanguageData, T> build) {
        var built = new EnumMap<Language, T>(Language.class);
        LOADED.forEach((language, data) -> built.put(language, build.apply(language, data)));
        return built;
    }

    private static LanguageData read(YAMLMapper yaml, Language language) {
        var resource = "/normalize/" + language.code() + ".yaml";
        try (var in = LanguageData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return yaml.readValue(in, LanguageData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : Map.copyOf(map);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
