package dev.aigraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import dev.aigraph.graph.PartialDate;
import dev.aigraph.resolve.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Article extraction on sentences of our own, one construction at a time, in English, Dutch and German. Each
 * sentence is written for the test; none comes from the shared corpus.
 */
class ArticleExtractorTest {

    private static Gazetteer gazetteer;
    private static ArticleExtractor extractor;

    @BeforeAll
    static void loadGazetteer() throws IOException {
        try (InputStream in = ArticleExtractorTest.class.getClassLoader()
                .getResourceAsStream("gazetteer/entities.yaml")) {
            gazetteer = Gazetteer.load(in, "gazetteer/entities.yaml");
        }
        extractor = new ArticleExtractor(gazetteer, 0.6);
    }

    private static List<ExtractedFact> asserted(String language, String text) {
        return extract(language, text).facts().stream().filter(f -> !f.review()).toList();
    }

    private static Extraction extract(String language, String text) {
        return extractor.extract(new Document("test.txt", text, null, null, PartialDate.parse("2025-03-10"),
                language));
    }

    /** Each sentence states the fact given, with the figures given (empty: none); the document is dated 2025-03-10. */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            en | Amazon has invested $8 billion in Anthropic since 2023.                           | Amazon | INVESTED_IN | Anthropic | 8000000000 | USD | 2023 |  |  | false
            en | Midjourney was acquired by Meta for $3 billion.                                   | Meta | ACQUIRED | Midjourney | 3000000000 | USD |  |  |  | false
            en | An investment by SoftBank of $40 billion in OpenAI was confirmed on Monday.       | SoftBank | INVESTED_IN | OpenAI | 40000000000 | USD |  |  |  | false
            en | Apple is reportedly testing Anthropic's models.                                    | Apple | TESTS_MODEL | Anthropic |  |  |  |  |  | true
            en | Sam Altman, who leads OpenAI, met investors in Paris.                              | Sam Altman | LEADS | OpenAI |  |  |  |  |  | false
            en | CoreWeave rents that capacity on to Cohere.                                        | Cohere | BUYS_COMPUTE_FROM | CoreWeave |  |  |  |  |  | false
            en | Anthropic will buy computing capacity from Google Cloud from 2026 to 2030.         | Anthropic | BUYS_COMPUTE_FROM | Google Cloud |  |  | 2026 | 2030 |  | false
            en | In December, Dell Technologies acquired Lambda.                                   | Dell Technologies | ACQUIRED | Lambda |  |  |  |  | 2024-12 | false
            en | Mistral AI raised €1.7 billion in September in a round led by ASML.               | ASML | INVESTED_IN | Mistral AI | 1700000000 | EUR |  |  | 2024-09 | false
            en | Separately, Microsoft announced that it would invest $5 billion in Anthropic.     | Microsoft | INVESTED_IN | Anthropic | 5000000000 | USD |  |  |  | false
            en | Anthropic agreed to purchase $30 billion of Azure compute capacity.               | Anthropic | BUYS_COMPUTE_FROM | Azure | 30000000000 | USD |  |  |  | false
            nl | Voor 20 miljard dollar aan rekenkracht is door Meta ingekocht bij CoreWeave.      | Meta | BUYS_COMPUTE_FROM | CoreWeave | 20000000000 | USD |  |  |  | false
            nl | SoftBank investeert naar verluidt 1,5 biljoen yen in OpenAI.                     | SoftBank | INVESTED_IN | OpenAI | 1500000000000 | JPY |  |  |  | true
            nl | Microsoft heeft exclusieve rechten op de modellen van OpenAI tot en met 2030.     | Microsoft | HAS_EXCLUSIVE_RIGHTS | OpenAI |  |  |  | 2030 |  | false
            nl | In januari haalde Anthropic 2 miljard dollar op bij Google.                       | Google | INVESTED_IN | Anthropic | 2000000000 | USD |  |  | 2025-01 | false
            nl | Het Franse Mistral AI werkt samen met Nvidia.                                      | Mistral AI | BASED_IN | France |  |  |  |  |  | false
            nl | Cohere, dat door Aidan Gomez werd opgericht, groeit snel.                          | Aidan Gomez | FOUNDED | Cohere |  |  |  |  |  | false
            de | Amazon hat seit 2023 rund 8 Milliarden Dollar in Anthropic investiert.           | Amazon | INVESTED_IN | Anthropic | 8000000000 | USD | 2023 |  |  | false
            de | Berichten zufolge übernimmt Salesforce das Start-up Cohere für 2,5 Milliarden Euro. | Salesforce | ACQUIRED | Cohere | 2500000000 | EUR |  |  |  | true
            de | Im Januar wurde Lambda von Dell Technologies übernommen.                           | Dell Technologies | ACQUIRED | Lambda |  |  |  |  | 2025-01 | false
            de | OpenAI kündigte einen 100-Milliarden-Dollar-Plan mit Oracle an.                    | OpenAI | PARTNERS_WITH | Oracle | 100000000000 | USD |  |  |  | false
            de | Nvidia-Chef Jensen Huang sprach über neue Chips.                                   | Jensen Huang | LEADS | NVIDIA |  |  |  |  |  | false
            de | Perplexity nutzt unter anderem Anthropics Claude.                                   | Perplexity | USES_MODEL | Claude |  |  |  |  |  | false
            en | Nvidia invested $1 billion in the French start-up Mistral AI.                    | NVIDIA | INVESTED_IN | Mistral AI | 1000000000 | USD |  |  |  | false
            nl | Nvidia investeerde 1 miljard dollar in de Franse start-up Mistral AI.              | NVIDIA | INVESTED_IN | Mistral AI | 1000000000 | USD |  |  |  | false
            de | Nvidia investierte 1 Milliarde Dollar in das Start-up Mistral AI.                  | NVIDIA | INVESTED_IN | Mistral AI | 1000000000 | USD |  |  |  | false
            en | Mistral AI uses Microsoft Azure for training.                                     | Mistral AI | RUNS_ON | Azure |  |  |  |  |  | false
            en | Anthropic trains its models on Google Cloud.                                      | Anthropic | RUNS_ON | Google Cloud |  |  |  |  |  | false
            nl | Mistral AI gebruikt de cloud van Microsoft Azure.                                  | Mistral AI | RUNS_ON | Azure |  |  |  |  |  | false
            de | Mistral AI setzt künftig auf Microsoft Azure.                                      | Mistral AI | RUNS_ON | Azure |  |  |  |  |  | false
            de | Apple will Gemini in Siri integrieren.                                             | Apple | USES_MODEL | Gemini |  |  |  |  |  | false
            de | Salesforce beteiligt sich mit 500 Millionen Dollar an Cohere.                      | Salesforce | INVESTED_IN | Cohere | 500000000 | USD |  |  |  | false
            en | Dario Amodei, the chief executive of Anthropic, spoke in Davos.                   | Dario Amodei | LEADS | Anthropic |  |  |  |  |  | false
            nl | Microsoft kocht Inflection AI voor 650 miljoen dollar.                             | Microsoft | ACQUIRED | Inflection AI | 650000000 | USD |  |  |  | false
            de | Mistral AI wurde von Arthur Mensch gegründet.                                      | Arthur Mensch | FOUNDED | Mistral AI |  |  |  |  |  | false
            en | Microsoft acquired GitHub for $7.5 billion.                                       | Microsoft | ACQUIRED | GitHub | 7500000000 | USD |  |  |  | false
            nl | Microsoft nam in 2024 Inflection AI over voor 650 miljoen dollar.                 | Microsoft | ACQUIRED | Inflection AI | 650000000 | USD |  |  | 2024 | false
            de | Die Übernahme von Character.AI durch Google wurde abgeschlossen.                  | Google | ACQUIRED | Character.AI |  |  |  |  |  | false
            de | Ab 2026 beliefert AMD OpenAI mit Grafikprozessoren.                               | AMD | SUPPLIES | OpenAI |  |  | 2026 |  |  | false
            nl | Microsoft maakt voortaan ook gebruik van Claude.                                  | Microsoft | USES_MODEL | Claude |  |  |  |  |  | false
            nl | SoftBank trad in januari 2025 toe tot het Stargate Project.                       | SoftBank | MEMBER_OF | Stargate Project |  |  |  |  | 2025-01 | false
            en | TSMC manufactures the Blackwell processors for Nvidia.                            | TSMC | SUPPLIES | NVIDIA |  |  |  |  |  | false
            nl | TSMC produceert de Blackwell-chips voor Nvidia.                                    | TSMC | SUPPLIES | NVIDIA |  |  |  |  |  | false
            de | Die Blackwell-Chips werden von TSMC für Nvidia gefertigt.                          | TSMC | SUPPLIES | NVIDIA |  |  |  |  |  | false
            de | SK hynix ist der wichtigste Speicherlieferant von Nvidia.                          | SK hynix | SUPPLIES | NVIDIA |  |  |  |  |  | false
            """)
    void eachConstructionGivesItsFact(String language, String text, String subject, String relation, String object,
                                      Long amount, String currency, String start, String end, String date,
                                      boolean hedged) {
        var fact = asserted(language, text).stream()
                .filter(f -> f.subject().equals(subject) && f.relation().equals(relation) && f.object().equals(object))
                .findFirst();
        assertThat(fact).as("%s %s %s in: %s", subject, relation, object, text).isPresent();
        assertThat(fact.get()).extracting(ExtractedFact::amount, ExtractedFact::currency, ExtractedFact::start,
                        ExtractedFact::end, ExtractedFact::date, ExtractedFact::hedged, ExtractedFact::sentence)
                .containsExactly(amount, currency, start, end, date, hedged, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Meta bought H100 chips from Nvidia.
            nl | Meta kocht H100-chips bij Nvidia.
            nl | Meta koopt chips van Nvidia.
            de | Meta kaufte H100-Chips bei Nvidia.
            """)
    void buyingGoodsFromACompanyIsNotBuyingTheCompany(String language, String text) {
        assertThat(extract(language, text).facts()).noneMatch(f -> f.relation().equals("ACQUIRED"));
    }

    @Test
    void moneyPutIntoACompanyIsAnInvestmentAndNothingElse() {
        assertThat(extract("de", "Der US-Konzern Amazon steckt vier Milliarden Dollar in das KI-Start-up Anthropic.")
                .facts()).extracting(f -> f.subject() + " " + f.relation() + " " + f.object())
                .containsExactly("Amazon INVESTED_IN Anthropic");
    }

    @Test
    void whatIsSuppliedIsNotTheCustomer() {
        assertThat(extract("en", "NVIDIA supplies GPUs to Microsoft.").facts())
                .allMatch(f -> f.subject().equals("NVIDIA") && f.object().equals("Microsoft"))
                .isNotEmpty();
    }

    @Test
    void aMarkerAfterACommaBelongsToTheRelativePronounAfterIt() {
        // Unlike "in das Start-up Mistral AI", where "das" is an article and "in" marks Mistral AI.
        assertThat(extract("de", "Cohere, in das Nvidia investiert hat, wächst schnell.").facts())
                .noneMatch(f -> f.subject().equals("Cohere") && f.object().equals("NVIDIA"));
    }

    @Test
    void aListOfNamesGivesOneFactEachWithTheSameFigures() {
        var facts = asserted("en", "Mistral AI raised €600 million from NVIDIA and Samsung Electronics.");

        assertThat(facts).extracting(ExtractedFact::subject, ExtractedFact::relation, ExtractedFact::object,
                        ExtractedFact::amount)
                .containsExactlyInAnyOrder(tuple("NVIDIA", "INVESTED_IN", "Mistral AI", 600000000L),
                        tuple("Samsung Electronics", "INVESTED_IN", "Mistral AI", 600000000L));
    }

    /** Denied, supposed, counterfactual and asked facts are not facts. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Google did not invest in xAI.
            en | A move to Oracle could hurt Azure, analysts said.
            en | Will Microsoft invest in Mistral AI?
            en | Whether Alibaba will invest in DeepSeek is unclear.
            nl | Of Alibaba ooit in DeepSeek investeert, is onduidelijk.
            nl | Microsoft heeft geen belang in Mistral AI genomen.
            de | Ein Wechsel von OpenAI zu Google Cloud könnte Microsoft schaden.
            de | Nvidia darf seine Chips nicht an DeepSeek liefern.
            """)
    void deniedSupposedAndAskedFactsAreNotExtracted(String language, String text) {
        assertThat(extract(language, text).facts()).extracting(ExtractedFact::relation)
                .doesNotContain("INVESTED_IN", "RUNS_ON", "SUPPLIES");
    }

    @Test
    void aPeriodInTheNextSentenceDatesTheLastPricedDeal() {
        var facts = asserted("nl", """
                Meta heeft voor 10 miljard dollar aan rekenkracht ingekocht bij Oracle.
                De deal zou volgens ingewijden vanaf 2026 lopen tot ongeveer 2031.""");

        assertThat(facts).singleElement().satisfies(fact -> {
            assertThat(fact.start()).isEqualTo("2026");
            assertThat(fact.end()).isEqualTo("2031");
            assertThat(fact.endApproximate()).isTrue();
            assertThat(fact.periodHedged()).isTrue();
            assertThat(fact.hedged()).isFalse();
        });
    }

    @Test
    void aDescriptionNamesItsEntityOnlyRightAfterTheEntityWasNamed() {
        String named = "Nvidia sold chips worth $2 billion. The chipmaker invested $500 million in Mistral AI.";
        String notNamed = "Apple opened a store. The chipmaker invested $500 million in Mistral AI.";

        assertThat(asserted("en", named)).extracting(ExtractedFact::subject, ExtractedFact::object)
                .contains(tuple("NVIDIA", "Mistral AI"));
        assertThat(asserted("en", notNamed)).extracting(ExtractedFact::subject).doesNotContain("NVIDIA");
    }

    @Test
    void aPhrasePointingBackAsAnObjectMeansTheTopicNotTheClausesOwnSubject() {
        var facts = asserted("en", "OpenAI, which competes with Anthropic, did not comment. Its largest backer, "
                + "Microsoft, holds a stake of roughly 27 percent in the company.");

        assertThat(facts).extracting(ExtractedFact::subject, ExtractedFact::relation, ExtractedFact::object)
                .contains(tuple("Microsoft", "INVESTED_IN", "OpenAI"))
                .doesNotContain(tuple("Microsoft", "INVESTED_IN", "Microsoft"));
    }

    @Test
    void anOrganisationTheGazetteerDoesNotKnowIsProposedForReviewNotAsserted() {
        var extraction = extract("en", "Veridian Robotics raised $50 million from SoftBank.");

        assertThat(extraction.facts()).singleElement().satisfies(fact -> {
            assertThat(fact.subject()).isEqualTo("SoftBank");
            assertThat(fact.object()).isEqualTo("Veridian Robotics");
            assertThat(fact.review()).isTrue();
            assertThat(fact.newEntities()).containsExactly("Veridian Robotics");
        });
        assertThat(extraction.proposedEntities()).extracting(Extraction.ProposedEntity::name,
                Extraction.ProposedEntity::kind).containsExactly(tuple("Veridian Robotics", "Organization"));
    }

    @Test
    void factsBelowTheThresholdAreMarkedForReview() {
        var strict = new ArticleExtractor(gazetteer, 0.95);
        var facts = strict.extract(new Document("t", "Amazon has invested $8 billion in Anthropic.", null, null, null,
                "en")).facts();

        assertThat(facts).isNotEmpty().allSatisfy(fact -> {
            assertThat(fact.confidence()).isLessThan(0.95);
            assertThat(fact.review()).isTrue();
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Microsoft has invested billions of dollars in OpenAI over the last six years, and the two companies remain close partners.
            nl | Microsoft heeft de afgelopen jaren miljarden dollars in OpenAI gestoken en de twee bedrijven werken nog altijd nauw samen.
            de | Microsoft hat in den vergangenen Jahren Milliarden Dollar in OpenAI gesteckt, und beide Unternehmen arbeiten weiter eng zusammen.
            """)
    void theLanguageIsDetectedWhenTheDocumentDoesNotSayIt(String language, String text) {
        var extraction = extractor.extract(new Document("t", text, null, null, null, null));

        assertThat(extraction.language()).isEqualTo(language);
        assertThat(extraction.languageDetected()).isTrue();
    }

    @Test
    void aLanguageAigraphDoesNotReadIsRefusedByName() {
        assertThatThrownBy(() -> extractor.extract(new Document("t", "Bonjour.", null, null, null, "fr")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'fr'")
                .hasMessageContaining("en, nl or de");
    }

    @Test
    void sentencesDoNotBreakAfterAbbreviationsOrOrdinalsButDoAfterOrdinaryWords() {
        String text = "Die Runde bewertet das Unternehmen mit 20 Milliarden Dollar. Perplexity nutzt z. B. Claude "
                + "seit dem 3. März. Dann kam GPT-5.";

        var spans = Segmenter.sentences(text, dev.aigraph.normalize.Language.DE);

        assertThat(spans).extracting(span -> text.substring(span.start(), span.end())).containsExactly(
                "Die Runde bewertet das Unternehmen mit 20 Milliarden Dollar.",
                "Perplexity nutzt z. B. Claude seit dem 3. März.",
                "Dann kam GPT-5.");
    }

    @Test
    void aHeadlineLineAndListItemsAreSentencesOfTheirOwn() {
        String text = "Nvidia invests in Mistral AI\n- Nvidia supplies chips to Mistral AI\n- Meta develops Llama";

        var spans = Segmenter.sentences(text, dev.aigraph.normalize.Language.EN);

        assertThat(spans).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"date 2025-13-01\nText.", "date yesterday\nText."})
    void aDateLineThatIsNoDateIsRefusedWithItsLineAndColumn(String content) {
        assertThatThrownBy(() -> Document.ofFile("a.txt", content, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("a.txt: line 1, column 6:");
    }

    @Test
    void aDateLineDatesTheArticleAndIsNotPartOfItsText() {
        var document = Document.ofFile("a.txt", "date 2025-09-11\nOracle grew.", null, null);

        assertThat(document.published()).isEqualTo(PartialDate.parse("2025-09-11"));
        assertThat(document.text()).isEqualTo("Oracle grew.");
    }

    @Test
    void aRulesFileWithAnUnknownRelationIsRefusedNamingTheEntry() {
        String yaml = "relations:\n  - relation: OWNS\n    triggers: [owns]\n    subject: [none]\n    object: [none]\n";

        assertThatThrownBy(() -> Rules.read(dev.aigraph.normalize.Language.EN,
                new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "x.yaml"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x.yaml: relations[0]")
                .hasMessageContaining("'OWNS' is not a relation type");
    }
}
