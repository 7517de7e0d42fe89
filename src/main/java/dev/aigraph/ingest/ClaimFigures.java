package dev.aigraph.ingest;

import java.time.LocalDate;
import java.util.Comparator;

import dev.aigraph.graph.Amount;
import dev.aigraph.graph.FactStatus;
import dev.aigraph.graph.PartialDate;
import dev.aigraph.graph.Quantity;

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
}
