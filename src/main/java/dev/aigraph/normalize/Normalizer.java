package dev.aigraph.normalize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aigraph.graph.Amount;
import dev.aigraph.graph.PartialDate;
import dev.aigraph.graph.Quantity;
import dev.aigraph.normalize.TimeMention.Kind;

/**
 * Finds amounts of money, quantities and dates or periods in English, Dutch or German text and normalises them:
 * exact amounts in base units ("1,3 miljard euro" is 1300000000 EUR, "eine Billion Dollar" 10^12 USD), quantities
 * with a unit symbol, dates at the precision the text gives. The words of each language are data in
 * {@code normalize/<code>.yaml}; this class only knows how such expressions are built.
 */
public final class Normalizer {

    private static final Map<Language, Patterns> PATTERNS = new EnumMap<>(Language.class);

    private Normalizer() {
    }

    /** Every amount of money in the text, in order. */
    public static List<MoneyMention> findMoney(String text, Language language) {
        return patterns(language).money(text);
    }

    /** Every quantity with a unit (GW, MW) in the text, in order. */
    public static List<QuantityMention> findQuantities(String text, Language language) {
        return patterns(language).quantities(text);
    }

    /**
     * Every date or period in the text, in order.
     *
     * @param reference the document's date, against which "in July" or "this week" are read; relative
     *                  expressions are left out when it is null. A week is read as its month: a partial date has
     *                  no week precision.
     */
    public static List<TimeMention> findTimes(String text, Language language, LocalDate reference) {
        return patterns(language).times(text, reference);
    }

    private static synchronized Patterns patterns(Language language) {
        return PATTERNS.computeIfAbsent(language, l -> new Patterns(LanguageData.load(l)));
    }

    /** The compiled expressions of one language. */
    private static final class Patterns {

        private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        private static final String END = "(?![\\p{L}\\p{N}])";
        private static final String START = "(?<![\\p{L}\\p{N}])";
        private static final String SCALE_LETTERS = "(?:bn|mn|tn|[bmkt])";

        private final LanguageData data;
        private final Pattern money;
        private final Pattern bareMoney;
        private final Pattern quantity;
        private final Pattern number;
        private final List<TimePattern> times;
        private final String month;

        Patterns(LanguageData data) {
            this.data = data;
            String d = Pattern.quote(data.decimal());
            String g = Pattern.quote(data.group());
            String digits = "(?:\\d{1,3}(?:" + g + "\\d{3})+(?:" + d + "\\d+)?|\\d+(?:" + d + "\\d+)?)";
            String numberText = "(?:" + digits + "|" + words(data.numbers().keySet()) + ")";
            this.number = Pattern.compile(numberText, FLAGS);
            String scale = words(data.scales().keySet());
            String currency = words(data.currencies().keySet());
            String qualifier = "(?:(?<q>" + words(data.qualifiers().keySet()) + ")\\s+)?";
            this.money = Pattern.compile(START + qualifier + "(?:"
                    + "(?<pre>" + currency + ")\\s?(?<n1>" + numberText + ")(?:[\\s-]?(?<s1>" + scale + "))?"
                    + "|(?<n2>" + numberText + ")(?:[\\s-]?(?<s2>" + scale + "))?[\\s-]?(?<post>" + currency + ")"
                    + ")", FLAGS);
            this.bareMoney = data.assumedCurrency() == null ? null : Pattern.compile(START + qualifier
                    + "(?<n3>" + digits + ")(?<s3>" + SCALE_LETTERS + ")" + END, FLAGS);
            this.quantity = Pattern.compile(START + "(?<n>" + numberText + ")[\\s-]?(?<u>"
                    + words(data.units().keySet()) + ")", FLAGS);
            this.month = words(data.months().keySet());
            this.times = timePatterns();
        }

        // Longest first, so "more than" wins over a shorter word; letters at either end get word boundaries.
        private static String words(Collection<String> words) {
            return "(?:" + words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Patterns::word).reduce((a, b) -> a + "|" + b).orElseThrow() + ")";
        }

        private static String word(String word) {
            String quoted = Pattern.quote(word).replace(" ", "\\E\\s+\\Q");
            boolean letterStart = Character.isLetter(word.charAt(0));
            boolean letterEnd = Character.isLetterOrDigit(word.charAt(word.length() - 1));
            return (letterStart ? "(?<![\\p{L}])" : "") + quoted + (letterEnd ? "(?![\\p{L}])" : "");
        }

