package dev.aigraph.security;

/** No usable API key: aigraph will not serve its write endpoints open. The message says what to set. */
public final class ApiKeyException extends RuntimeException {

    ApiKeyException(String message) {
        super(message);
    }
}
