package dev.aigraph.ingest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import dev.aigraph.graph.Amount;
import dev.aigraph.graph.FactStatus;
import dev.aigraph.graph.PartialDate;
import dev.aigraph.graph.Quantity;

/**
 * The properties of a direct edge, derived from all of its claims so the edge shows what the sources say and never
 * silently overwrites one with another.
 * <ul>
 * <li>amount: the figure all claims are compatible with ("over 10 billion" is compatible with "13 billion"), preferring
 * an exact figure and then the latest report; when claims contradict each other the edge has no amount and is marked
 * {@code amountConflict} (both claims stay, with their own figures)</li>
 * <li>start and announcement date: the earliest stated; end and status: from the latest report that states them,
 * because later news (a deal ended) supersedes earlier news</li>
 * <li>hedged only when every claim is hedged: one firm source is enough</li>
 * </ul>
 */
record EdgeSummary(Amount amount, boolean amountConflict, Quantity quantity, PartialDate start, PartialDate end,
                   PartialDate date, FactStatus status, boolean hedged, int claims, int sources,
                   LocalDate firstReported) {

    // "Exact within 0.5 %": two reports of the same figure rounded differently still agree.
    private static final BigDecimal EXACT_TOLERANCE = new BigDecimal("0.005");
    private static final BigDecimal ABOUT_TOLERANCE = new BigDecimal("0.10");

    static EdgeSummary of(List<ClaimFigures> claims) {
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("an edge has at least one claim");
        }
        List<ClaimFigures> byReport = claims.stream().sorted(ClaimFigures.BY_REPORT).toList();
        Optional<Amount> amount = agreedAmount(byReport);
        boolean amountConflict = amount.isEmpty() && byReport.stream().anyMatch(c -> c.amount() != null);
        return new EdgeSummary(
                amount.orElse(null),
                amountConflict,
                latest(byReport, ClaimFigures::quantity),
                byReport.stream().map(ClaimFigures::start).filter(Objects::nonNull).min(Comparator.naturalOrder())
                        .orElse(null),
                latest(byReport, ClaimFigures::end),
                byReport.stream().map(ClaimFigures::date).filter(Objects::nonNull).min(Comparator.naturalOrder())
                        .orElse(null),
                latest(byReport, ClaimFigures::status),
                byReport.stream().allMatch(ClaimFigures::hedged),
                byReport.size(),
                (int) byReport.stream().map(ClaimFigures::sourceId).distinct().count(),
                byReport.stream().map(ClaimFigures::reported).filter(Objects::nonNull).min(Comparator.naturalOrder())
                        .orElse(null));
    }

    private static <T> T latest(List<ClaimFigures> byReport, Function<ClaimFigures, T> field) {
        T found = null;
        for (ClaimFigures claim : byReport) {
            T value = field.apply(claim);
            if (value != null) {
                found = value;
            }
        }
        return found;
    }

    private static Optional<Amount> agreedAmount(List<ClaimFigures> byReport) {
        Map<String, Amount> distinct = new LinkedHashMap<>();
        byReport.stream().map(ClaimFigures::amount).filter(Objects::nonNull)
                .forEach(a -> distinct.put(a.qualifier() + " " + a.value() + " " + a.currency(), a));
        List<Amount> amounts = List.copyOf(distinct.values());
        if (amounts.isEmpty() || amounts.stream().map(Amount::currency).distinct().count() > 1) {
            return Optional.empty();
        }
        // Candidates in order of preference: exact figures before approximate ones, later reports before earlier.
        var candidates = new ArrayList<>(amounts);
        Collections.reverse(candidates);
        candidates.sort(Comparator.comparing(Amount::approximate));
        return candidates.stream()
                .filter(candidate -> amounts.stream()
                        .allMatch(other -> compatible(BigDecimal.valueOf(candidate.value()), other)))
                .findFirst();
    }

    private static boolean compatible(BigDecimal value, Amount stated) {
        BigDecimal figure = BigDecimal.valueOf(stated.value());
        return switch (stated.qualifier()) {
            case EXACT -> within(value, figure, EXACT_TOLERANCE);
            case ABOUT -> within(value, figure, ABOUT_TOLERANCE);
            case OVER -> value.compareTo(figure) >= 0;
            case UP_TO -> value.compareTo(figure) <= 0;
        };
    }

    private static boolean within(BigDecimal value, BigDecimal figure, BigDecimal tolerance) {
        if (figure.signum() == 0) {
            return value.signum() == 0;
        }
        return value.subtract(figure).abs().divide(figure, MathContext.DECIMAL64).compareTo(tolerance) <= 0;
    }
}