        List<MoneyMention> money(String text) {
            var found = new ArrayList<MoneyMention>();
            Matcher matcher = money.matcher(text);
            while (matcher.find()) {
                String numberText = first(matcher, "n1", "n2");
                String scale = first(matcher, "s1", "s2");
                String currencyText = first(matcher, "pre", "post");
                String currency = data.currencies().get(key(currencyText));
                amount(matcher, numberText, scale, currency, false).ifPresent(found::add);
            }
            if (bareMoney != null) {
                Matcher bare = bareMoney.matcher(text);
                while (bare.find()) {
                    int start = bare.start();
                    if (found.stream().noneMatch(m -> m.start() <= start && start < m.end())) {
                        amount(bare, bare.group("n3"), bare.group("s3"), data.assumedCurrency(), true)
                                .ifPresent(found::add);
                    }
                }
                found.sort(Comparator.comparingInt(MoneyMention::start));
            }
            return found;
        }

        private java.util.Optional<MoneyMention> amount(Matcher matcher, String numberText, String scale,
                                                        String currency, boolean assumed) {
            BigDecimal value = number(numberText);
            if (value == null || currency == null) {
                return java.util.Optional.empty();
            }
            if (scale != null) {
                Integer power = data.scales().get(key(scale));
                if (power == null) {
                    return java.util.Optional.empty();
                }
                value = value.scaleByPowerOfTen(power);
            }
            String qualifierText = matcher.group("q");
            Amount.Qualifier qualifier = qualifierText == null ? Amount.Qualifier.EXACT
                    : Amount.Qualifier.valueOf(data.qualifiers().get(key(qualifierText)));
            long exact = value.setScale(0, RoundingMode.HALF_UP).longValueExact();
            return java.util.Optional.of(new MoneyMention(new Amount(exact, currency, qualifier), matcher.start(),
                    matcher.end(), assumed));
        }

        List<QuantityMention> quantities(String text) {
            var found = new ArrayList<QuantityMention>();
            Matcher matcher = quantity.matcher(text);
            while (matcher.find()) {
                BigDecimal value = number(matcher.group("n"));
                if (value != null) {
                    found.add(new QuantityMention(new Quantity(value, data.units().get(key(matcher.group("u")))),
                            matcher.start(), matcher.end()));
                }
            }
            return found;
        }

        private BigDecimal number(String text) {
            Integer word = data.numbers().get(key(text));
            if (word != null) {
                return BigDecimal.valueOf(word);
            }
            if (!number.matcher(text).matches()) {
                return null;
            }
            return new BigDecimal(text.replace(data.group(), "").replace(data.decimal(), "."));
        }

        private static String key(String text) {
            return text == null ? null : text.strip().replaceAll("\\s+", " ").replace('’', '\'')
                    .toLowerCase(Locale.ROOT);
        }

        private static String first(Matcher matcher, String a, String b) {
            return matcher.group(a) != null ? matcher.group(a) : matcher.group(b);
        }

        // ---- dates and periods ----

        /** One way of writing a date or period, and how to read a match of it. */
        private record TimePattern(Pattern pattern, Function<Matcher, Reading> read) {
        }

        /** What a match means, or null when its dates do not read (a month without a reference date). */
        private record Reading(Kind kind, String start, String end, boolean inclusive, boolean approximate) {
        }

        private List<TimePattern> timePatterns() {
            String year = "(?:19|20)\\d{2}";
            String date = "(?:(?:" + words(data.yearParts()) + ")\\s+)?(?:"
                    + "\\d{1,2}\\.?\\s+" + month + "\\s+" + year
                    + "|" + month + "\\s+\\d{1,2},?\\s+" + year
                    + "|" + month + "\\s+" + year
                    + "|" + year + "-\\d{2}(?:-\\d{2})?"
                    + "|" + year
                    + "|" + month + ")" + "(?![\\p{L}\\p{N}]|-\\d)";
            String approximate = "(?:(?<approx>" + words(data.approximate()) + ")\\s+)?";
            String rangeTo = "(?<to>" + words(data.rangeTo()) + ")";
            var patterns = new ArrayList<TimePattern>();
            patterns.add(new TimePattern(compile(START + words(data.rangeFrom()) + "\\s+(?<a>" + date + ")\\s+"
                    + rangeTo + "\\s+" + approximate + "(?<b>" + date + ")"),
                    m -> new Reading(Kind.RANGE, m.group("a"), m.group("b"), inclusive(m.group("to")),
                            m.group("approx") != null)));
            patterns.add(new TimePattern(compile(START + "(?<a>" + year + ")\\s*[–—-]\\s*(?<b>" + year + ")" + END),
                    m -> new Reading(Kind.RANGE, m.group("a"), m.group("b"), false, false)));
            patterns.add(new TimePattern(compile(START + "(?<to>" + words(concat(data.untilInclusive(), data.until()))
                    + ")\\s+" + approximate + "(?<a>" + date + ")"),
                    m -> new Reading(Kind.UNTIL, null, m.group("a"), inclusive(m.group("to")),
                            m.group("approx") != null)));
            patterns.add(new TimePattern(compile(START + words(data.since()) + "\\s+(?<a>" + date + ")"),
                    m -> new Reading(Kind.SINCE, m.group("a"), null, false, false)));
            patterns.add(new TimePattern(compile(START + words(data.point()) + "\\s+(?<a>" + date + ")"),
                    m -> new Reading(Kind.POINT, m.group("a"), null, false, false)));
            // A full date needs no preposition: "30 November 2022", "2025-01-15", "January 2025".
            patterns.add(new TimePattern(compile(START + "(?<a>\\d{1,2}\\.?\\s+" + month + "\\s+" + year + "|"
                    + month + "\\s+\\d{1,2},?\\s+" + year + "|" + month + "\\s+" + year + "|" + year
                    + "-\\d{2}(?:-\\d{2})?)" + END),
                    m -> new Reading(Kind.POINT, m.group("a"), null, false, false)));
            patterns.add(new TimePattern(compile(START + "(?<rel>" + words(data.relative().keySet()) + ")" + END),
                    m -> new Reading(Kind.POINT, "@" + data.relative().get(key(m.group("rel"))), null, false,
                            false)));
            return patterns;
        }

