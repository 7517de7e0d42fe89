package dev.aigraph.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import dev.aigraph.graph.PartialDate;
import dev.aigraph.normalize.TimeMention.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TimeFinderTest {

    /** A Wednesday; relative expressions in the table resolve against it. */
    private static final LocalDate REFERENCE = LocalDate.of(2025, 3, 12);

    /** Each text holds exactly one time: its surface (the span), kind, dates, and an end that is "incl" or "approx". */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            EN | invested since 2019                | since 2019                  | SINCE | 2019       |      |
            EN | compute from 2027 to 2032          | from 2027 to 2032           | RANGE | 2027       | 2032 |
            EN | compute from 2027 until 2032       | from 2027 until 2032        | RANGE | 2027       | 2032 |
            EN | compute from 2027 through 2032     | from 2027 through 2032      | RANGE | 2027       | 2032 | incl
            EN | the 2027–2032 contract             | 2027–2032                   | RANGE | 2027       | 2032 |
            EN | the 2027-2032 contract             | 2027-2032                   | RANGE | 2027       | 2032 |
            EN | paid between 2027 and 2032         | between 2027 and 2032       | RANGE | 2027       | 2032 |
            EN | the deal runs until 2030           | until 2030                  | UNTIL |            | 2030 |
            EN | the deal runs through 2030         | through 2030                | UNTIL |            | 2030 | incl
            EN | runs until about 2030              | until about 2030            | UNTIL |            | 2030 | approx
            EN | online by 2030                     | by 2030                     | UNTIL |            | 2030 |
            EN | online by the end of 2030          | by the end of 2030          | UNTIL |            | 2030 |
            EN | they met in 2019                   | in 2019                     | POINT | 2019       |      |
            EN | they met in January 2025           | in January 2025             | POINT | 2025-01    |      |
            EN | signed on 15 January 2025          | on 15 January 2025          | POINT | 2025-01-15 |      |
            EN | signed on 15th January 2025        | on 15th January 2025        | POINT | 2025-01-15 |      |
            EN | signed on January 15, 2025         | on January 15, 2025         | POINT | 2025-01-15 |      |
            EN | signed 2025-01-15                  | 2025-01-15                  | POINT | 2025-01-15 |      |
            EN | shipping early 2025                | early 2025                  | POINT | 2025       |      |
            EN | shipped in late 2024               | in late 2024                | POINT | 2024       |      |
            EN | open by mid-2026                   | by mid-2026                 | UNTIL |            | 2026 |
            EN | announced this week                | this week                   | POINT | 2025-03    |      |
            EN | announced last month               | last month                  | POINT | 2025-02    |      |
            EN | announced yesterday                | yesterday                   | POINT | 2025-03-11 |      |
            EN | announced last year                | last year                   | POINT | 2024       |      |
            EN | to be announced in July            | in July                     | POINT | 2025-07    |      |
            EN | to be announced on 4 July          | on 4 July                   | POINT | 2025-07-04 |      |
            NL | investeert sinds 2019              | sinds 2019                  | SINCE | 2019       |      |
            NL | de levering loopt vanaf 2027       | vanaf 2027                  | SINCE | 2027       |      |
            NL | vanaf 2027 tot grofweg 2032        | vanaf 2027 tot grofweg 2032 | RANGE | 2027       | 2032 | approx
            NL | van 2027 tot 2032                  | van 2027 tot 2032           | RANGE | 2027       | 2032 |
            NL | tussen 2027 en 2032                | tussen 2027 en 2032         | RANGE | 2027       | 2032 |
            NL | van 2027 tot en met 2032           | van 2027 tot en met 2032    | RANGE | 2027       | 2032 | incl
            NL | het loopt tot 2030                 | tot 2030                    | UNTIL |            | 2030 |
            NL | het loopt tot en met 2030          | tot en met 2030             | UNTIL |            | 2030 | incl
            NL | het loopt t/m 2030                 | t/m 2030                    | UNTIL |            | 2030 | incl
            NL | de deal volgt in juli              | in juli                     | POINT | 2025-07    |      |
            NL | de deal kwam in januari 2025       | in januari 2025             | POINT | 2025-01    |      |
            NL | verscheen 30 november 2022         | 30 november 2022            | POINT | 2022-11-30 |      |
            NL | verscheen op 30 november 2022      | op 30 november 2022         | POINT | 2022-11-30 |      |
            NL | dat werd deze week bekend          | deze week                   | POINT | 2025-03    |      |
            NL | dat werd vorige maand bekend       | vorige maand                | POINT | 2025-02    |      |
            NL | de bouw start begin 2025           | begin 2025                  | POINT | 2025       |      |
            NL | het gebeurde in 2019               | in 2019                     | POINT | 2019       |      |
            DE | investiert seit 2019               | seit 2019                   | SINCE | 2019       |      |
            DE | Lieferungen ab 2027                | ab 2027                     | SINCE | 2027       |      |
            DE | Lieferungen von 2027 bis 2032      | von 2027 bis 2032           | RANGE | 2027       | 2032 |
            DE | Lieferungen zwischen 2027 und 2032 | zwischen 2027 und 2032      | RANGE | 2027       | 2032 |
            DE | er läuft bis 2030                  | bis 2030                    | UNTIL |            | 2030 |
            DE | er läuft bis Ende 2030             | bis Ende 2030               | UNTIL |            | 2030 |
            DE | läuft bis einschließlich 2030      | bis einschließlich 2030     | UNTIL |            | 2030 | incl
            DE | das Modell erscheint im Januar     | im Januar                   | POINT | 2025-01    |      |
            DE | das Modell erschien im Januar 2025 | im Januar 2025              | POINT | 2025-01    |      |
            DE | unterzeichnet am 21. Januar 2025   | am 21. Januar 2025          | POINT | 2025-01-21 |      |
            DE | das wurde diese Woche bekannt      | diese Woche                 | POINT | 2025-03    |      |
            DE | das wurde letzten Monat bekannt    | letzten Monat               | POINT | 2025-02    |      |
            DE | der Bau beginnt Anfang 2025        | Anfang 2025                 | POINT | 2025       |      |
            DE | das geschah im Jahr 2019           | im Jahr 2019                | POINT | 2019       |      |
            DE | das geschah im März                | im März                     | POINT | 2025-03    |      |
            """)
    void findsOneTime(Language language, String text, String surface, Kind kind, PartialDate start, PartialDate end,
                      String endFlag) {
        var found = Normalizer.findTimes(text, language, REFERENCE);

        assertThat(found).singleElement().satisfies(mention -> {
            assertThat(text.substring(mention.from(), mention.to())).isEqualTo(surface);
            assertThat(mention).isEqualTo(new TimeMention(kind, start, end, "incl".equals(endFlag),
                    "approx".equals(endFlag), mention.from(), mention.to()));
        });
    }

    @Test
    void datesKeepThePrecisionTheTextGave() {
        var found = Normalizer.findTimes("in 2027, in May 2027 and on 3 May 2027", Language.EN, null);

        assertThat(found).extracting(TimeMention::start).containsExactly(PartialDate.ofYear(2027),
                PartialDate.ofMonth(2027, 5), PartialDate.parse("2027-05-03"));
    }

    @Test
    void findsEveryTimeOfAStatementInOrder() {
        var text = "OpenAI bought 300B of compute from Oracle from 2027 to 2032, agreed in 2025";

        assertThat(Normalizer.findTimes(text, Language.EN, null)).extracting(TimeMention::kind, TimeMention::start)
                .containsExactly(tuple(Kind.RANGE, PartialDate.ofYear(2027)),
                        tuple(Kind.POINT, PartialDate.ofYear(2025)));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            EN | announced last month, in July and on 4 July
            NL | dat werd deze week bekend, in juli
            DE | das wurde letzten Monat bekannt, im Januar
            """)
    void relativeExpressionsNeedAReferenceDate(Language language, String text) {
        assertThat(Normalizer.findTimes(text, language, null)).isEmpty();
        assertThat(Normalizer.findTimes(text, language, REFERENCE)).isNotEmpty();
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            EN | Microsoft invested $13B and 2019 people joined 13 teams
            EN | it may grow in 1850 or in 2150
            EN | a budget of 2,019 dollars in 13 months
            NL | er werken 2019 mensen in 13 landen
            DE | 2019 Menschen arbeiten in 13 Ländern
            """)
    void bareYearsPlainNumbersAndYearsOutOfRangeAreNoTimes(Language language, String text) {
        assertThat(Normalizer.findTimes(text, language, REFERENCE)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aDayThatIsNotOnTheCalendarIsNoDate(Language language) {
        assertThat(Normalizer.findTimes("2025-02-30", language, REFERENCE)).isEmpty();
    }
}
