package dev.aigraph.embedded;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed embedded start into Spring Boot's short "APPLICATION FAILED TO START" report, without a stack trace. */
class EmbeddedNeo4jFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedNeo4jStartException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedNeo4jStartException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Run aigraph in server mode instead (aigraph.embedded.enabled=false with spring.neo4j.uri), "
                        + "or fix what the description names.", cause);
    }
}
