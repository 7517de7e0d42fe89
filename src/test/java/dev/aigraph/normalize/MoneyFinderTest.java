package dev.aigraph.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigraph.graph.Amount;
import dev.aigraph.graph.Amount.Qualifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MoneyFinderTest {

    /** Each text holds exactly one sum, given by its surface (the span), value, currency and qualifier. */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            EN | Microsoft put $13B into the lab            | $13B                   | 13000000000   | USD | EXACT
            EN | a $13 billion stake                         | $13 billion            | 13000000000   | USD | EXACT
            EN | they paid 13 billion dollars for it         | 13 billion dollars     | 13000000000   | USD | EXACT
            EN | a deal worth 13bn USD                       | 13bn USD               | 13000000000   | USD | EXACT
            EN | a deal worth USD 13bn                       | USD 13bn               | 13000000000   | USD | EXACT
            EN | raised US$13 billion last year              | US$13 billion          | 13000000000   | USD | EXACT
            EN | a €1.3 billion grant                        | €1.3 billion           | 1300000000    | EUR | EXACT
            EN | grants of 1.3 billion euros                 | 1.3 billion euros      | 1300000000    | EUR | EXACT
            EN | a £2m seed round                            | £2m                    | 2000000       | GBP | EXACT
            EN | sold for $1,500,000 in cash                 | $1,500,000             | 1500000       | USD | EXACT
            EN | a $6.6 billion round                        | $6.6 billion           | 6600000000    | USD | EXACT
            EN | a $1 trillion plan                          | $1 trillion            | 1000000000000 | USD | EXACT
            EN | spent 500 million dollars                   | 500 million dollars    | 500000000     | USD | EXACT
            EN | pledged one billion dollars                 | one billion dollars    | 1000000000    | USD | EXACT
            EN | costs a trillion dollars                    | a trillion dollars     | 1000000000000 | USD | EXACT
            EN | invested over $13 billion                   | over $13 billion       | 13000000000   | USD | OVER
            EN | invested more than $13 billion              | more than $13 billion  | 13000000000   | USD | OVER
            EN | above $5m                                   | above $5m              | 5000000       | USD | OVER
            EN | upwards of $5m                              | upwards of $5m         | 5000000       | USD | OVER
            EN | about $13 billion                           | about $13 billion      | 13000000000   | USD | ABOUT
            EN | around $13 billion                          | around $13 billion     | 13000000000   | USD | ABOUT
            EN | roughly $13 billion                         | roughly $13 billion    | 13000000000   | USD | ABOUT
            EN | approximately €2 billion                    | approximately €2 billion | 2000000000  | EUR | ABOUT
            EN | some $13 billion                            | some $13 billion       | 13000000000   | USD | ABOUT
            EN | nearly $13 billion                          | nearly $13 billion     | 13000000000   | USD | ABOUT
            EN | almost $13 billion                          | almost $13 billion     | 13000000000   | USD | ABOUT
            EN | an estimated $13 billion                    | an estimated $13 billion | 13000000000 | USD | ABOUT
            EN | up to $10 billion                           | up to $10 billion      | 10000000000   | USD | UP_TO
            EN | as much as $10 billion                      | as much as $10 billion | 10000000000   | USD | UP_TO
            NL | Microsoft stak 13 miljard dollar in OpenAI  | 13 miljard dollar      | 13000000000   | USD | EXACT
            NL | een subsidie van 1,3 miljard euro           | 1,3 miljard euro       | 1300000000    | EUR | EXACT
            NL | het kostte ruim 13 miljard dollar           | ruim 13 miljard dollar | 13000000000   | USD | OVER
            NL | compute voor 300 miljard dollar             | 300 miljard dollar     | 300000000000  | USD | EXACT
            NL | compute voor $300 miljard                   | $300 miljard           | 300000000000  | USD | EXACT
            NL | een fonds van €1,3 miljard                  | €1,3 miljard           | 1300000000    | EUR | EXACT
            NL | een plan van 1 biljoen dollar               | 1 biljoen dollar       | 1000000000000 | USD | EXACT
            NL | een plan van een biljoen dollar             | een biljoen dollar     | 1000000000000 | USD | EXACT
            NL | goed voor 13 mld. dollar                    | 13 mld. dollar         | 13000000000   | USD | EXACT
            NL | goed voor 250 mln. euro                     | 250 mln. euro          | 250000000     | EUR | EXACT
            NL | goed voor 1.300 miljoen euro                | 1.300 miljoen euro     | 1300000000    | EUR | EXACT
            NL | meer dan 2 miljard euro                     | meer dan 2 miljard euro | 2000000000   | EUR | OVER
            NL | boven de 2 miljard euro                     | boven de 2 miljard euro | 2000000000   | EUR | OVER
            NL | ongeveer 2 miljard euro                     | ongeveer 2 miljard euro | 2000000000   | EUR | ABOUT
            NL | circa 2 miljard euro                        | circa 2 miljard euro   | 2000000000    | EUR | ABOUT
            NL | ca. 2 miljard euro                          | ca. 2 miljard euro     | 2000000000    | EUR | ABOUT
            NL | zo'n 2 miljard euro                         | zo'n 2 miljard euro    | 2000000000    | EUR | ABOUT
            NL | grofweg 2 miljard euro                      | grofweg 2 miljard euro | 2000000000    | EUR | ABOUT
            NL | rond 2 miljard euro                         | rond 2 miljard euro    | 2000000000    | EUR | ABOUT
            NL | bijna 2 miljard euro                        | bijna 2 miljard euro   | 2000000000    | EUR | ABOUT
            NL | vrijwel 2 miljard euro                      | vrijwel 2 miljard euro | 2000000000    | EUR | ABOUT
            NL | tot 2 miljard euro                          | tot 2 miljard euro     | 2000000000    | EUR | UP_TO
            NL | tot wel 2 miljard euro                      | tot wel 2 miljard euro | 2000000000    | EUR | UP_TO
            NL | maximaal 2 miljard euro                     | maximaal 2 miljard euro | 2000000000   | EUR | UP_TO
            DE | Microsoft zahlte 13 Milliarden Dollar       | 13 Milliarden Dollar   | 13000000000   | USD | EXACT
            DE | ein Zuschuss von 1,3 Milliarden Euro        | 1,3 Milliarden Euro    | 1300000000    | EUR | EXACT
            DE | es flossen über 13 Milliarden US-Dollar     | über 13 Milliarden US-Dollar | 13000000000 | USD | OVER
            DE | Rechenleistung für 500 Milliarden Dollar    | 500 Milliarden Dollar  | 500000000000  | USD | EXACT
            DE | ein Plan über eine Billion Dollar           | über eine Billion Dollar | 1000000000000 | USD | OVER
            DE | sie planen eine Billion Dollar              | eine Billion Dollar    | 1000000000000 | USD | EXACT
            DE | sie planen 1 Billion US-Dollar              | 1 Billion US-Dollar    | 1000000000000 | USD | EXACT
            DE | sie zahlten 13 Mrd. Dollar                  | 13 Mrd. Dollar         | 13000000000   | USD | EXACT
            DE | sie zahlten 250 Mio. Euro                   | 250 Mio. Euro          | 250000000     | EUR | EXACT
            DE | sie zahlten 13 Mrd. $                       | 13 Mrd. $              | 13000000000   | USD | EXACT
            DE | der 500-Milliarden-Dollar-Plan              | 500-Milliarden-Dollar  | 500000000000  | USD | EXACT
            DE | eine 100-Milliarden-Dollar-Investition      | 100-Milliarden-Dollar  | 100000000000  | USD | EXACT
            DE | gut 1.300 Millionen Euro                    | gut 1.300 Millionen Euro | 1300000000  | EUR | ABOUT
            DE | mehr als 2 Milliarden Euro                  | mehr als 2 Milliarden Euro | 2000000000 | EUR | OVER
            DE | knapp über 2 Milliarden Euro                | knapp über 2 Milliarden Euro | 2000000000 | EUR | OVER
            DE | knapp 2 Milliarden Euro                     | knapp 2 Milliarden Euro | 2000000000   | EUR | ABOUT
            DE | rund 2 Milliarden Euro                      | rund 2 Milliarden Euro | 2000000000    | EUR | ABOUT
            DE | etwa 2 Milliarden Euro                      | etwa 2 Milliarden Euro | 2000000000    | EUR | ABOUT
            DE | ungefähr 2 Milliarden Euro                  | ungefähr 2 Milliarden Euro | 2000000000 | EUR | ABOUT
            DE | circa 2 Milliarden Euro                     | circa 2 Milliarden Euro | 2000000000   | EUR | ABOUT
            DE | ca. 2 Milliarden Euro                       | ca. 2 Milliarden Euro  | 2000000000    | EUR | ABOUT
            DE | fast 2 Milliarden Euro                      | fast 2 Milliarden Euro | 2000000000    | EUR | ABOUT
            DE | bis zu 2 Milliarden Euro                    | bis zu 2 Milliarden Euro | 2000000000  | EUR | UP_TO
            DE | maximal 2 Milliarden Euro                   | maximal 2 Milliarden Euro | 2000000000 | EUR | UP_TO
            """)
    void findsOneSum(Language language, String text, String surface, long value, String currency, Qualifier qualifier) {
        var found = Normalizer.findMoney(text, language);

        assertThat(found).singleElement().satisfies(mention -> {
            assertThat(text.substring(mention.start(), mention.end())).isEqualTo(surface);
            assertThat(mention.amount()).isEqualTo(new Amount(value, currency, qualifier));
            assertThat(mention.currencyAssumed()).isFalse();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"300B", "300bn", "300b"})
    void aGluedScaleLetterIsMoneyInAssumedDollarsInEnglish(String figure) {
        var text = "OpenAI bought " + figure + " of compute from Oracle";

        var found = Normalizer.findMoney(text, Language.EN);

        assertThat(found).containsExactly(new MoneyMention(Amount.exact(300_000_000_000L, "USD"), 14,
                14 + figure.length(), true));
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"NL", "DE"})
    void noCurrencyIsAssumedOutsideEnglish(Language language) {
        assertThat(Normalizer.findMoney("OpenAI kocht 300B compute, 13 mld. en 5 Mrd.", language)).isEmpty();
    }

    @Test
    void falseFriendsScaleByTheLanguage() {
        assertThat(Normalizer.findMoney("1 billion euros", Language.EN))
                .extracting(mention -> mention.amount().value()).containsExactly(1_000_000_000L);
        assertThat(Normalizer.findMoney("1 biljoen euro", Language.NL))
                .extracting(mention -> mention.amount().value()).containsExactly(1_000_000_000_000L);
        assertThat(Normalizer.findMoney("1 Billion Euro", Language.DE))
                .extracting(mention -> mention.amount().value()).containsExactly(1_000_000_000_000L);
    }

    @Test
    void decimalsAreExactNotFloatingPoint() {
        assertThat(Normalizer.findMoney("1,3 miljard euro", Language.NL)).singleElement()
                .satisfies(mention -> assertThat(mention.amount()).isEqualTo(Amount.exact(1_300_000_000L, "EUR")));
        assertThat(Normalizer.findMoney("$0.7 billion", Language.EN)).singleElement()
                .satisfies(mention -> assertThat(mention.amount().value()).isEqualTo(700_000_000L));
    }

    @Test
    void findsEverySumInASentenceInOrder() {
        var text = "After $1 billion in 2019 and $2 billion in 2021, Microsoft added over $10 billion.";

        assertThat(Normalizer.findMoney(text, Language.EN)).extracting(MoneyMention::amount).containsExactly(
                Amount.exact(1_000_000_000L, "USD"), Amount.exact(2_000_000_000L, "USD"),
                new Amount(10_000_000_000L, "USD", Qualifier.OVER));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            EN | Microsoft invested in OpenAI in 2019 and 2021
            EN | the model has 13 billion parameters
            EN | 13 people and 4.5 GW of power
            EN | a 2 m wide rack for 2 months
            EN | a dollar store in 2019
            EN | a range of $10-20 billion
            NL | in 2019 werkten er 1.500 mensen
            NL | het model heeft 13 miljard parameters
            DE | im Jahr 2019 mit 13 Milliarden Parametern
            DE | es hat 4,5 GW und eine Million Nutzer
            """)
    void yearsPlainNumbersAndCountsAreNotMoney(Language language, String text) {
        assertThat(Normalizer.findMoney(text, language)).isEmpty();
    }
}
