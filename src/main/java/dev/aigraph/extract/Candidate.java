package dev.aigraph.extract;

import dev.aigraph.extract.Mention.Entity;
import dev.aigraph.graph.Amount;
import dev.aigraph.graph.PartialDate;
import dev.aigraph.graph.Quantity;
import dev.aigraph.graph.RelationType;

/**
 * A fact as one sentence states it, before the document's facts are collected.
 *
 * @param sentence     the index of the sentence in the document
 * @param periodHedged the period alone is reported second-hand ("the deal would run from 2027, according to ...")
 * @param pattern      which pattern or construction found it, for review and debugging
 */
record Candidate(Entity subject, RelationType relation, Entity object, int sentence, Amount amount,
                 Quantity quantity, PartialDate start, PartialDate end, PartialDate date, boolean endInclusive,
                 boolean endApproximate, boolean hedged, boolean periodHedged, String role, double confidence,
                 String pattern) {

    static Candidate of(Entity subject, RelationType relation, Entity object, int sentence, double confidence,
                        String pattern) {
        return new Candidate(subject, relation, object, sentence, null, null, null, null, null, false, false, false,
                false, null, confidence, pattern);
    }

    Candidate withFigures(Amount amount, Quantity quantity) {
        return new Candidate(subject, relation, object, sentence, amount, quantity, start, end, date, endInclusive,
                endApproximate, hedged, periodHedged, role, confidence, pattern);
    }

    Candidate withTimes(PartialDate start, PartialDate end, PartialDate date, boolean endInclusive,
                        boolean endApproximate, boolean periodHedged) {
        return new Candidate(subject, relation, object, sentence, amount, quantity, start, end, date, endInclusive,
                endApproximate, hedged, periodHedged, role, confidence, pattern);
    }

    Candidate withHedged(boolean hedged) {
        return new Candidate(subject, relation, object, sentence, amount, quantity, start, end, date, endInclusive,
                endApproximate, hedged, periodHedged, role, confidence, pattern);
    }

    Candidate withRole(String role) {
        return new Candidate(subject, relation, object, sentence, amount, quantity, start, end, date, endInclusive,
                endApproximate, hedged, periodHedged, role, confidence, pattern);
    }

    /** The same fact, whichever way a symmetric relation was written. */
    String key() {
        String from = subject.id();
        String to = object.id();
        if (relation.symmetric() && from.compareTo(to) > 0) {
            return to + "|" + relation + "|" + from;
        }
        return from + "|" + relation + "|" + to;
    }

    /** How much a candidate says beyond its three parts, to keep the richer of two that state the same fact. */
    int detail() {
        int detail = 0;
        for (Object part : new Object[] {amount, quantity, start, end, date, role}) {
            detail += part == null ? 0 : 1;
        }
        return detail;
    }
}
