package dev.aigraph.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import dev.aigraph.graph.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityFinderTest {

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            EN | a campus of 4.5 GW in Texas           | 4.5 GW          | 4.5  | GW
            EN | a campus of 4.5 gigawatts in Texas    | 4.5 gigawatts   | 4.5  | GW
            EN | a 1.2 MW pilot                        | 1.2 MW          | 1.2  | MW
            EN | a 500 megawatt site                   | 500 megawatt    | 500  | MW
            EN | a 2GW campus                          | 2GW             | 2    | GW
            EN | a 2-gigawatt campus                   | 2-gigawatt      | 2    | GW
            EN | two gigawatts of capacity             | two gigawatts   | 2    | GW
            EN | 1,500 MW of power                     | 1,500 MW        | 1500 | MW
            NL | een campus van 4,5 gigawatt           | 4,5 gigawatt    | 4.5  | GW
            NL | een centrale van 500 megawatt         | 500 megawatt    | 500  | MW
            NL | een centrale van 1.500 MW             | 1.500 MW        | 1500 | MW
            DE | ein Rechenzentrum mit 4,5 Gigawatt    | 4,5 Gigawatt    | 4.5  | GW
            DE | ein Rechenzentrum mit 2 GW Leistung   | 2 GW            | 2    | GW
            DE | eine Anlage mit 1,2 Megawatt          | 1,2 Megawatt    | 1.2  | MW
            """)
    void findsOneQuantity(Language language, String text, String surface, BigDecimal value, String unit) {
        var found = Normalizer.findQuantities(text, language);

        assertThat(found).singleElement().satisfies(mention -> {
            assertThat(text.substring(mention.start(), mention.end())).isEqualTo(surface);
            assertThat(mention.quantity()).isEqualTo(new Quantity(value, unit));
        });
    }

    @Test
    void findsEveryQuantityInOrder() {
        assertThat(Normalizer.findQuantities("first 1.2 GW, then 4.5 GW", Language.EN))
                .extracting(QuantityMention::quantity)
                .containsExactly(new Quantity(new BigDecimal("1.2"), "GW"), new Quantity(new BigDecimal("4.5"), "GW"));
    }

    @Test
    void moneyYearsEnergyAndPlainNumbersAreNoQuantities() {
        assertThat(Normalizer.findQuantities("$13 billion in 2019 for 40 GWh and 13 GPUs", Language.EN)).isEmpty();
        assertThat(Normalizer.findQuantities("13 miljard dollar in 2019", Language.NL)).isEmpty();
    }

    @Test
    void gigawattsAreNotMoney() {
        assertThat(Normalizer.findMoney("a 4.5 GW and 500 MW campus", Language.EN)).isEmpty();
    }
}
