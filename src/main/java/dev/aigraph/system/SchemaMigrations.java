package dev.aigraph.system;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned schema in {@code cypher/migrations} (shipped as {@code classpath:neo4j/migrations}) before anything
 * reads or writes. Applied migrations are checksummed in the database: an edited one fails the start loudly.
 */
@Component
class SchemaMigrations implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    private final Driver driver;

    SchemaMigrations(Driver driver) {
        this.driver = driver;
    }

    @Override
    public void afterPropertiesSet() {
        var config = MigrationsConfig.builder()
                .withLocationsToScan("classpath:neo4j/migrations")
                .build();
        var applied = new Migrations(config, driver).apply();
        log.info("Schema at version {}", applied.map(Object::toString).orElse("(none)"));
    }
}
