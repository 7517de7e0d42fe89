package dev.aigraph.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a missing or weak API key as Spring Boot's short "APPLICATION FAILED TO START", without a stack trace. */
class ApiKeyFailureAnalyzer extends AbstractFailureAnalyzer<ApiKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ApiKeyException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set the environment variable AIGRAPH_API_KEY (or aigraph.security.api-key) to a secret of at least "
                        + ApiKey.MIN_LENGTH + " characters, e.g. AIGRAPH_API_KEY=$(openssl rand -base64 32). Clients "
                        + "send it as 'Authorization: Bearer <key>'.", cause);
    }
}
