package dev.aigraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import dev.aigraph.graph.Amount;
import dev.aigraph.graph.Amount.Qualifier;
import dev.aigraph.graph.FactStatus;
import dev.aigraph.graph.PartialDate;
import org.junit.jupiter.api.Test;

class EdgeSummaryTest {

    @Test
    void overTenBillionAgreesWithThirteenBillionAndTheExactFigureWins() {
        var summary = EdgeSummary.of(List.of(
                claim(new Amount(10_000_000_000L, "USD", Qualifier.OVER), "2023-01-10", "a"),
                claim(Amount.exact(13_000_000_000L, "USD"), "2024-06-01", "b")));

        assertThat(summary.amount()).isEqualTo(Amount.exact(13_000_000_000L, "USD"));
        assertThat(summary.amountConflict()).isFalse();
        assertThat(summary.claims()).isEqualTo(2);
        assertThat(summary.sources()).isEqualTo(2);
        assertThat(summary.firstReported()).isEqualTo(LocalDate.of(2023, 1, 10));
    }

    @Test
    void twoDifferentExactFiguresAreAConflictAndTheEdgeCarriesNoAmount() {
        var summary = EdgeSummary.of(List.of(
                claim(Amount.exact(10_000_000_000L, "USD"), "2023-01-10", "a"),
                claim(Amount.exact(13_000_000_000L, "USD"), "2024-06-01", "b")));

        assertThat(summary.amount()).isNull();
        assertThat(summary.amountConflict()).isTrue();
    }

    @Test
    void figuresRoundedDifferentlyWithinHalfAPercentAgree() {
        var summary = EdgeSummary.of(List.of(
                claim(Amount.exact(1_300_000_000L, "EUR"), "2025-09-01", "a"),
                claim(Amount.exact(1_302_000_000L, "EUR"), "2025-09-02", "b")));

        assertThat(summary.amount()).isEqualTo(Amount.exact(1_302_000_000L, "EUR"));
    }

    @Test
    void differentCurrenciesAreNeverConverted() {
        var summary = EdgeSummary.of(List.of(
                claim(Amount.exact(1_300_000_000L, "EUR"), "2025-09-01", "a"),
                claim(Amount.exact(1_500_000_000L, "USD"), "2025-09-02", "b")));

        assertThat(summary.amount()).isNull();
        assertThat(summary.amountConflict()).isTrue();
    }

    @Test
    void theLatestReportDecidesEndAndStatusWhileTheEarliestStartStays() {
        var earlier = new ClaimFigures(null, null, PartialDate.ofYear(2019), PartialDate.ofYear(2030), null,
                FactStatus.ACTIVE, false, "a", LocalDate.of(2023, 3, 1));
        var later = new ClaimFigures(null, null, PartialDate.ofYear(2020), PartialDate.ofMonth(2025, 1), null,
                FactStatus.ENDED, false, "b", LocalDate.of(2025, 2, 1));

        var summary = EdgeSummary.of(List.of(later, earlier));

        assertThat(summary.start()).isEqualTo(PartialDate.ofYear(2019));
        assertThat(summary.end()).isEqualTo(PartialDate.ofMonth(2025, 1));
        assertThat(summary.status()).isEqualTo(FactStatus.ENDED);
    }

    @Test
    void oneFirmSourceMakesTheEdgeUnhedged() {
        var hedged = new ClaimFigures(null, null, null, null, null, null, true, "a", null);
        var firm = new ClaimFigures(null, null, null, null, null, null, false, "b", null);

        assertThat(EdgeSummary.of(List.of(hedged)).hedged()).isTrue();
        assertThat(EdgeSummary.of(List.of(hedged, firm)).hedged()).isFalse();
    }

    private static ClaimFigures claim(Amount amount, String reported, String source) {
        return new ClaimFigures(amount, null, null, null, null, null, false, source, LocalDate.parse(reported));
    }
}
