package dev.aigraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import dev.aigraph.graph.Source;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the bundled sample statements ({@code sample/statements.txt}) into an empty database at start-up, so a
 * newcomer sees a real graph at once. A database that holds any entity is left alone. Switch off with
 * {@code aigraph.sample-data.enabled=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "aigraph.sample-data.enabled", matchIfMissing = true)
class SampleData implements ApplicationRunner {

    static final String RESOURCE = "/sample/statements.txt";
    static final Source SOURCE = new Source("aigraph-sample", "aigraph sample statements", null, "en", null, null);

    private static final Logger log = LoggerFactory.getLogger(SampleData.class);

    private final IngestionService ingestion;
    private final Driver driver;

    SampleData(IngestionService ingestion, Driver driver) {
        this.ingestion = ingestion;
        this.driver = driver;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!empty()) {
            return;
        }
        var report = ingestion.ingestStatements(read(), SOURCE, false, IngestProgress.NONE);
        if (!report.valid()) {
            throw new IllegalStateException("the bundled sample data is invalid: " + report.errors().get(0).describe());
        }
        log.info("Loaded the sample data into the empty database: {} statements, {} facts, {} edges",
                report.items(), report.facts(), report.edgesCreated());
    }

    private boolean empty() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run("MATCH (e:Entity) RETURN count(e) = 0 AS empty").single()
                    .get("empty").asBoolean());
        }
    }

    static String read() {
        try (InputStream in = SampleData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
