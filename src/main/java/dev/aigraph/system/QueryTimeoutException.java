package dev.aigraph.system;

import java.time.Duration;

/** A read ran longer than {@code aigraph.query.timeout} and Neo4j stopped it; nothing was returned. */
public final class QueryTimeoutException extends RuntimeException {

    QueryTimeoutException(Duration timeout, Throwable cause) {
        super("the query ran longer than " + (timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s"
                : timeout.toMillis() + " ms") + " (aigraph.query.timeout) and was "
                + "stopped; ask a narrower question (a smaller depth, fewer relation types, an asOf date)", cause);
    }
}
