package dev.aigraph.graph;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * A date known to the precision a source gave: a year ("2027"), a month ("2025-01") or a day ("2025-01-15"). "2027" is
 * not 2027-01-01: comparisons use {@link #firstDay()} or {@link #lastDay()} as the question requires.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Comparator<PartialDate> ORDER = Comparator.comparing(PartialDate::firstDay)
            .thenComparing(PartialDate::lastDay);

    public PartialDate {
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        // Validates the calendar (no 2025-02-30).
        if (day != null) {
            LocalDate.of(year, month, day);
        } else if (month != null) {
            YearMonth.of(year, month);
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, null, null);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, null);
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Parses ISO text at any of the three precisions.
     *
     * @throws IllegalArgumentException naming the text when it is not such a date
     */
    public static PartialDate parse(String text) {
        var matcher = ISO.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        try {
            return new PartialDate(Integer.parseInt(matcher.group(1)),
                    matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2)),
                    matcher.group(3) == null ? null : Integer.valueOf(matcher.group(3)));
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a calendar date", e);
        }
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    public LocalDate lastDay() {
        if (day != null) {
            return firstDay();
        }
        return month == null ? LocalDate.of(year, 12, 31) : YearMonth.of(year, month).atEndOfMonth();
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    /** ISO text at the precision given. */
    @Override
    public String toString() {
        // By hand, not String.format: ingestion writes several dates of every claim and edge.
        var text = new StringBuilder(10);
        padded(text, year, 4);
        if (month != null) {
            padded(text.append('-'), month, 2);
        }
        if (day != null) {
            padded(text.append('-'), day, 2);
        }
        return text.toString();
    }

    private static void padded(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        text.append("0".repeat(Math.max(0, width - digits.length()))).append(digits);
    }
}
