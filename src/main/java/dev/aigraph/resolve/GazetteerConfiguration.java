package dev.aigraph.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** Loads the gazetteer from {@code aigraph.gazetteer.location}: the bundled file, or an edited copy of your own. */
@Configuration(proxyBeanMethods = false)
class GazetteerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GazetteerConfiguration.class);

    @Bean
    Gazetteer gazetteer(ResourceLoader resources,
                        @Value("${aigraph.gazetteer.location:classpath:gazetteer/entities.yaml}") String location) {
        var resource = resources.getResource(location);
        if (!resource.exists()) {
            throw new IllegalStateException("aigraph.gazetteer.location: " + location + " does not exist");
        }
        try (InputStream in = resource.getInputStream()) {
            Gazetteer gazetteer = Gazetteer.load(in, location);
            log.info("Gazetteer {}: {} entities", location, gazetteer.entries().size());
            return gazetteer;
        } catch (IOException e) {
            throw new UncheckedIOException(location + ": cannot be read", e);
        }
    }
}
