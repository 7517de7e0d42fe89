package dev.aigraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @ParameterizedTest
    @ValueSource(strings = {"2027", "2025-01", "2025-01-15", "0800", "0800-12-31", "1999-10-09"})
    void aDateIsWrittenAsTheIsoTextItWasReadFrom(String text) {
        assertThat(PartialDate.parse(text).toString()).isEqualTo(text);
    }

    @Test
    void datesMadeFromNumbersArePaddedToTheirIsoWidth() {
        assertThat(PartialDate.ofMonth(2025, 3)).hasToString("2025-03");
        assertThat(new PartialDate(987, 1, 2)).hasToString("0987-01-02");
    }

    @Test
    void aDayThatIsNotInTheCalendarIsRefusedNamingTheText() {
        assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2025-02-30"))
                .withMessageContaining("'2025-02-30' is not a calendar date");
    }
}
