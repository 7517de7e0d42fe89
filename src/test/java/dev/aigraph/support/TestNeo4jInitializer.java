package dev.aigraph.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the application at the shared test server, in server mode, with the sample data off and the API key that
 * {@link Api} sends.
 */
class TestNeo4jInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var neo4j = TestNeo4j.connection();
        TestPropertyValues.of(
                "aigraph.embedded.enabled=false",
                "aigraph.sample-data.enabled=false",
                "aigraph.security.api-key=" + Api.KEY,
                "spring.neo4j.uri=" + neo4j.boltUri(),
                "spring.neo4j.authentication.username=" + neo4j.username(),
                "spring.neo4j.authentication.password=" + neo4j.password())
                .applyTo(context);
    }
}
