package dev.aigraph.backup;

/**
 * The database failed while a restore wrote a checked file. The message says what failed, at which line, and what
 * became of what was written before (deleted again, or left for the user to delete).
 */
public final class RestoreFailedException extends RuntimeException {

    RestoreFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
