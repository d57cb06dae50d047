package org.ringscope.store;

/** Neo4j cannot be reached or refuses us; the message says what to check next. */
public final class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
