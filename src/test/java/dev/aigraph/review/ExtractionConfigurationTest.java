package dev.aigraph.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;

import dev.aigraph.extract.ArticleExtractor;
import dev.aigraph.extract.Document;
import dev.aigraph.extract.ExtractedFact;
import dev.aigraph.resolve.Gazetteer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ExtractionConfigurationTest {

    private static final Document ARTICLE = new Document("t.txt", "Microsoft invested $10 billion in OpenAI in 2023.",
            null, null, null, "en");

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(ExtractionConfiguration.class)
            .withBean(Gazetteer.class, ExtractionConfigurationTest::bundledGazetteer);

    private static Gazetteer bundledGazetteer() {
        try (var in = Gazetteer.class.getResourceAsStream("/gazetteer/entities.yaml")) {
            return Gazetteer.load(in, "classpath:gazetteer/entities.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theExtractorSendsFactsBelowTheConfiguredConfidenceToReview() {
        context.withPropertyValues("aigraph.extract.min-confidence=0").run(app ->
                assertThat(app.getBean(ArticleExtractor.class).extract(ARTICLE).facts())
                        .singleElement().extracting(ExtractedFact::review).isEqualTo(false));
        context.withPropertyValues("aigraph.extract.min-confidence=1").run(app ->
                assertThat(app.getBean(ArticleExtractor.class).extract(ARTICLE).facts())
                        .singleElement().extracting(ExtractedFact::review).isEqualTo(true));
    }

    @Test
    void aThresholdOutsideZeroToOneStopsTheStartNamingTheProperty() {
        context.withPropertyValues("aigraph.extract.min-confidence=1.5").run(app ->
                assertThat(app).getFailure().rootCause().hasMessageContaining("aigraph.extract.min-confidence")
                        .hasMessageContaining("must be less than or equal to 1"));
    }
}
