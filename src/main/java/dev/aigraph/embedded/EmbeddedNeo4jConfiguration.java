package dev.aigraph.embedded;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded DBMS (unless {@code aigraph.embedded.enabled=false}) and points Spring's Neo4j driver at its Bolt
 * port, so the rest of the application talks to it exactly as it would to a server.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
@ConditionalOnBooleanProperty(name = "aigraph.embedded.enabled", matchIfMissing = true)
class EmbeddedNeo4jConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties,
                                @Value("${server.port:8080}") int apiPort,
                                @Value("${spring.main.web-application-type:servlet}") String web) {
        return EmbeddedNeo4j.start(properties, browserPostConnect(apiPort, web));
    }

    /**
     * On connecting, Browser applies aigraph's style and opens its guide, both served by this app (localhost is on
     * Browser's default allow-list for remote content). Not when the API port is chosen at random or there is none.
     */
    static String browserPostConnect(int apiPort, String web) {
        if (apiPort <= 0 || web.equalsIgnoreCase("none")) {
            return null;
        }
        String base = "http://localhost:" + apiPort + "/browser/";
        return "style " + base + "aigraph.grass; play " + base + "guide.html";
    }

    // Takes precedence over spring.neo4j.uri, which only matters in server mode.
    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j neo4j, EmbeddedNeo4jProperties properties) {
        URI uri = neo4j.boltUri();
        AuthToken auth = properties.authEnabled() ? AuthTokens.basic("neo4j", properties.password()) : AuthTokens.none();
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return uri;
            }

            @Override
            public AuthToken getAuthToken() {
                return auth;
            }
        };
    }
}
