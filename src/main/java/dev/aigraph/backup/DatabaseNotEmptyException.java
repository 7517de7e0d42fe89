package dev.aigraph.backup;

/** A restore refused because the database already holds a graph (or another restore is writing one). */
public final class DatabaseNotEmptyException extends RuntimeException {

    DatabaseNotEmptyException(String message) {
        super(message);
    }
}
