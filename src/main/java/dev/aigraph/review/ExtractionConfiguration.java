package dev.aigraph.review;

import dev.aigraph.extract.ArticleExtractor;
import dev.aigraph.resolve.Gazetteer;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/**
 * The article extractor of the API and the ingest command: the application's gazetteer, and the confidence below
 * which an extracted fact waits for review instead of becoming an edge.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExtractionConfiguration.ExtractionProperties.class)
class ExtractionConfiguration {

    /**
     * {@code aigraph.extract.*}.
     *
     * @param minConfidence facts extracted with less confidence go to the review queue; between 0 and 1
     */
    @ConfigurationProperties("aigraph.extract")
    @Validated
    record ExtractionProperties(@DefaultValue("0.6") @DecimalMin("0") @DecimalMax("1") double minConfidence) {
    }

    @Bean
    ArticleExtractor articleExtractor(Gazetteer gazetteer, ExtractionProperties properties) {
        return new ArticleExtractor(gazetteer, properties.minConfidence());
    }
}
