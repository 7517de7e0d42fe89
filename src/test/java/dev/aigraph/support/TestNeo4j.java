package dev.aigraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.aigraph.embedded.EmbeddedNeo4j;
import dev.aigraph.embedded.EmbeddedNeo4jProperties;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.unit.DataSize;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The one Neo4j server a test run shares: a Testcontainers Neo4j when a Docker engine answers, otherwise a whole Neo4j
 * DBMS started in-process on a free port. Either way tests reach it over Bolt with a password, as the application does
 * in server mode, so a test does not care which it got.
 */
public final class TestNeo4j {

    /** How to reach the shared server. */
    public record Connection(URI boltUri, String username, String password, String description) {
    }

    static final String PASSWORD = "aigraph-test-secret";

    private static Connection connection;

    private TestNeo4j() {
    }

    public static synchronized Connection connection() {
        if (connection == null) {
            connection = DockerClientFactory.instance().isDockerAvailable() ? startContainer() : startInProcess();
        }
        return connection;
    }

    private static Connection startContainer() {
        String image = "neo4j:" + System.getProperty("aigraph.test.neo4j-version", "5.26") + "-community";
        var container = new Neo4jContainer(image).withAdminPassword(PASSWORD);
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "test-neo4j-stop"));
        return new Connection(URI.create(container.getBoltUrl()), "neo4j", PASSWORD, "Testcontainers " + image);
    }

    private static Connection startInProcess() {
        Path home;
        try {
            home = Files.createTempDirectory("aigraph-test-neo4j");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(true, home, "127.0.0.1", 0, 0, false,
                DataSize.ofMegabytes(128), PASSWORD));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            neo4j.close();
            FileSystemUtils.deleteRecursively(home.toFile());
        }, "test-neo4j-stop"));
        return new Connection(neo4j.boltUri(), "neo4j", PASSWORD, "in-process Neo4j (no Docker engine)");
    }
}
