package dev.aigraph.normalize;

import dev.aigraph.graph.PartialDate;

/**
 * A point or period of time found in a text, each date at the precision the text gave ("2027" is a year, "January
 * 2025" a month, "15 January 2025" a day).
 *
 * <p>Relative expressions resolve against the document's date: a month without a year ("in July") is the latest such
 * month no more than four months after the document's date ("in December" in a January article is the December
 * before, "in July" in a March article the July to come), and a week ("this week", "deze week", "diese Woche") is the
 * month holding it, because a {@link PartialDate} has no week precision.
 *
 * @param kind           what the dates mean
 * @param start          the point for {@link Kind#POINT}, the start for {@link Kind#SINCE} and {@link Kind#RANGE}
 * @param end            the end for {@link Kind#UNTIL} and {@link Kind#RANGE}; null otherwise
 * @param endInclusive   whether the end is included ("through 2030", "tot en met 2030")
 * @param endApproximate whether the text hedged the end ("tot grofweg 2032")
 * @param from           where the mention starts in the text, its preposition included ("since 2019")
 * @param to             where it ends, exclusive
 */
public record TimeMention(Kind kind, PartialDate start, PartialDate end, boolean endInclusive, boolean endApproximate,
                          int from, int to) {

    /** What a mention's dates mean. */
    public enum Kind {
        /** A single date: "in 2019", "im Januar 2025", "on 15 January 2025". */
        POINT,
        /** A start with no end: "since 2019", "vanaf 2027", "ab 2027". */
        SINCE,
        /** An end with no start: "until 2030", "tot en met 2030", "bis Ende 2030", "by 2030". */
        UNTIL,
        /** A start and an end: "from 2027 to 2032", "2027–2032", "von 2027 bis 2032". */
        RANGE
    }
}
