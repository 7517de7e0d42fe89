package dev.aigraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import dev.aigraph.AigraphApplication;
import dev.aigraph.embedded.EmbeddedNeo4j;
import dev.aigraph.embedded.EmbeddedNeo4jProperties;
import dev.aigraph.system.SchemaMigrations;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.unit.DataSize;

/**
 * Fresh embedded stores, each in its own folder under one temporary folder that is deleted at the end: the whole
 * application (REST API on a free port) on one, or a bare Neo4j of the same version, settings and schema reached by
 * the plain driver on another. Every measured write starts from an empty store.
 */
final class Stores implements AutoCloseable {

    private static final String COUNTS = """
            RETURN COUNT { MATCH (:Entity) } AS entities, COUNT { MATCH (:Source) } AS sources,
                   COUNT { MATCH (:Claim) } AS claims,
                   COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE r.key IS NOT NULL } AS edges""";

    /** How many of each thing a store holds: two stores written from the same facts must agree. */
    record Counts(long entities, long sources, long claims, long edges) {
    }

    private final Path root;
    private final DataSize pageCache;
    private int made;

    Stores(DataSize pageCache) {
        this.pageCache = pageCache;
        try {
            root = Files.createTempDirectory("aigraph-bench");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder for the benchmark's stores", e);
        }
    }

    /** A folder for a store that is not made yet. */
    Path newFolder(String name) {
        return root.resolve(name + "-" + ++made);
    }

    /** The application on a fresh store, serving the REST API on a free port; no sample data, no Browser. */
    ConfigurableApplicationContext application(Path store) {
        var application = new SpringApplication(AigraphApplication.class);
        application.setLogStartupInfo(false);
        // Arguments, because they outrank application.yaml.
        return application.run("--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--aigraph.sample-data.enabled=false", "--aigraph.embedded.data-dir=" + store,
                "--aigraph.embedded.bolt-port=0", "--aigraph.embedded.http-enabled=false",
                "--aigraph.embedded.page-cache=" + pageCache.toMegabytes() + "MB", "--server.port=0");
    }

    /** A bare Neo4j with the application's schema on a fresh store, for writes through the plain driver. */
    Bare bare(Path store) {
        var neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(true, store, "127.0.0.1", 0, 0, false, pageCache,
                ""));
        Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
        SchemaMigrations.apply(driver);
        return new Bare(neo4j, driver, store);
    }

    /** An embedded Neo4j and a plain driver on it. */
    record Bare(EmbeddedNeo4j neo4j, Driver driver, Path store) implements AutoCloseable {
        @Override
        public void close() {
            driver.close();
            neo4j.close();
            delete(store);
        }
    }

    static Counts counts(Driver driver) {
        var row = driver.executableQuery(COUNTS).execute().records().get(0);
        return new Counts(row.get("entities").asLong(), row.get("sources").asLong(), row.get("claims").asLong(),
                row.get("edges").asLong());
    }

    /** The size of a store's database files (its transaction logs aside), in MB. */
    static long databaseMb(Path store) {
        try (Stream<Path> files = Files.walk(store.resolve("data").resolve("databases"))) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum() / (1024 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of the store in " + store, e);
        }
    }

    static void delete(Path folder) {
        FileSystemUtils.deleteRecursively(folder.toFile());
    }

    @Override
    public void close() {
        delete(root);
    }
}
