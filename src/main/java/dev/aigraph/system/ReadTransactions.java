package dev.aigraph.system;

import java.time.Duration;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The read transactions of questions and reports, each stopped by Neo4j once it has run for
 * {@code aigraph.query.timeout} (10 s): a question that would walk the whole graph fails with
 * {@link QueryTimeoutException} instead of holding a thread and the database.
 */
@Component
public class ReadTransactions {

    private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

    private final Driver driver;
    private final Duration timeout;
    private final TransactionConfig config;

    ReadTransactions(Driver driver, @Value("${aigraph.query.timeout:10s}") Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("aigraph.query.timeout must be positive, not " + timeout);
        }
        this.driver = driver;
        this.timeout = timeout;
        this.config = TransactionConfig.builder().withTimeout(timeout).build();
    }

    /** Runs {@code work} in a read transaction with the time limit; transient failures are retried by the driver. */
    public <T> T run(TransactionCallback<T> work) {
        try (var session = driver.session(READ)) {
            return session.executeRead(work, config);
        } catch (ClientException e) {
            if (e.code() != null && e.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
                throw new QueryTimeoutException(timeout, e);
            }
            throw e;
        }
    }
}
