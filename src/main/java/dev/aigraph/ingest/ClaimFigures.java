package dev.aigraph.ingest;

import java.time.LocalDate;
import java.util.Comparator;

import dev.aigraph.graph.Amount;
import dev.aigraph.graph.Fact;
import dev.aigraph.graph.FactStatus;
import dev.aigraph.graph.PartialDate;
import dev.aigraph.graph.Quantity;
import dev.aigraph.graph.Source;

/**
 * What one claim says about its edge, and when it was said: the input to {@link EdgeSummary}.
 *
 * @param reported when the claim's source was published (null when unknown: ordered before every dated claim)
 */
record ClaimFigures(Amount amount, Quantity quantity, PartialDate start, PartialDate end, PartialDate date,
                    FactStatus status, boolean hedged, String sourceId, LocalDate reported) {

    /** Oldest report first; undated reports count as the oldest, since nothing says they are recent. */
    static final Comparator<ClaimFigures> BY_REPORT = Comparator.comparing(ClaimFigures::reported,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    /** What a claim about to be written says: the same figures the graph gives back once it is written. */
    static ClaimFigures of(ClaimRow claim) {
        Fact fact = claim.fact();
        Source source = claim.evidence().source();
        return new ClaimFigures(fact.amount(), fact.quantity(), fact.start(), fact.end(), fact.date(), fact.status(),
                fact.hedged(), source.id(), source.published() == null ? null : source.published().firstDay());
    }
}
