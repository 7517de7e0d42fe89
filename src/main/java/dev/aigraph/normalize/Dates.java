package dev.aigraph.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.aigraph.graph.PartialDate;

/**
 * The ways one language writes a single date, at the precision it gives: "2025-01-15", "15 January 2025", "January
 * 15, 2025", "Januar 2025", "begin 2025", a bare year or month, or a phrase relative to the document's date.
 *
 * <p>{@link #anyRegex()} finds a date inside a longer pattern; {@link #resolve} then reads the text it covered.
 */
final class Dates {

    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    private static final String YEAR = "(?<year>(?<![\\d.,])(?:19\\d{2}|20\\d{2}|2100)(?!\\d|[.,]\\d))";
    private static final String DAY = "(?<day>(?<!\\d)(?:3[01]|[12]\\d|0?[1-9])(?!\\d))";
    private static final String ISO = "(?<![\\d.,])\\d{4}-\\d{2}-\\d{2}(?!\\d)";

    private final Lexicon<Integer> months;
    private final Lexicon<LanguageData.Relative> relative;
    /** Longest forms first, so that inside a longer pattern "January 2025" is not cut to "January". */
    private final List<Form> forms;

    Dates(LanguageData data) {
        var monthByWord = new HashMap<String, Integer>();
        for (var number = 1; number <= data.months().size(); number++) {
            for (var word : data.months().get(number - 1)) {
                monthByWord.put(word, number);
            }
        }
        months = Lexicon.of(monthByWord);
        relative = Lexicon.of(data.relative());
        var month = "(?<month>" + months.regex() + ")";
        var day = DAY + "(?:" + Lexicon.ofAll(data.ordinalSuffixes(), true).regex() + ")?";
        var part = Lexicon.ofAll(data.yearParts(), true).regex();
        forms = List.of(
                new Form(ISO, Use.ABSOLUTE, (m, reference) -> PartialDate.parse(m.group())),
                new Form(day + "\\s+" + month + "\\s+" + YEAR, Use.ABSOLUTE, this::day),
                new Form(month + "\\s+" + day + ",?\\s+" + YEAR, Use.ABSOLUTE, this::day),
                new Form(month + "\\s+" + YEAR, Use.ABSOLUTE, (m, reference) -> PartialDate.ofMonth(year(m), month(m))),
                new Form(part + Figures.JOINT + YEAR, Use.ABSOLUTE, (m, reference) -> PartialDate.ofYear(year(m))),
                new Form(relative.regex(), Use.RELATIVE,
                        (m, reference) -> relative.valueOf(m.group()).resolve(reference)),
                new Form(day + "\\s+" + month, Use.YEARLESS, this::dayThisYear),
                new Form(month + "\\s+" + day, Use.YEARLESS, this::dayThisYear),
                new Form(month, Use.YEARLESS,
                        (m, reference) -> PartialDate.ofMonth(nearestYear(month(m), 1, reference), month(m))),
                new Form(YEAR, Use.BARE_YEAR, (m, reference) -> PartialDate.ofYear(year(m))));
    }

    /** A non-capturing group matching any date this language writes. */
    String anyRegex() {
        return alternation(forms);
    }

    /** A non-capturing group matching the dates that need no preposition to be read as dates ("15 January 2025"). */
    String standaloneRegex() {
        return alternation(forms.stream().filter(form -> form.use().standalone).toList());
    }

    /**
     * The date a text matched by {@link #anyRegex()} stands for; null when it is relative ("in July", "last month")
     * and there is no reference date, or when it is no calendar date ("30 February 2025").
     */
    PartialDate resolve(String text, LocalDate reference) {
        for (var form : forms) {
            var matcher = form.pattern().matcher(text);
            if (matcher.matches()) {
                if (form.use().needsReference && reference == null) {
                    return null;
                }
                try {
                    return form.resolver().resolve(matcher, reference);
                } catch (DateTimeException | IllegalArgumentException notACalendarDate) {
                    return null;
                }
            }
        }
        return null;
    }

    private PartialDate day(Matcher m, LocalDate reference) {
        return new PartialDate(year(m), month(m), Integer.valueOf(m.group("day")));
    }

    private PartialDate dayThisYear(Matcher m, LocalDate reference) {
        int day = Integer.valueOf(m.group("day"));
        return new PartialDate(nearestYear(month(m), day, reference), month(m), day);
    }

    /**
     * The year of a month a text names without one: the latest such month no more than four months after the
     * document's date, because news reports mostly what has happened ("in December" in a January article is last
     * December, "in September" in an April article last September) and speaks of the near future ("in July" in a
     * March article is this July).
     */
    private static int nearestYear(int month, int day, LocalDate reference) {
        LocalDate horizon = reference.plusMonths(4);
        for (int year = reference.getYear() + 1; year > reference.getYear() - 1; year--) {
            int safeDay = Math.min(day, java.time.YearMonth.of(year, month).lengthOfMonth());
            if (!LocalDate.of(year, month, safeDay).isAfter(horizon)) {
                return year;
            }
        }
        return reference.getYear() - 1;
    }

    private int month(Matcher m) {
        return months.valueOf(m.group("month"));
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group("year"));
    }

    /* Named groups may appear once per pattern, and a range holds two dates, so the embedded copies drop the names. */
    private static String alternation(List<Form> forms) {
        return forms.stream().map(form -> GROUP_NAME.matcher(form.regex()).replaceAll("(?:"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    @FunctionalInterface
    private interface Resolver {
        PartialDate resolve(Matcher matcher, LocalDate reference);
    }

    /** Where a form of date is read, and what it needs to resolve. */
    private enum Use {
        /** A full date, read anywhere: "15 January 2025", "begin 2025". */
        ABSOLUTE(true, false),
        /** A phrase relative to the document's date, read anywhere: "last month". */
        RELATIVE(true, true),
        /** A date without its year, read after a preposition only, in the document's year: "in July". */
        YEARLESS(false, true),
        /** A bare year, read after a preposition only: "2019" alone may be any number. */
        BARE_YEAR(false, false);

        final boolean standalone;
        final boolean needsReference;

        Use(boolean standalone, boolean needsReference) {
            this.standalone = standalone;
            this.needsReference = needsReference;
        }
    }

    private record Form(String regex, Use use, Resolver resolver, Pattern pattern) {

        Form(String regex, Use use, Resolver resolver) {
            this(regex, use, resolver,
                    Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS));
        }
    }
}
