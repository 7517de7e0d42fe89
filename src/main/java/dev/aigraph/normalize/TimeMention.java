package dev.aigraph.normalize;

import dev.aigraph.graph.PartialDate;

/**
 * A date or period found in a text, spanning {@code [from, to)}.
 * <ul>
 * <li>POINT: "in 2019", "im Januar 2025", "on 15 January 2025" — {@code start} holds the point</li>
 * <li>SINCE: "since 2019", "sinds", "seit", "vanaf", "ab" — {@code start}</li>
 * <li>UNTIL: "until 2030", "tot en met 2030" (end inclusive), "bis 2030" — {@code end}</li>
 * <li>RANGE: "from 2027 to 2032", "2027–2032", "vanaf 2027 tot grofweg 2032" (end approximate) — both</li>
 * </ul>
 */
public record TimeMention(Kind kind, PartialDate start, PartialDate end, boolean endInclusive, boolean endApproximate,
                          int from, int to) {

    public enum Kind {
        POINT, SINCE, UNTIL, RANGE
    }
}