        private static List<String> concat(List<String> a, List<String> b) {
            var all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }

        private boolean inclusive(String word) {
            return word != null && data.untilInclusive().stream().anyMatch(w -> key(w).equals(key(word)));
        }

        private static Pattern compile(String regex) {
            return Pattern.compile(regex, FLAGS);
        }

        List<TimeMention> times(String text, LocalDate reference) {
            var found = new ArrayList<TimeMention>();
            for (TimePattern pattern : times) {
                Matcher matcher = pattern.pattern().matcher(text);
                while (matcher.find()) {
                    int from = matcher.start();
                    int to = matcher.end();
                    if (found.stream().anyMatch(t -> from < t.to() && t.from() < to)) {
                        continue;
                    }
                    Reading reading = pattern.read().apply(matcher);
                    PartialDate start = reading.start() == null ? null : date(reading.start(), reference);
                    PartialDate end = reading.end() == null ? null : date(reading.end(), reference);
                    if ((reading.start() != null && start == null) || (reading.end() != null && end == null)) {
                        continue;
                    }
                    found.add(new TimeMention(reading.kind(), start, end, reading.inclusive(),
                            reading.approximate(), from, to));
                }
            }
            found.sort(Comparator.comparingInt(TimeMention::from));
            return found;
        }

        private PartialDate date(String text, LocalDate reference) {
            if (text.startsWith("@")) {
                return reference == null ? null : relative(text.substring(1), reference);
            }
            String plain = text.strip().replaceFirst("(?i)^(?:" + words(data.yearParts()) + ")\\s+", "");
            Matcher iso = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?").matcher(plain);
            if (iso.matches()) {
                try {
                    return PartialDate.parse(plain);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
            String[] parts = plain.replace(",", " ").replace(".", " ").strip().split("\\s+");
            Integer day = null;
            Integer monthNumber = null;
            Integer yearNumber = null;
            for (String part : parts) {
                if (part.matches("\\d{4}")) {
                    yearNumber = Integer.valueOf(part);
                } else if (part.matches("\\d{1,2}")) {
                    day = Integer.valueOf(part);
                } else {
                    monthNumber = data.months().get(key(part));
                }
            }
            if (monthNumber == null) {
                return null;
            }
            if (yearNumber == null) {
                if (reference == null) {
                    return null;
                }
                yearNumber = reference.getYear();
            }
            try {
                return new PartialDate(yearNumber, monthNumber, day);
            } catch (RuntimeException e) {
                return null;
            }
        }

        private static PartialDate relative(String kind, LocalDate reference) {
            return switch (kind) {
                case "THIS_MONTH" -> PartialDate.ofMonth(reference.getYear(), reference.getMonthValue());
                case "LAST_MONTH" -> {
                    LocalDate last = reference.minusMonths(1);
                    yield PartialDate.ofMonth(last.getYear(), last.getMonthValue());
                }
                case "THIS_YEAR" -> PartialDate.ofYear(reference.getYear());
                case "LAST_YEAR" -> PartialDate.ofYear(reference.getYear() - 1);
                default -> throw new IllegalStateException("unknown relative date " + kind + " in language data");
            };
        }
    }
}
