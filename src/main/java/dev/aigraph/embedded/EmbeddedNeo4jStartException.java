package dev.aigraph.embedded;

import java.nio.file.Path;

import org.neo4j.configuration.helpers.PortBindException;
import org.neo4j.io.locker.FileLockException;

/** The embedded DBMS could not start for a reason the user can fix; the message says which and how. */
public final class EmbeddedNeo4jStartException extends RuntimeException {

    private EmbeddedNeo4jStartException(String message, Throwable cause) {
        super(message, cause);
    }

    static EmbeddedNeo4jStartException explain(RuntimeException failure, Path home, EmbeddedNeo4jProperties properties) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileLockException) {
                return new EmbeddedNeo4jStartException(("The store in %s is in use by another process (another aigraph, "
                        + "or a Neo4j started on the same folder). Stop it, or point aigraph.embedded.data-dir at "
                        + "another folder.").formatted(home), failure);
            }
            if (cause instanceof PortBindException) {
                return new EmbeddedNeo4jStartException(("A port of the embedded Neo4j is taken on %s (Bolt %d, HTTP %d): "
                        + "%s. Stop what uses it, or set aigraph.embedded.bolt-port / aigraph.embedded.http-port.")
                        .formatted(properties.listenAddress(), properties.boltPort(), properties.httpPort(),
                                cause.getMessage()), failure);
            }
        }
        return new EmbeddedNeo4jStartException("The embedded Neo4j in %s did not start: %s"
                .formatted(home, failure.getMessage()), failure);
    }
}
