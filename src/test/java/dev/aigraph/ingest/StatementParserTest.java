package dev.aigraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;

import dev.aigraph.graph.Amount;
import dev.aigraph.graph.Amount.Qualifier;
import dev.aigraph.graph.Fact;
import dev.aigraph.graph.FactStatus;
import dev.aigraph.graph.PartialDate;
import dev.aigraph.graph.Quantity;
import dev.aigraph.graph.RelationType;
import dev.aigraph.graph.Source;
import dev.aigraph.ingest.StatementParser.ParsedLine;
import dev.aigraph.resolve.Gazetteer;
import dev.aigraph.resolve.Lookup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementParserTest {

    private static final Source DEFAULT = new Source("test", null, null, "en", null, null);
    private static StatementParser parser;

    @BeforeAll
    static void loadPhrasesAndGazetteer() throws IOException {
        try (InputStream in = Gazetteer.class.getResourceAsStream("/gazetteer/entities.yaml")) {
            Gazetteer gazetteer = Gazetteer.load(in, "entities.yaml");
            parser = new StatementParser(RelationPhrases.bundled(),
                    name -> !(gazetteer.lookup(name) instanceof Lookup.Unknown));
        }
    }

    private static ParsedLine line(String text) {
        List<ParsedLine> parsed = parser.parse(text, DEFAULT);
        assertThat(parsed).hasSize(1);
        return parsed.get(0);
    }

    private static Fact fact(String text) {
        ParsedLine parsed = line(text);
        assertThat(parsed.errors()).as("errors of '%s'", text).isEmpty();
        assertThat(parsed.facts()).hasSize(1);
        return parsed.facts().get(0).fact();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Microsoft invested $13B in OpenAI                     | Microsoft | INVESTED_IN       | OpenAI | 13000000000  | USD
            Microsoft invested 13 billion dollars in OpenAI       | Microsoft | INVESTED_IN       | OpenAI | 13000000000  | USD
            Microsoft invested 13bn USD in OpenAI                 | Microsoft | INVESTED_IN       | OpenAI | 13000000000  | USD
            ASML invested €1.3 billion in Mistral AI              | ASML      | INVESTED_IN       | Mistral AI | 1300000000 | EUR
            OpenAI bought $300B of compute from Oracle            | OpenAI    | BUYS_COMPUTE_FROM | Oracle | 300000000000 | USD
            OpenAI raised $6.6 billion from Thrive Capital        | Thrive Capital | INVESTED_IN  | OpenAI | 6600000000   | USD
            OpenAI partners with Oracle                           | OpenAI    | PARTNERS_WITH     | Oracle |              |
            xAI competes with OpenAI                              | xAI       | COMPETES_WITH     | OpenAI |              |
            Anthropic develops Claude                             | Anthropic | DEVELOPS          | Claude |              |
            Microsoft 365 Copilot uses Claude                     | Microsoft 365 Copilot | USES_MODEL | Claude |       |
            Anthropic runs on Amazon Web Services                 | Anthropic | RUNS_ON           | Amazon Web Services | |
            SoftBank joined Stargate Project                      | SoftBank  | MEMBER_OF         | Stargate Project |    |
            Microsoft acquired Inflection AI                      | Microsoft | ACQUIRED          | Inflection AI |       |
            Inflection AI was acquired by Microsoft               | Microsoft | ACQUIRED          | Inflection AI |       |
            NVIDIA supplies chips to OpenAI                       | NVIDIA    | SUPPLIES          | OpenAI |              |
            Microsoft tests models from DeepSeek                  | Microsoft | TESTS_MODEL       | DeepSeek |            |
            Mistral AI is based in France                         | Mistral AI | BASED_IN         | France |              |
            Azure is owned by Microsoft                           | Azure     | SUBSIDIARY_OF     | Microsoft |           |
            OpenAI was founded by Sam Altman                      | Sam Altman | FOUNDED          | OpenAI |              |
            Mustafa Suleyman co-founded Inflection AI             | Mustafa Suleyman | FOUNDED    | Inflection AI |       |
            """)
    void everyPhraseFormGivesItsFact(String text, String subject, RelationType relation, String object, Long amount,
                                     String currency) {
        Fact fact = fact(text);
        assertThat(fact.subject().name()).isEqualTo(subject);
        assertThat(fact.relation()).isEqualTo(relation);
        assertThat(fact.object().name()).isEqualTo(object);
        assertThat(fact.amount() == null ? null : fact.amount().value()).isEqualTo(amount);
        assertThat(fact.amount() == null ? null : fact.amount().currency()).isEqualTo(currency);
    }

    @Test
    void qualifierAndSinceGiveAnApproximateAmountAndAStart() {
        Fact fact = fact("Microsoft has invested over $13B in OpenAI since 2019");
        assertThat(fact.amount()).isEqualTo(new Amount(13_000_000_000L, "USD", Qualifier.OVER));
        assertThat(fact.start()).isEqualTo(PartialDate.ofYear(2019));
        assertThat(fact.end()).isNull();
    }

    @Test
    void aPeriodKeepsTheYearPrecisionAndAnAnnouncementIsTheDate() {
        Fact fact = fact("OpenAI bought 300B of compute from Oracle from 2027 to 2032 announced September 2025");
        assertThat(fact.start()).hasToString("2027");
        assertThat(fact.end()).hasToString("2032");
        assertThat(fact.date()).isEqualTo(PartialDate.ofMonth(2025, 9));
        assertThat(fact.amount().value()).isEqualTo(300_000_000_000L);
    }

    @Test
    void aBareFigureIsAssumedToBeDollarsWithAWarning() {
        ParsedLine parsed = line("OpenAI bought 300B of compute from Oracle");
        assertThat(parsed.facts().get(0).fact().amount().currency()).isEqualTo("USD");
        assertThat(parsed.warnings()).singleElement().satisfies(w -> {
            assertThat(w.column()).isEqualTo(15);
            assertThat(w.reason()).contains("assumed US dollars");
        });
    }

    @Test
    void aQuantityAfterForAndADatedPoint() {
        Fact fact = fact("OpenAI partners with Oracle for 4.5 GW in July 2025");
        assertThat(fact.quantity()).isEqualTo(new Quantity(new BigDecimal("4.5"), "GW"));
        assertThat(fact.date()).isEqualTo(PartialDate.ofMonth(2025, 7));
        assertThat(fact("OpenAI buys 4.5 GW of compute from Oracle").quantity().unit()).isEqualTo("GW");
    }

    @Test
    void exclusiveRightsCarryTheirScopeAndEnd() {
        Fact fact = fact("Microsoft has exclusive rights to OpenAI's models until 2030");
        assertThat(fact.relation()).isEqualTo(RelationType.HAS_EXCLUSIVE_RIGHTS);
        assertThat(fact.object().name()).isEqualTo("OpenAI");
        assertThat(fact.scope()).isEqualTo("models");
        assertThat(fact.end()).hasToString("2030");

        Fact refusal = fact("Microsoft holds a right of first refusal on OpenAI’s new compute capacity");
        assertThat(refusal.relation()).isEqualTo(RelationType.HAS_RIGHT_OF_FIRST_REFUSAL);
        assertThat(refusal.scope()).isEqualTo("new compute capacity");
    }

    @Test
    void noLongerEndsTheRelationAndSinceBecomesItsEnd() {
        Fact fact = fact("Microsoft no longer has exclusive rights to OpenAI's cloud compute since January 2025");
        assertThat(fact.status()).isEqualTo(FactStatus.ENDED);
        assertThat(fact.end()).isEqualTo(PartialDate.ofMonth(2025, 1));
        assertThat(fact.start()).isNull();
    }

    @Test
    void hedgesAndPlansAreMarked() {
        Fact hedged = fact("Microsoft reportedly develops MAI-1");
        assertThat(hedged.hedged()).isTrue();
        assertThat(hedged.object().name()).isEqualTo("MAI-1");
        Fact planned = fact("Microsoft will invest $80B in OpenAI");
        assertThat(planned.status()).isEqualTo(FactStatus.PLANNED);
        assertThat(planned.amount().value()).isEqualTo(80_000_000_000L);
    }

    @Test
    void rolesComeFromThePhraseOrFromAs() {
        Fact ceo = fact("Satya Nadella is the CEO of Microsoft");
        assertThat(ceo.relation()).isEqualTo(RelationType.LEADS);
        assertThat(ceo.role()).isEqualTo("CEO");
        Fact works = fact("Mustafa Suleyman works for Microsoft as head of Microsoft's AI division since March 2024");
        assertThat(works.role()).isEqualTo("head of Microsoft's AI division");
        assertThat(works.start()).isEqualTo(PartialDate.ofMonth(2024, 3));
    }

    // Statements copied from news end with a full stop; it must not hide the date or amount before it from the
    // modifiers, nor turn "Oracle, 2027–2032." into a list of two names.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Microsoft has invested over 13 billion dollars in OpenAI since 2019. | Microsoft | OpenAI | 13000000000  | 2019 |
            OpenAI bought 300 billion dollars of compute from Oracle, 2027–2032. | OpenAI    | Oracle | 300000000000 | 2027 | 2032
            OpenAI buys compute from Oracle from 2027 to 2032.                   | OpenAI    | Oracle |              | 2027 | 2032
            Microsoft acquired Inflection AI for $650 million.                  | Microsoft | Inflection AI | 650000000 | |
            OpenAI partners with Oracle.                                         | OpenAI    | Oracle |              |      |
            OpenAI partners with Oracle since 2024 .                             | OpenAI    | Oracle |              | 2024 |
            """)
    void aFullStopEndsTheSentenceWithoutBelongingToItsLastNameOrDate(String text, String subject, String object,
                                                                      Long amount, String start, String end) {
        ParsedLine parsed = line(text);
        assertThat(parsed.errors()).as("errors of '%s'", text).isEmpty();
        assertThat(parsed.facts()).singleElement().satisfies(statement -> {
            Fact fact = statement.fact();
            assertThat(fact.subject().name()).isEqualTo(subject);
            assertThat(fact.object().name()).isEqualTo(object);
            assertThat(fact.amount() == null ? null : fact.amount().value()).isEqualTo(amount);
            assertThat(fact.start() == null ? null : fact.start().toString()).isEqualTo(start);
            assertThat(fact.end() == null ? null : fact.end().toString()).isEqualTo(end);
        });
    }

    @Test
    void aFullStopThatClosesAnAbbreviationStaysWithTheNameAndOneBeforeOrAfterMetadataIsPunctuation() {
        assertThat(fact("OpenAI partners with Acme Inc.").object().name()).isEqualTo("Acme Inc.");
        assertThat(fact("OpenAI partners with Acme Holdings of the U.S.").object().name())
                .isEqualTo("Acme Holdings of the U.S.");
        assertThat(fact("Sam Altman leads OpenAI as CEO.").role()).isEqualTo("CEO");
        for (String text : List.of("Microsoft invested $13B in OpenAI since 2019. [source: https://example.com/a]",
                "Microsoft invested $13B in OpenAI since 2019 [source: https://example.com/a].")) {
            ParsedLine parsed = line(text);
            assertThat(parsed.errors()).as("errors of '%s'", text).isEmpty();
            assertThat(parsed.facts()).singleElement().satisfies(statement -> {
                assertThat(statement.fact().object().name()).isEqualTo("OpenAI");
                assertThat(statement.fact().start()).isEqualTo(PartialDate.ofYear(2019));
                assertThat(statement.source().id()).isEqualTo("https://example.com/a");
            });
        }
    }

    @Test
    void aListGivesOneFactPerNameWithItsColumn() {
        ParsedLine parsed = line("Oracle, SoftBank and MGX are members of Stargate Project");
        assertThat(parsed.facts()).extracting(f -> f.fact().subject().name())
                .containsExactly("Oracle", "SoftBank", "MGX");
        assertThat(parsed.facts()).extracting(StatementParser.StatementFact::subjectColumn)
                .containsExactly(1, 9, 22);
    }

    @Test
    void metadataGivesTheSourceAndALineOfOnlyMetadataSetsItForTheLinesAfter() {
        List<ParsedLine> parsed = parser.parse("""
                # a comment
                Microsoft invested $13B in OpenAI [source: https://example.com/a, date: 2025-01-15, title: "A, b"]
                [source: doc-2, lang: nl]

                OpenAI partners with Oracle
                """, DEFAULT);
        assertThat(parsed).hasSize(2);
        Source first = parsed.get(0).facts().get(0).source();
        assertThat(first.id()).isEqualTo("https://example.com/a");
        assertThat(first.url()).isEqualTo("https://example.com/a");
        assertThat(first.title()).isEqualTo("A, b");
        assertThat(first.published()).isEqualTo(PartialDate.parse("2025-01-15"));
        assertThat(parsed.get(0).statement()).isEqualTo("Microsoft invested $13B in OpenAI");
        assertThat(parsed.get(1).line()).isEqualTo(5);
        assertThat(parsed.get(1).facts().get(0).source().id()).isEqualTo("doc-2");
        assertThat(parsed.get(1).facts().get(0).source().language()).isEqualTo("nl");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Microsoft invested in                                 | 1  | no object after
            invested $13B in OpenAI                               | 1  | no subject before
            Microsoft likes OpenAI                                | 1  | no relation phrase
            Microsoft invested $13X in OpenAI                     | 20 | is not an amount
            OpenAI bought compute from Oracle from 2032 to 2027   | 35 | is before the start
            Microsoft invested in OpenAI since 20199              | 30 | is not a date or period
            Microsoft invested in OpenAI [source: x, colour: red] | 42 | unknown metadata key
            Microsoft invested in OpenAI [date: 2025-13]          | 37 | not a calendar date
            Microsoft invested in OpenAI [source: x               | 30 | not closed
            """)
    void anInvalidLineSaysWhereAndWhy(String text, int column, String reason) {
        ParsedLine parsed = line(text);
        assertThat(parsed.facts()).isEmpty();
        assertThat(parsed.errors()).first().satisfies(error -> {
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.column()).isEqualTo(column);
            assertThat(error.reason()).contains(reason);
        });
    }

    @Test
    void theBundledSampleParsesWithoutErrors() {
        List<ParsedLine> parsed = parser.parse(SampleData.read(), DEFAULT);
        assertThat(parsed).allSatisfy(line -> assertThat(line.errors()).as("line %d: %s", line.line(),
                line.statement()).isEmpty());
        assertThat(parsed).hasSizeGreaterThan(60);
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedWithoutBeingReadAndALineAtTheLimitIsReadQuickly() {
        ParsedLine tooLong = line("Microsoft invested $13B in " + "OpenAI ".repeat(30_000));
        assertThat(tooLong.errors()).singleElement().satisfies(error -> {
            assertThat(error.column()).isEqualTo(StatementParser.MAX_LINE_LENGTH + 1);
            assertThat(error.reason()).isEqualTo("the line is 210027 characters long; a statement is at most 1000, "
                    + "with its metadata");
        });

        String atTheLimit = "Microsoft invested $13B in " + "( x".repeat((StatementParser.MAX_LINE_LENGTH - 27) / 3);
        long start = System.nanoTime();
        assertThat(line(atTheLimit).facts()).hasSize(1);
        assertThat(line(atTheLimit.replace(" invested $13B in ", " ")).errors()).isNotEmpty();
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds for two lines at the limit")
                .isLessThan(2_000);
    }
}
