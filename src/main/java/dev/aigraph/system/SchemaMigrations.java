package dev.aigraph.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned schema in {@code cypher/migrations} (shipped as {@code classpath:neo4j/migrations}) before anything
 * reads or writes. Applied migrations are checksummed in the database: an edited one fails the start loudly.
 */
@Component
public class SchemaMigrations implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    private final Driver driver;

    SchemaMigrations(Driver driver) {
        this.driver = driver;
    }

    @Override
    public void afterPropertiesSet() {
        apply(driver);
    }

    /** Brings the database the driver reaches to the current schema; for a database opened without the application. */
    public static void apply(Driver driver) {
        var config = MigrationsConfig.builder()
                .withLocationsToScan("classpath:neo4j/migrations")
                .withResourceScanner(SchemaMigrations::findCypherFiles)
                .build();
        var applied = new Migrations(config, driver).apply();
        log.info("Schema at version {}", applied.map(Object::toString).orElse("(none)"));
    }

    // The library's default scanner walks every class of the 165 MB fat jar (about 15 s); Spring's resolver looks
    // only where the migrations are.
    private static List<URL> findCypherFiles(List<String> locations) {
        var resolver = new PathMatchingResourcePatternResolver(SchemaMigrations.class.getClassLoader());
        var urls = new ArrayList<URL>();
        for (String location : locations) {
            try {
                for (Resource resource : resolver.getResources("classpath*:" + location + "/*.cypher")) {
                    urls.add(resource.getURL());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the schema migrations in " + location, e);
            }
        }
        return urls;
    }
}
